import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Difficulty } from '$lib/bank/question';
import { drawQuestions, seededRandom, shuffle, shuffleOptions, type Blueprint, type PoolQuestion } from './draw';

// Few topics and difficulties, so that lines often compete for the same questions.
const topic = fc.constantFrom(null, 1, 2);
const difficulty = fc.constantFrom<Difficulty>('easy', 'hard');
const anyDifficulty = fc.constantFrom<Difficulty | null>(null, 'easy', 'hard');
const poolsOf = (topicId: fc.Arbitrary<number | null>, maxLength: number) =>
	fc
		.uniqueArray(fc.record({ questionId: fc.integer({ min: 1, max: 30 }), topicId, difficulty }), {
			selector: (x) => x.questionId,
			maxLength
		})
		.map((list): PoolQuestion[] => list.map((x) => ({ ...x, versionId: x.questionId * 10 + 1 })));
// Small enough for the brute-force oracle below.
const pools = poolsOf(topic, 5);
const filters = fc.array(fc.record({ topicId: topic, difficulty: anyDifficulty }), { minLength: 1, maxLength: 3 });
const blueprints: fc.Arbitrary<Blueprint> = fc.array(
	fc.record({ topicId: topic, difficulty: anyDifficulty, count: fc.integer({ min: 0, max: 3 }) }),
	{ minLength: 1, maxLength: 3 }
);
const seeds = fc.string();

const suits = (line: Omit<Blueprint[number], 'count'>, x: PoolQuestion) =>
	(line.topicId === null || x.topicId === line.topicId) && (line.difficulty === null || x.difficulty === line.difficulty);

/**
 * Blueprints known to be satisfiable, and tight: every pool question that suits a line is handed to one
 * of the lines it suits, and the counts are what the lines got. A draw that took the first suitable
 * question without ever moving one (greedy) fails about 1.5 % of these, hence the many runs.
 */
const satisfiable = fc
	.record({ pool: poolsOf(fc.constantFrom(1, 2), 8), filters, choices: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }) })
	.map(({ pool, filters, choices }) => {
		const counts = filters.map(() => 0);
		pool.forEach((x, i) => {
			const fits = filters.flatMap((f, line) => (suits(f, x) ? [line] : []));
			if (fits.length > 0) counts[fits[choices[i] % fits.length]]++;
		});
		return { pool, blueprint: filters.map((f, line) => ({ ...f, count: counts[line] })) };
	});

/** Oracle by brute force: can these questions fill every line, each question used at most once? */
function canFill(questions: PoolQuestion[], needs: number[], blueprint: Blueprint): boolean {
	if (needs.every((n) => n === 0)) return true;
	if (questions.length === 0) return false;
	const [first, ...rest] = questions;
	if (canFill(rest, needs, blueprint)) return true;
	return needs.some((n, i) => n > 0 && suits(blueprint[i], first) && canFill(rest, needs.with(i, n - 1), blueprint));
}

describe('drawQuestions, for any pool, blueprint and seed', () => {
	test('succeeds exactly when some draw could satisfy the blueprint', () => {
		fc.assert(
			fc.property(pools, blueprints, seeds, (pool, blueprint, seed) => {
				const possible = canFill(
					pool,
					blueprint.map((l) => l.count),
					blueprint
				);
				expect(drawQuestions(pool, blueprint, seed).ok).toBe(possible);
			})
		);
	});

	test('succeeds on every blueprint the pool can satisfy, even with lines competing for questions', () => {
		fc.assert(
			fc.property(satisfiable, seeds, ({ pool, blueprint }, seed) => {
				expect(drawQuestions(pool, blueprint, seed).ok).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});

	test('picks distinct pool questions that satisfy the blueprint', () => {
		fc.assert(
			fc.property(pools, blueprints, seeds, (pool, blueprint, seed) => {
				const result = drawQuestions(pool, blueprint, seed);
				if (!result.ok) return;
				const byId = new Map(pool.map((x) => [x.questionId, x]));
				const picked = result.picks.map((p) => byId.get(p.questionId)!);
				expect(result.picks).toEqual(picked.map((x) => ({ questionId: x.questionId, versionId: x.versionId })));
				expect(new Set(result.picks.map((p) => p.questionId)).size).toBe(result.picks.length);
				expect(result.picks.length).toBe(blueprint.reduce((sum, l) => sum + l.count, 0));
				expect(
					canFill(
						picked,
						blueprint.map((l) => l.count),
						blueprint
					)
				).toBe(true);
			})
		);
	});

	test('reports shortages only on lines that got fewer than they wanted', () => {
		fc.assert(
			fc.property(pools, blueprints, seeds, (pool, blueprint, seed) => {
				const result = drawQuestions(pool, blueprint, seed);
				if (result.ok) return;
				expect(result.shortages.length).toBeGreaterThan(0);
				for (const s of result.shortages) expect(s.available).toBeLessThan(blueprint[s.index].count);
			})
		);
	});

	test('is reproducible from the seed, whatever order the pool came in', () => {
		fc.assert(
			fc.property(pools, blueprints, seeds, fc.nat(), (pool, blueprint, seed, mix) => {
				const reordered = shuffle(pool, seededRandom(String(mix)));
				expect(drawQuestions(reordered, blueprint, seed)).toEqual(drawQuestions(pool, blueprint, seed));
			})
		);
	});
});

describe('shuffles, for any input and seed', () => {
	test('shuffle returns a permutation of its input', () => {
		fc.assert(
			fc.property(fc.array(fc.integer()), seeds, (items, seed) => {
				const shuffled = shuffle(items, seededRandom(seed));
				expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
			})
		);
	});

	test('shuffleOptions returns a permutation of the option indices, the same for the same seed', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 12 }), seeds, (n, seed) => {
				const order = shuffleOptions(n, seed);
				expect([...order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
				expect(shuffleOptions(n, seed)).toEqual(order);
			})
		);
	});
});
