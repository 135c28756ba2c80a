import { describe, expect, test } from 'vitest';
import { JUDGES, makeGame, ofType, singleQuestion, situationQuestion, Table } from './spec-support';

/** Xử lý tình huống: one contestant answers on stage, every judge scores each criterion (max 10 and 5). */
function started(dropExtremes = false, judges = JUDGES) {
	const table = new Table(
		makeGame([{ kind: 'situation', dropExtremes, questions: [situationQuestion(1), situationQuestion(2, { respondentId: 'p2' })] }], judges)
	);
	table.seat(3);
	table.host({ type: 'start', respondentId: 'p1' }, 0); // 120 s to answer
	return table;
}
const score = (table: Table, judge: string, scores: number[], at: number) =>
	table.judge(judge, { type: 'judgeScore', position: table.position, scores }, at);

describe('opening a situation', () => {
	test('needs a contestant: named by the host or in the configuration', () => {
		const table = new Table(
			makeGame([{ kind: 'situation', questions: [situationQuestion(1), situationQuestion(2, { respondentId: 'p2' })] }])
		);
		table.seat(2);
		expect(table.host({ type: 'start' }, 0).refusal).toBe('respondentRequired');
		expect(table.host({ type: 'start', respondentId: 'nobody' }, 0).refusal).toBe('unknownPlayer');
		const { effects } = table.host({ type: 'start', respondentId: 'p1' }, 0);
		expect(ofType(effects, 'broadcastQuestion')[0].info).toMatchObject({ respondentId: 'p1', segmentKind: 'situation' });
		table.host({ type: 'lock' }, 1000);
		JUDGES.forEach((j) => score(table, j.id, [5, 5], 2000));
		table.host({ type: 'reveal' }, 2500);
		table.host({ type: 'next' }, 3000);
		expect(table.state.current!.respondentId).toBe('p2');
	});

	test('is not answered on the devices', () => {
		const table = started();
		expect(table.answer('p1', 0, 1000).refusal).toBe('notAnswerable');
	});
});

describe('judging', () => {
	test('the result shows only when every judge has scored, and not while the contestant is still answering', () => {
		const table = started();
		expect(score(table, 'j1', [8, 4], 10_000).effects).toEqual([
			{ type: 'judging', to: 'staff', position: { segment: 0, question: 0 }, scored: ['j1'], judges: 3 }
		]);
		score(table, 'j2', [9, 4], 11_000);
		expect(table.host({ type: 'reveal' }, 12_000).refusal).toBe('judgesPending');
		score(table, 'j3', [7, 3], 13_000);
		expect(table.state.phase).toBe('open');
		// Every judge has scored: locking leaves the result to the MC.
		expect(table.host({ type: 'lock' }, 60_000).effects.map((e) => e.type)).toEqual(['questionLocked']);
		expect(table.state.phase).toBe('judging');
		table.host({ type: 'reveal' }, 61_000);
		expect(table.state.phase).toBe('revealed');
	});

	test('after the last judge the MC reveals, and until then a judge may fix a slip', () => {
		const table = started();
		table.host({ type: 'lock' }, 60_000);
		expect(table.state.phase).toBe('judging');
		score(table, 'j1', [8, 4], 61_000);
		expect(table.host({ type: 'reveal' }, 61_500).refusal).toBe('judgesPending');
		score(table, 'j2', [9, 4], 62_000);
		score(table, 'j3', [1, 3], 63_000);
		expect(table.state.phase).toBe('judging');
		expect(score(table, 'j3', [7, 3], 64_000).refusal).toBeNull();
		const { effects } = table.host({ type: 'reveal' }, 65_000);
		const [reveal] = ofType(effects, 'reveal');
		expect(reveal.judgeTotals).toEqual([
			{ judgeId: 'j1', total: 12 },
			{ judgeId: 'j2', total: 13 },
			{ judgeId: 'j3', total: 10 }
		]);
		expect(reveal.judgeAverage).toBe(11.67);
		expect(ofType(effects, 'playerResult').map((r) => [r.playerId, r.points, r.correct])).toEqual([
			['p1', 11.67, null],
			['p2', 0, null],
			['p3', 0, null]
		]);
		expect(table.score('p1')).toBe(11.67);
	});

	test('the time running out also moves to judging', () => {
		const table = started();
		table.tick(120_001);
		expect(table.state.phase).toBe('judging');
	});

	test('dropping the extremes leaves out the highest and the lowest total', () => {
		const table = new Table(
			makeGame(
				[{ kind: 'situation', dropExtremes: true, questions: [situationQuestion(1)] }],
				['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id }))
			)
		);
		table.seat(1);
		table.host({ type: 'start', respondentId: 'p1' }, 0);
		table.host({ type: 'lock' }, 1000);
		[
			['a', [10, 5]],
			['b', [6, 3]],
			['c', [9, 3]],
			['d', [8, 4]],
			['e', [8, 5]]
		].forEach(([judge, scores], i) => score(table, judge as string, scores as number[], 2000 + i));
		table.host({ type: 'reveal' }, 3000);
		// Totals 15, 9, 12, 12, 13: without 15 and 9, (12 + 12 + 13) / 3.
		expect(table.score('p1')).toBe(12.33);
	});

	test('without dropping, every judge counts', () => {
		const table = started(false);
		table.host({ type: 'lock' }, 1000);
		[
			[10, 5],
			[6, 3],
			[9, 3]
		].forEach((s, i) => score(table, JUDGES[i].id, s, 2000));
		table.host({ type: 'reveal' }, 3000);
		expect(table.score('p1')).toBe(12);
	});

	test('a judge may correct their scores until the result shows, and not after', () => {
		const table = started();
		score(table, 'j1', [2, 1], 1000);
		score(table, 'j1', [8, 4], 2000);
		score(table, 'j2', [8, 4], 3000);
		table.host({ type: 'lock' }, 4000);
		score(table, 'j3', [8, 4], 5000);
		table.host({ type: 'reveal' }, 5500);
		expect(table.score('p1')).toBe(12);
		expect(score(table, 'j1', [10, 5], 6000).refusal).toBe('judgingClosed');
	});

	test('scores must follow the rubric: one per criterion, from zero to its maximum', () => {
		const table = started();
		for (const scores of [[11, 4], [8], [8, 4, 1], [-1, 4], [8, Number.NaN], [8, '4' as unknown as number]])
			expect(score(table, 'j1', scores, 1000).refusal).toBe('invalidScores');
		expect(score(table, 'j1', [10, 5], 1000).refusal).toBeNull();
		expect(score(table, 'j1', [0, 0], 1000).refusal).toBeNull();
	});

	test('only the configured judges score, and a player can never act as one', () => {
		const table = started();
		expect(score(table, 'j9', [8, 4], 1000).refusal).toBe('notAJudge');
		expect(table.player('p2', { type: 'judgeScore', position: table.position, scores: [10, 5] }, 1000).refusal).toBe('forbidden');
		expect(table.host({ type: 'judgeScore', position: table.position, scores: [10, 5] }, 1000).refusal).toBe('forbidden');
		expect(table.state.current!.judgeScores).toEqual({});
	});

	test('there is nothing to score outside a situation', () => {
		const table = new Table(makeGame([{ kind: 'knowledge', questions: [singleQuestion(1)] }]));
		table.seat(1);
		table.host({ type: 'start' }, 0);
		expect(score(table, 'j1', [8, 4], 1000).refusal).toBe('notSituation');
	});

	test('a score for another question is refused', () => {
		const table = started();
		expect(table.judge('j1', { type: 'judgeScore', position: { segment: 0, question: 1 }, scores: [8, 4] }, 1000).refusal).toBe(
			'wrongQuestion'
		);
	});
});

describe('the situation in a game', () => {
	test('a game stored before the MC revealed shows the result on the last judge’s score', () => {
		const table = new Table(makeGame([{ kind: 'situation', questions: [situationQuestion(1)] }], JUDGES, { hostReveals: false }));
		table.seat(1);
		table.host({ type: 'start', respondentId: 'p1' }, 0);
		table.host({ type: 'lock' }, 1000);
		JUDGES.forEach((j) => score(table, j.id, [8, 4], 2000));
		expect(table.state.phase).toBe('revealed');
	});

	test('scaled to the part’s points, the rubric’s maximum is worth the question’s points', () => {
		const table = new Table(
			makeGame([{ kind: 'situation', scaleToPoints: true, questions: [situationQuestion(1, { points: 300 })] }], JUDGES)
		);
		table.seat(1);
		table.host({ type: 'start', respondentId: 'p1' }, 0);
		table.host({ type: 'lock' }, 1000);
		JUDGES.forEach((j) => score(table, j.id, [8, 4], 2000)); // 12 of 15
		const { effects } = table.host({ type: 'reveal' }, 3000);
		expect(ofType(effects, 'reveal')[0].judgeAverage).toBe(12);
		expect(table.score('p1')).toBe(240);
	});
});
