import { describe, expect, test } from 'vitest';
import { checkEvidence, MAX_EVIDENCE_BYTES } from './evidence';

const bytes = (...start: number[]) => new Uint8Array([...start, ...new Array(32).fill(0)]);

describe('checkEvidence', () => {
	test('takes scans, photos and office documents by their first bytes', () => {
		expect(checkEvidence('bien-ban.pdf', bytes(0x25, 0x50, 0x44, 0x46, 0x2d))).toEqual({ mime: 'application/pdf' });
		expect(checkEvidence('anh.jpg', bytes(0xff, 0xd8, 0xff))).toEqual({ mime: 'image/jpeg' });
		expect(checkEvidence('bao-cao.docx', bytes(0x50, 0x4b, 0x03, 0x04))).toMatchObject({
			mime: expect.stringContaining('wordprocessingml')
		});
		expect(checkEvidence('SO-LIEU.XLSX', bytes(0x50, 0x4b, 0x03, 0x04))).toMatchObject({ mime: expect.stringContaining('spreadsheetml') });
	});

	test('refuses what it cannot tell, whatever the name says, and files over 10 MB', () => {
		expect(checkEvidence('virus.pdf', bytes(0x4d, 0x5a))).toEqual({ error: 'plans.evidence.type' });
		expect(checkEvidence('archive.zip', bytes(0x50, 0x4b, 0x03, 0x04))).toEqual({ error: 'plans.evidence.type' });
		expect(checkEvidence('big.pdf', new Uint8Array(MAX_EVIDENCE_BYTES + 1))).toEqual({ error: 'plans.evidence.tooLarge' });
	});

	test('a large photo is fine: the question-image limit does not apply', () => {
		const photo = new Uint8Array(5 * 1024 * 1024);
		photo.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(checkEvidence('anh.png', photo)).toEqual({ mime: 'image/png' });
	});
});
