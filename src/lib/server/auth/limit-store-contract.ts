import { expect, test } from 'vitest';
import { Throttler, TokenBucket, type LimitStore } from './rate-limit';

/**
 * What every LimitStore must do, for the in-memory store and the Redis one alike: `make` gives a fresh
 * store on a clock that `at(ms)` sets.
 */
export function limitStoreContract(make: () => Promise<{ store: LimitStore; at: (ms: number) => void }>): void {
	const bucket = async (max: number, intervalMs: number) => {
		const { store, at } = await make();
		return { bucket: new TokenBucket('test', max, intervalMs, () => store), at, store };
	};
	const throttler = async (delays: number[]) => {
		const { store, at } = await make();
		return { throttler: new Throttler('test', delays, () => store), at };
	};

	test('a bucket allows up to its maximum at once, then reports the wait until the next token', async () => {
		const { bucket: b, at } = await bucket(3, 1000);
		expect([await b.consume('ip'), await b.consume('ip'), await b.consume('ip')]).toEqual([0, 0, 0]);
		expect(await b.consume('ip')).toBe(1000);
		at(400);
		expect(await b.consume('ip')).toBe(600);
	});

	test('a bucket refills one token per interval, never beyond its maximum, keeping partial progress', async () => {
		const { bucket: b, at } = await bucket(2, 1000);
		await b.consume('ip');
		await b.consume('ip');
		at(1000);
		expect(await b.consume('ip')).toBe(0);
		expect(await b.consume('ip')).toBe(1000);
		at(60_000);
		expect([await b.consume('ip'), await b.consume('ip')]).toEqual([0, 0]);
		expect(await b.consume('ip')).toBe(1000);
		at(61_500);
		expect(await b.consume('ip')).toBe(0);
		expect(await b.consume('ip')).toBe(500);
	});

	test('each key and each limit has a bucket of its own', async () => {
		const { bucket: b, store } = await bucket(1, 1000);
		await b.consume('a');
		expect(await b.consume('a')).toBeGreaterThan(0);
		expect(await b.consume('b')).toBe(0);
		expect(await new TokenBucket('other', 1, 1000, () => store).consume('a')).toBe(0);
	});

	test('a throttler lets a key with no failures go ahead, then escalates with each failure and stays at the last delay', async () => {
		const { throttler: t } = await throttler([0, 5000, 15000]);
		expect(await t.waitMs('user')).toBe(0);
		await t.fail('user');
		expect(await t.waitMs('user')).toBe(0);
		await t.fail('user');
		expect(await t.waitMs('user')).toBe(5000);
		await t.fail('user');
		expect(await t.waitMs('user')).toBe(15000);
		await t.fail('user');
		expect(await t.waitMs('user')).toBe(15000);
	});

	test('a throttler counts the wait down from the last failure', async () => {
		const { throttler: t, at } = await throttler([5000]);
		at(10_000);
		await t.fail('user');
		at(12_000);
		expect(await t.waitMs('user')).toBe(3000);
		at(20_000);
		expect(await t.waitMs('user')).toBe(0);
	});

	test('reset clears the failures of one key only', async () => {
		const { throttler: t } = await throttler([5000]);
		await t.fail('a');
		await t.fail('b');
		await t.reset('a');
		expect(await t.waitMs('a')).toBe(0);
		expect(await t.waitMs('b')).toBe(5000);
	});
}
