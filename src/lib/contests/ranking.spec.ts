import { describe, expect, it, test } from 'vitest';
import { countAllCorrect, placeOf, rankEntries, rankingIsFinal, type Entry } from './ranking';

const base = new Date('2025-03-16T09:00:00.000+07:00');
const entry = (participantId: string, e: Partial<Omit<Entry, 'submittedAt'>> & { submittedMs?: number } = {}): Entry => ({
	participantId,
	correctCount: e.correctCount ?? 20,
	score: e.score ?? e.correctCount ?? 20,
	prediction: e.prediction === undefined ? 100 : e.prediction,
	durationMs: e.durationMs ?? 600_000,
	submittedAt: new Date(base.getTime() + (e.submittedMs ?? 0))
});
const rank = (entries: Entry[], actualAllCorrect = 100) => rankEntries(entries, { actualAllCorrect });
const order = (entries: Entry[], actual = 100) => rank(entries, actual).map((e) => `${e.participantId}:${e.rank}`);

describe('rankEntries', () => {
	test('more correct answers come first, whatever the prediction and time', () => {
		const slowButRight = entry('a', { correctCount: 20, prediction: 5, durationMs: 900_000, submittedMs: 9000 });
		expect(order([entry('b', { correctCount: 19 }), slowButRight])).toEqual(['a:1', 'b:2']);
	});

	test('ranks by correct answers, not by score', () => {
		expect(order([entry('a', { correctCount: 18, score: 30 }), entry('b', { correctCount: 19, score: 19 })])).toEqual(['b:1', 'a:2']);
	});

	test('with equal correct answers the prediction closest to the actual number comes first', () => {
		expect(order([entry('far', { prediction: 90, durationMs: 1 }), entry('near', { prediction: 103 })])).toEqual(['near:1', 'far:2']);
	});

	test('a prediction, however far off, ranks ahead of no prediction', () => {
		expect(order([entry('none', { prediction: null, durationMs: 1 }), entry('wild', { prediction: 1_000_000 })])).toEqual([
			'wild:1',
			'none:2'
		]);
	});

	test('predictions equally far above and below tie on the prediction and go on to the time', () => {
		expect(order([entry('over', { prediction: 102, durationMs: 500 }), entry('under', { prediction: 98, durationMs: 400 })])).toEqual([
			'under:1',
			'over:2'
		]);
	});

	test('two without a prediction go on to the time', () => {
		expect(order([entry('slow', { prediction: null, durationMs: 2 }), entry('fast', { prediction: null, durationMs: 1 })])).toEqual([
			'fast:1',
			'slow:2'
		]);
	});

	test('with equal answers and prediction the shorter time comes first', () => {
		expect(order([entry('slow', { durationMs: 600_001 }), entry('fast', { durationMs: 600_000, submittedMs: 5 })])).toEqual([
			'fast:1',
			'slow:2'
		]);
	});

	test('with equal answers, prediction and time the earlier submission comes first', () => {
		expect(order([entry('later', { submittedMs: 1 }), entry('earlier', { submittedMs: 0 })])).toEqual(['earlier:1', 'later:2']);
	});

	test('entries equal on all four share a rank and the next rank skips (1, 1, 3)', () => {
		expect(order([entry('c', { durationMs: 700_000 }), entry('b'), entry('a')])).toEqual(['a:1', 'b:1', 'c:3']);
	});

	test('a three-way tie below the top is 2, 2, 2, then 5', () => {
		const tied = ['x', 'y', 'z'].map((id) => entry(id, { correctCount: 19 }));
		expect(order([entry('last', { correctCount: 18 }), ...tied, entry('top')])).toEqual(['top:1', 'x:2', 'y:2', 'z:2', 'last:5']);
	});

	test('two separate ties rank 1, 1, 3, 3', () => {
		const entries = [entry('d', { correctCount: 19 }), entry('c', { correctCount: 19 }), entry('b'), entry('a')];
		expect(order(entries)).toEqual(['a:1', 'b:1', 'c:3', 'd:3']);
	});

	test('everyone without a prediction and otherwise equal shares the first rank', () => {
		expect(order([entry('b', { prediction: null }), entry('a', { prediction: null })])).toEqual(['a:1', 'b:1']);
	});

	test('the result does not depend on the order of the input', () => {
		const entries = [entry('a'), entry('b', { prediction: 97 }), entry('c', { durationMs: 1 }), entry('d')];
		expect(rank([...entries].reverse())).toEqual(rank(entries));
	});

	test('reports each entry’s distance from the actual number, null without a prediction', () => {
		const ranked = rank([entry('a', { prediction: 97 }), entry('b', { prediction: null })], 100);
		expect(ranked.map((e) => e.predictionError)).toEqual([3, null]);
	});

	test('keeps the entry’s own fields and leaves the input alone', () => {
		const input = [entry('b', { correctCount: 1 }), entry('a')];
		const [first] = rank(input);
		expect(first).toMatchObject({ participantId: 'a', correctCount: 20, durationMs: 600_000, submittedAt: base });
		expect(input.map((e) => e.participantId)).toEqual(['b', 'a']);
	});

	test('ranks nobody when nobody took part', () => {
		expect(rank([])).toEqual([]);
	});
});

describe('countAllCorrect', () => {
	test('counts the entries that answered every question right', () => {
		const entries = [entry('a', { correctCount: 20 }), entry('b', { correctCount: 19 }), entry('c', { correctCount: 20 })];
		expect(countAllCorrect(entries, 20)).toBe(2);
	});

	test('is zero when nobody answered every question right', () => {
		expect(countAllCorrect([entry('a', { correctCount: 19 })], 20)).toBe(0);
	});
});

describe('placeOf and rankingIsFinal', () => {
	const ranked = [
		{ participantId: 'a', rank: 1 },
		{ participantId: 'b', rank: 1 },
		{ participantId: 'c', rank: 3 }
	];
	it('gives the competition rank out of everyone ranked', () => {
		expect(placeOf(ranked, (r) => r.participantId === 'b')).toEqual({ entry: ranked[1], rank: 1, of: 3 });
		expect(placeOf(ranked, (r) => r.participantId === 'c')).toMatchObject({ rank: 3, of: 3 });
		expect(placeOf(ranked, (r) => r.participantId === 'z')).toBeNull();
	});
	it('is provisional until the round closes, final from that instant', () => {
		const closes = new Date('2026-05-01T10:00:00Z');
		expect(rankingIsFinal(closes, new Date('2026-05-01T09:59:59Z'))).toBe(false);
		expect(rankingIsFinal(closes, closes)).toBe(true);
	});
});
