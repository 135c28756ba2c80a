import { describe } from 'vitest';
import { limitStoreContract } from './limit-store-contract';
import { MemoryLimitStore } from './rate-limit';

describe('limits kept in this process', () => {
	limitStoreContract(async () => {
		let now = 0;
		return { store: new MemoryLimitStore(() => now), at: (ms) => (now = ms) };
	});
});
