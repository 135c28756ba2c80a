import { describe, expect, test } from 'vitest';
import { Throttler, TokenBucket } from './rate-limit';

describe('TokenBucket', () => {
	test('allows up to the maximum at once, then reports the wait until the next token', () => {
		let now = 0;
		const bucket = new TokenBucket<string>(3, 1000, () => now);
		expect([bucket.consume('ip'), bucket.consume('ip'), bucket.consume('ip')]).toEqual([0, 0, 0]);
		expect(bucket.consume('ip')).toBe(1000);
		now = 400;
		expect(bucket.consume('ip')).toBe(600);
	});

	test('refills one token per interval', () => {
		let now = 0;
		const bucket = new TokenBucket<string>(2, 1000, () => now);
		bucket.consume('ip');
		bucket.consume('ip');
		now = 1000;
		expect(bucket.consume('ip')).toBe(0);
		expect(bucket.consume('ip')).toBe(1000);
	});

	test('never refills beyond the maximum after a long pause', () => {
		let now = 0;
		const bucket = new TokenBucket<string>(2, 1000, () => now);
		bucket.consume('ip');
		now = 60_000;
		expect([bucket.consume('ip'), bucket.consume('ip')]).toEqual([0, 0]);
		expect(bucket.consume('ip')).toBe(1000);
	});

	test('keeps partial progress towards the next token', () => {
		let now = 0;
		const bucket = new TokenBucket<string>(1, 1000, () => now);
		bucket.consume('ip');
		now = 1500;
		expect(bucket.consume('ip')).toBe(0);
		expect(bucket.consume('ip')).toBe(500);
	});

	test('keeps a separate bucket for each key', () => {
		const now = 0;
		const bucket = new TokenBucket<string>(1, 1000, () => now);
		bucket.consume('a');
		expect(bucket.consume('a')).toBeGreaterThan(0);
		expect(bucket.consume('b')).toBe(0);
	});
});

describe('Throttler', () => {
	test('lets a key with no failures go ahead', () => {
		const now = 0;
		const throttler = new Throttler<string>([0, 5000], () => now);
		expect(throttler.waitMs('user')).toBe(0);
	});

	test('escalates the delay with each consecutive failure and stays at the last delay', () => {
		const now = 0;
		const throttler = new Throttler<string>([0, 5000, 15000], () => now);
		throttler.fail('user');
		expect(throttler.waitMs('user')).toBe(0);
		throttler.fail('user');
		expect(throttler.waitMs('user')).toBe(5000);
		throttler.fail('user');
		expect(throttler.waitMs('user')).toBe(15000);
		throttler.fail('user');
		expect(throttler.waitMs('user')).toBe(15000);
	});

	test('counts the wait down from the last failure', () => {
		let now = 0;
		const throttler = new Throttler<string>([5000], () => now);
		now = 10_000;
		throttler.fail('user');
		now = 12_000;
		expect(throttler.waitMs('user')).toBe(3000);
		now = 20_000;
		expect(throttler.waitMs('user')).toBe(0);
	});

	test('reset clears the failures of one key only', () => {
		const now = 0;
		const throttler = new Throttler<string>([5000], () => now);
		throttler.fail('a');
		throttler.fail('b');
		throttler.reset('a');
		expect(throttler.waitMs('a')).toBe(0);
		expect(throttler.waitMs('b')).toBe(5000);
	});
});
