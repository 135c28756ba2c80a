import { randomBytes } from 'node:crypto';
import { afterAll, describe } from 'vitest';
import { limitStoreContract } from '$lib/server/auth/limit-store-contract';
import { RedisLimitStore } from './limit-store';
import { connectRedis, type Redis } from './redis';

const clients: Redis[] = [];
afterAll(async () => {
	for (const client of clients) client.destroy();
});

describe('limits kept in Redis, shared by every process', () => {
	limitStoreContract(async () => {
		const client = await connectRedis(process.env.REDIS_URL!);
		clients.push(client);
		// Each test its own key space, so runs never see each other's counts.
		const space = randomBytes(6).toString('hex');
		let now = 1_000_000;
		const store = new RedisLimitStore(client, () => now);
		const scoped = {
			take: (key: string, max: number, interval: number) => store.take(`${space}:${key}`, max, interval),
			failureWait: (key: string, delays: readonly number[]) => store.failureWait(`${space}:${key}`, delays),
			recordFailure: (key: string, keep: number) => store.recordFailure(`${space}:${key}`, keep),
			clearFailures: (key: string) => store.clearFailures(`${space}:${key}`)
		};
		return { store: scoped, at: (ms) => (now = 1_000_000 + ms) };
	});
});
