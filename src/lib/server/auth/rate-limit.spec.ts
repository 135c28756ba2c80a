import { afterAll, describe, expect, it } from 'vitest';
import { limitStoreContract } from './limit-store-contract';
import { MemoryLimitStore, registrationsByIp, useLimitStore } from './rate-limit';

afterAll(() => useLimitStore(new MemoryLimitStore()));

describe('limits kept in this process', () => {
	limitStoreContract(async () => {
		let now = 0;
		return { store: new MemoryLimitStore(() => now), at: (ms) => (now = ms) };
	});
});

describe('registrations per address', () => {
	it('let a hall of 300 register at once, refuse the 301st, then let one through every 20 s', async () => {
		let now = 0;
		useLimitStore(new MemoryLimitStore(() => now));
		const hall = await Promise.all(Array.from({ length: 300 }, () => registrationsByIp.consume('10.0.0.1')));
		expect(hall.every((wait) => wait === 0)).toBe(true);
		expect(await registrationsByIp.consume('10.0.0.1')).toBe(20_000);
		expect(await registrationsByIp.consume('10.0.0.2')).toBe(0); // another address has its own
		now = 20_000;
		expect(await registrationsByIp.consume('10.0.0.1')).toBe(0);
		expect(await registrationsByIp.consume('10.0.0.1')).toBeGreaterThan(0);
	});
});
