import { describe, expect, test } from 'vitest';
import { checkImage, MAX_IMAGE_BYTES } from './image';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

describe('checkImage', () => {
	test('recognises a PNG and a JPEG by their first bytes', () => {
		expect(checkImage(png)).toEqual({ mime: 'image/png' });
		expect(checkImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ mime: 'image/jpeg' });
	});

	test('recognises WebP by the marker after the RIFF header', () => {
		const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]);
		expect(checkImage(webp)).toEqual({ mime: 'image/webp' });
	});

	test('refuses a file that only claims to be a picture', () => {
		expect(checkImage(new TextEncoder().encode('<svg onload="alert(1)">'))).toEqual({ error: 'bank.imageType' });
	});

	test('refuses a picture over 2 MiB', () => {
		const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
		big.set(png);
		expect(checkImage(big)).toEqual({ error: 'bank.imageTooLarge' });
	});
});
