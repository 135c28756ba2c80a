import { describe, expect, test } from 'vitest';
import { drawQuestions, seededRandom, shuffle, shuffleOptions, type Blueprint, type PoolQuestion } from './draw';

const q = (questionId: number, topicId: number | null, difficulty: PoolQuestion['difficulty'] = 'medium'): PoolQuestion => ({
	questionId,
	versionId: questionId * 10,
	topicId,
	difficulty
});
const ids = (result: ReturnType<typeof drawQuestions>) =>
	result.ok ? result.picks.map((p) => p.questionId).sort((a, b) => a - b) : result;
const seeds = Array.from({ length: 20 }, (_, i) => `seed-${i}`);

describe('seededRandom', () => {
	test('is pinned: a changed generator would silently change every stored draw', () => {
		const random = seededRandom('hoithi');
		expect([random(), random(), random()]).toEqual([0.2604897851124406, 0.3823799865785986, 0.9229554375633597]);
	});

	test('the same seed gives the same sequence and another seed another', () => {
		const sequence = (seed: string) => Array.from({ length: 5 }, seededRandom(seed));
		expect(sequence('vòng-1')).toEqual(sequence('vòng-1'));
		expect(sequence('vòng-1')).not.toEqual(sequence('vòng-2'));
	});

	test('stays within [0, 1)', () => {
		const random = seededRandom('');
		for (let i = 0; i < 1000; i++) expect(random()).toSatisfy((x: number) => x >= 0 && x < 1);
	});
});

describe('shuffle', () => {
	test('swaps as Fisher–Yates does and leaves the input alone', () => {
		const items = ['a', 'b', 'c'];
		expect(shuffle(items, () => 0)).toEqual(['b', 'c', 'a']);
		expect(items).toEqual(['a', 'b', 'c']);
	});

	test('shuffleOptions is pinned to its seed', () => {
		expect(shuffleOptions(6, 'attempt-42:q7')).toEqual([1, 5, 3, 2, 0, 4]);
	});

	test('shuffleOptions of no options is empty', () => {
		expect(shuffleOptions(0, 'x')).toEqual([]);
	});
});

describe('drawQuestions', () => {
	const pool = [q(1, 1, 'easy'), q(2, 1, 'hard'), q(3, 2, 'easy'), q(4, 2, 'hard'), q(5, null, 'hard'), q(6, 1, 'easy')];

	test('picks questions of the topic and difficulty each line asks for', () => {
		const result = drawQuestions(
			pool,
			[
				{ topicId: 1, difficulty: 'easy', count: 2 },
				{ topicId: 2, difficulty: 'hard', count: 1 }
			],
			's'
		);
		expect(ids(result)).toEqual([1, 4, 6]);
	});

	test('gives the version it was listed with', () => {
		const result = drawQuestions(pool, [{ topicId: 2, difficulty: 'hard', count: 1 }], 's');
		expect(result).toEqual({ ok: true, picks: [{ questionId: 4, versionId: 40 }] });
	});

	test('a question listed with two versions is drawn once, in its latest version', () => {
		const result = drawQuestions([q(7, 1), { ...q(7, 1), versionId: 71 }], [{ topicId: null, difficulty: null, count: 1 }], 's');
		expect(result).toEqual({ ok: true, picks: [{ questionId: 7, versionId: 71 }] });
	});

	test.each(seeds)('a generic line listed first does not starve a specific one (%s)', (seed) => {
		const blueprint: Blueprint = [
			{ topicId: null, difficulty: null, count: 3 },
			{ topicId: null, difficulty: 'easy', count: 3 }
		];
		expect(ids(drawQuestions(pool, blueprint, seed))).toEqual([1, 2, 3, 4, 5, 6]);
	});

	test.each(seeds)('lines competing for one question still find a draw when there is one (%s)', (seed) => {
		const blueprint: Blueprint = [
			{ topicId: null, difficulty: 'hard', count: 1 },
			{ topicId: 1, difficulty: null, count: 1 }
		];
		expect(ids(drawQuestions([q(1, 1, 'hard'), q(2, 2, 'hard')], blueprint, seed))).toEqual([1, 2]);
	});

	test('reports every short line with what it wanted and what was left for it', () => {
		const blueprint: Blueprint = [
			{ topicId: 1, difficulty: 'hard', count: 2 },
			{ topicId: 2, difficulty: null, count: 1 },
			{ topicId: null, difficulty: null, count: 5 }
		];
		expect(drawQuestions(pool, blueprint, 's')).toEqual({
			ok: false,
			shortages: [
				{ index: 0, wanted: 2, available: 1 },
				{ index: 2, wanted: 5, available: 4 }
			]
		});
	});

	test('when the pool is too small the generic line is reported short, not the specific one', () => {
		const blueprint: Blueprint = [
			{ topicId: null, difficulty: null, count: 6 },
			{ topicId: 1, difficulty: 'easy', count: 2 }
		];
		expect(drawQuestions(pool, blueprint, 's')).toEqual({ ok: false, shortages: [{ index: 0, wanted: 6, available: 4 }] });
	});

	test('an empty blueprint or a line of zero draws nothing', () => {
		expect(drawQuestions(pool, [], 's')).toEqual({ ok: true, picks: [] });
		expect(drawQuestions([], [{ topicId: 1, difficulty: null, count: 0 }], 's')).toEqual({ ok: true, picks: [] });
	});

	test('the same seed gives the same picks in the same order, whatever order the pool came in', () => {
		const blueprint: Blueprint = [{ topicId: null, difficulty: null, count: 4 }];
		expect(drawQuestions([...pool].reverse(), blueprint, 'vòng-3')).toEqual(drawQuestions(pool, blueprint, 'vòng-3'));
	});

	test('the final order is shuffled by the seed', () => {
		const orders = new Set(seeds.map((seed) => JSON.stringify(drawQuestions(pool, [{ topicId: null, difficulty: null, count: 6 }], seed))));
		expect(orders.size).toBeGreaterThan(1);
	});
});
