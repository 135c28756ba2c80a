import { afterEach, describe, expect, it, vi } from 'vitest';
import { logThrottled } from './log';

afterEach(() => vi.restoreAllMocks());

describe('logThrottled', () => {
	it('writes one line per kind per window, and the next says how many it left out', () => {
		const lines: string[] = [];
		vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => lines.push(String(chunk)) > 0);
		for (let i = 0; i < 176; i++) logThrottled('spec.down', 'error', 'database.unavailable', { path: '/thi' }, 5000, 1_000 + i * 10);
		logThrottled('spec.other', 'error', 'database.unavailable', {}, 5000, 1_000);
		logThrottled('spec.down', 'error', 'database.unavailable', {}, 5000, 7_000);
		const parsed = lines.map((line) => JSON.parse(line));
		expect(parsed.map((p) => [p.kind, p.suppressed])).toEqual([
			['spec.down', undefined],
			['spec.other', undefined],
			['spec.down', 175]
		]);
		expect(parsed[0]).toMatchObject({ level: 'error', event: 'database.unavailable', path: '/thi' });
		expect(parsed[0].stack).toBeUndefined();
	});
});
