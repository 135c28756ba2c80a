import { describe, expect, test } from 'vitest';
import { Batcher } from './batcher';

describe('Batcher', () => {
	test('runs the calls of one turn as one batch, answering each in order', async () => {
		const batches: number[][] = [];
		const batcher = new Batcher(async (inputs: number[]) => {
			batches.push(inputs);
			return inputs.map((n) => n * 10);
		});
		expect(await Promise.all([1, 2, 3].map((n) => batcher.add(n)))).toEqual([10, 20, 30]);
		expect(batches).toEqual([[1, 2, 3]]);
	});

	test('gathers the calls made while a batch runs into the next one', async () => {
		const batches: number[][] = [];
		let release = () => {};
		const batcher = new Batcher(async (inputs: number[]) => {
			batches.push(inputs);
			if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
			return inputs;
		});
		const first = batcher.add(1);
		await new Promise((resolve) => setImmediate(resolve));
		const later = [batcher.add(2), batcher.add(3)];
		release();
		expect(await Promise.all([first, ...later])).toEqual([1, 2, 3]);
		expect(batches).toEqual([[1], [2, 3]]);
	});

	test('a failed batch refuses its own calls only; the next batch runs', async () => {
		let calls = 0;
		const batcher = new Batcher(async (inputs: string[]) => {
			if (++calls === 1) throw new Error('database away');
			return inputs;
		});
		const failed = Promise.allSettled([batcher.add('a'), batcher.add('b')]);
		expect((await failed).map((r) => r.status)).toEqual(['rejected', 'rejected']);
		expect(await batcher.add('c')).toBe('c');
	});
});
