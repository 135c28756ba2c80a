import { describe, expect, test } from 'vitest';
import { reduce, replay } from './engine';
import type { GameEvent } from './events';
import { JUDGES, makeGame, ofType, singleQuestion, situationQuestion, Table } from './spec-support';
import type { GameState } from './state';

/** One game through every kind of segment, as a server would log it. */
function playWholeGame() {
	const initial = makeGame([
		{ kind: 'knowledge', title: 'Khởi động', pointsMode: 'speed', questions: [singleQuestion(1, 0)] },
		{ kind: 'buzzer', title: 'Giành quyền trả lời', penalty: 10, questions: [singleQuestion(2, 1, { points: 20 })] },
		{ kind: 'situation', title: 'Xử lý tình huống', dropExtremes: true, questions: [situationQuestion(3)] },
		{ kind: 'final', title: 'Về đích', questions: [singleQuestion(4, 2, { points: 30 })] },
		{ kind: 'elimination', title: 'Rung chuông vàng', questions: [singleQuestion(5, 3, { points: 10 })] }
	]);
	const table = new Table(initial);
	table.seat(3);
	const at = (s: number) => s * 1000;
	// Khởi động: p1 fast, p2 at half time, p3 wrong.
	table.host({ type: 'start' }, at(10));
	table.answer('p1', 0, at(10.3));
	table.answer('p2', 0, at(20));
	table.answer('p3', 1, at(21));
	table.host({ type: 'reveal' }, at(31));
	table.host({ type: 'showLeaderboard' }, at(35));
	// Giành quyền trả lời: p3 first and wrong, p1 right.
	table.host({ type: 'next' }, at(40));
	table.player('p3', { type: 'buzz', position: table.position }, at(41));
	table.player('p1', { type: 'buzz', position: table.position }, at(41.2));
	table.host({ type: 'markBuzz', playerId: 'p3', correct: false }, at(45));
	table.host({ type: 'markBuzz', playerId: 'p1', correct: true }, at(50));
	table.host({ type: 'reveal' }, at(51));
	// Xử lý tình huống: p2 on stage; three judges, extremes dropped.
	table.host({ type: 'next', respondentId: 'p2' }, at(60));
	table.host({ type: 'lock' }, at(150));
	JUDGES.forEach((j, i) =>
		table.judge(
			j.id,
			{
				type: 'judgeScore',
				position: table.position,
				scores: [
					[9, 4],
					[7, 3],
					[8, 4]
				][i]
			},
			at(151 + i)
		)
	);
	table.host({ type: 'reveal' }, at(155));
	// Về đích: p3 stakes the star and gets it right.
	table.host({ type: 'stakeStar', playerId: 'p3' }, at(160));
	table.host({ type: 'next' }, at(161));
	table.answer('p3', 2, at(165));
	table.answer('p1', 0, at(166));
	table.host({ type: 'reveal' }, at(190));
	// Rung chuông vàng: only p2 right; the others are out, then rescued.
	table.host({ type: 'next' }, at(200));
	table.answer('p2', 3, at(201));
	table.host({ type: 'reveal' }, at(221));
	table.host({ type: 'rescue' }, at(222));
	table.host({ type: 'adjustScore', playerId: 'p1', delta: -5, reason: 'Nhắc bài' }, at(223));
	const podium = table.host({ type: 'next' }, at(230));
	table.host({ type: 'end' }, at(240));
	return { initial, table, podium };
}

describe('a whole game', () => {
	test('scores every segment and ends on the podium', () => {
		const { table, podium } = playWholeGame();
		// p1: 100 (instant) + 20 (buzzer) + 0 + 0 (wrong, no star) + 0 (out) − 5 = 115
		// p2: 75 (10 s of 20) + 0 + 12 (judges' totals 13, 10, 12: the highest and lowest dropped) + 0 + 10 = 97
		// p3: 0 − 10 (buzzer) + 0 + 60 (star) + 0 = 50
		expect(['p1', 'p2', 'p3'].map((id) => table.score(id))).toEqual([115, 97, 50]);
		expect(ofType(podium.effects, 'podium')[0].rows.map((r) => [r.playerId, r.rank])).toEqual([
			['p1', 1],
			['p2', 2],
			['p3', 3]
		]);
		expect(table.state.phase).toBe('ended');
		expect(table.state.audit.map((a) => a.kind)).toEqual(['rescue', 'rescue', 'adjust']);
	});

	test('replaying the log rebuilds exactly the same state', () => {
		const { initial, table } = playWholeGame();
		expect(replay(initial, table.log)).toEqual(table.state);
	});

	test('a server restarting from a snapshot taken mid-question, plus the events after it, reaches the same state', () => {
		const { initial, table } = playWholeGame();
		const cut = table.log.findIndex((e) => e.type === 'answer' && e.by.id === 'p2');
		const snapshot: GameState = JSON.parse(JSON.stringify(replay(initial, table.log.slice(0, cut))));
		expect(snapshot.phase).toBe('open');
		expect(replay(snapshot, table.log.slice(cut))).toEqual(table.state);
	});

	test('a refused event leaves the state as it was', () => {
		const { table } = playWholeGame();
		const before = table.state;
		const event: GameEvent = { type: 'start', by: { role: 'player', id: 'p1' }, at: 999_000 };
		expect(reduce(before, event)).toEqual({ state: before, effects: [], refusal: 'forbidden' });
	});
});
