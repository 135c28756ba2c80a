import { describe, expect, test } from 'vitest';
import { clockDueAt } from './presence';
import { JUDGES, makeGame, ofType, singleQuestion, Table } from './spec-support';

/** A knowledge segment (khởi động): every player answers on their phone against the clock. */
const knowledge = (extra: object = {}, questions = [singleQuestion(1, 2), singleQuestion(2, 0), singleQuestion(3, 1)], graceSec?: number) =>
	new Table(makeGame([{ kind: 'knowledge', title: 'Khởi động', questions, ...extra }], JUDGES, { graceSec }));

function started(players = 3, extra: object = {}, graceSec?: number) {
	const table = knowledge(extra, undefined, graceSec);
	const ids = table.seat(players);
	table.host({ type: 'start' }, 1000);
	return { table, ids };
}

describe('opening a question', () => {
	test('broadcasts it once to everyone, with the options and without the key', () => {
		const table = knowledge();
		table.seat(3);
		const { effects } = table.host({ type: 'start' }, 1000);
		const [broadcast] = ofType(effects, 'broadcastQuestion');
		expect(ofType(effects, 'broadcastQuestion')).toHaveLength(1);
		expect(broadcast.to).toBe('all');
		expect(broadcast.info).toMatchObject({ opensAt: 1000, closesAt: 21_000, number: 1, count: 3, segmentTitle: 'Khởi động' });
		expect(broadcast.info.question).toEqual({
			versionId: 1,
			type: 'single',
			stem: 'Câu hỏi 1',
			imageId: null,
			display: { type: 'single', options: ['Phương án A', 'Phương án B', 'Phương án C', 'Phương án D'] }
		});
		expect(JSON.stringify(broadcast)).not.toMatch(/"key"|"correct"/);
		expect(table.state.phase).toBe('open');
	});

	test('answers before the start are refused', () => {
		const table = knowledge();
		table.seat(1);
		const result = table.player(
			'p1',
			{ type: 'answer', answerId: 'a1', position: { segment: 0, question: 0 }, response: { choice: 0 } },
			500
		);
		expect(result.refusal).toBe('notOpen');
	});
});

describe('answering', () => {
	test('an answer is stored, then acknowledged to its sender only, and counted for the staff', () => {
		const { table } = started();
		const { effects, refusal } = table.answer('p1', 2, 4000, 'ans-1');
		expect(refusal).toBeNull();
		expect(effects.map((e) => e.type)).toEqual(['persistAnswer', 'ackAnswer', 'counters']);
		expect(effects[0]).toMatchObject({ playerId: 'p1', answerId: 'ans-1', response: { choice: 2 }, at: 4000, ms: 3000, versionId: 1 });
		expect(effects[1]).toEqual({ type: 'ackAnswer', to: { player: 'p1' }, answerId: 'ans-1', duplicate: false });
		expect(effects[2]).toEqual({ type: 'counters', to: 'staff', answered: 1, expected: 3 });
	});

	test('a retry with the same answer id is acknowledged again and never counted twice', () => {
		const { table } = started();
		table.answer('p1', 2, 4000, 'ans-1');
		const retry = table.answer('p1', 2, 4600, 'ans-1');
		expect(retry.refusal).toBeNull();
		expect(retry.effects).toEqual([{ type: 'ackAnswer', to: { player: 'p1' }, answerId: 'ans-1', duplicate: true }]);
		expect(table.state.current!.answeredCount).toBe(1);
		expect(table.answerOf('p1')?.at).toBe(4000);
	});

	test('a retry arriving after the question locked still gets its acknowledgement', () => {
		const { table } = started(1);
		table.answer('p1', 2, 4000, 'ans-1'); // the only player: locks at once
		expect(table.state.phase).toBe('locked');
		expect(table.answer('p1', 2, 30_000, 'ans-1').effects).toEqual([
			{ type: 'ackAnswer', to: { player: 'p1' }, answerId: 'ans-1', duplicate: true }
		]);
	});

	test('a second, different answer is refused: the first one counts', () => {
		const { table } = started();
		table.answer('p1', 2, 4000, 'ans-1');
		expect(table.answer('p1', 0, 5000, 'ans-2').refusal).toBe('alreadyAnswered');
		expect(table.answerOf('p1')?.response).toEqual({ choice: 2 });
	});

	test('an answer received after the deadline is refused as late, and the question locks', () => {
		const { table } = started();
		const { refusal, effects } = table.answer('p1', 2, 21_001);
		expect(refusal).toBe('late');
		expect(ofType(effects, 'questionLocked')).toHaveLength(1);
		expect(table.state.phase).toBe('locked');
		expect(table.state.current!.answeredCount).toBe(0);
	});

	test('an answer received exactly at the deadline is in time', () => {
		const { table } = started();
		expect(table.answer('p1', 2, 21_000).refusal).toBeNull();
	});

	test('once the host has locked, answers are refused as locked', () => {
		const { table } = started();
		expect(ofType(table.host({ type: 'lock' }, 5000).effects, 'questionLocked')).toMatchObject([{ by: 'host' }]);
		expect(table.answer('p1', 2, 6000).refusal).toBe('locked');
	});

	test('an answer for another question is refused, so a stale retry never lands on the next one', () => {
		const { table } = started();
		const stale = table.player(
			'p1',
			{ type: 'answer', answerId: 'x', position: { segment: 0, question: 1 }, response: { choice: 0 } },
			3000
		);
		expect(stale.refusal).toBe('wrongQuestion');
	});

	test('a response that does not fit the question is refused', () => {
		const { table } = started();
		const answer = (response: unknown) => table.player('p1', { type: 'answer', answerId: 'x', position: table.position, response }, 3000);
		expect(answer({ choice: 4 }).refusal).toBe('invalidAnswer');
		expect(answer({ choice: '1' }).refusal).toBe('invalidAnswer');
		expect(answer(null).refusal).toBe('invalidAnswer');
		expect(answer({ value: true }).refusal).toBe('invalidAnswer');
		expect(table.state.current!.answeredCount).toBe(0);
	});

	test('someone who never joined cannot answer', () => {
		const { table } = started();
		expect(table.answer('stranger', 1, 3000).refusal).toBe('unknownPlayer');
	});
});

describe('auto-lock', () => {
	test('locks as soon as everyone has answered', () => {
		const { table } = started(3);
		table.answer('p1', 2, 3000);
		table.answer('p2', 1, 3500);
		expect(table.state.phase).toBe('open');
		const { effects } = table.answer('p3', 1, 4000);
		expect(table.state.phase).toBe('locked');
		expect(ofType(effects, 'questionLocked')).toEqual([
			{ type: 'questionLocked', to: 'all', position: { segment: 0, question: 0 }, answered: 3, by: 'everyone' }
		]);
	});

	test('waits out the grace period of a player who dropped (10 s unless the game says otherwise), then locks without them', () => {
		const { table } = started(3);
		table.player('p3', { type: 'leave' }, 2000);
		table.answer('p1', 2, 3000);
		table.answer('p2', 1, 3500);
		expect(clockDueAt(table.state)).toBe(12_000);
		table.tick(12_000);
		expect(table.state.phase).toBe('open');
		const { effects } = table.tick(12_001);
		expect(table.state.phase).toBe('locked');
		expect(ofType(effects, 'questionLocked')[0].answered).toBe(2);
	});

	test('a player back within the grace period answers as if nothing had happened', () => {
		const { table } = started(3);
		table.answer('p1', 2, 3000);
		table.player('p3', { type: 'leave' }, 3100); // a reload
		table.answer('p2', 1, 3500);
		table.player('p3', { type: 'reconnect' }, 5000);
		table.tick(13_200);
		expect(table.state.phase).toBe('open');
		expect(table.answer('p3', 2, 14_000).refusal).toBeNull();
		expect(table.state.phase).toBe('locked');
		expect(table.state.current?.answeredCount).toBe(3);
	});

	test('a departed player who comes back while the question is open may still answer, and is waited for again', () => {
		const { table } = started(3, {}, 3);
		table.player('p3', { type: 'leave' }, 2000);
		table.tick(5001);
		expect(table.playerOf('p3')?.away).toEqual({ since: 2000, departed: true });
		table.player('p3', { type: 'reconnect' }, 6000);
		table.answer('p1', 2, 6500);
		table.answer('p2', 1, 7000);
		expect(table.state.phase).toBe('open');
		table.answer('p3', 2, 8000);
		expect(table.state.phase).toBe('locked');
	});

	test('a player leaving can be what completes the answers, once their grace period is over', () => {
		const { table } = started(2);
		table.answer('p1', 2, 3000);
		table.player('p2', { type: 'leave' }, 4000);
		expect(table.state.phase).toBe('open');
		table.tick(14_001);
		expect(table.state.phase).toBe('locked');
	});

	test('with no grace period, a drop departs at the next instant', () => {
		const { table } = started(2, {}, 0);
		table.answer('p1', 2, 3000);
		table.player('p2', { type: 'leave' }, 4000);
		expect(clockDueAt(table.state)).toBe(4000);
		table.tick(4001);
		expect(table.state.phase).toBe('locked');
	});

	test('a player the host removes is out at once', () => {
		const { table } = started(2);
		table.answer('p1', 2, 3000);
		table.player('p2', { type: 'leave' }, 4000);
		table.host({ type: 'removePlayer', playerId: 'p2', reason: 'Bỏ cuộc' }, 5000);
		expect(table.state.phase).toBe('locked');
		expect(table.state.graceEnds).toEqual([]);
	});

	test('the clock wakes only for a grace period the lock waits on, and never while no time runs', () => {
		const { table } = started(3);
		table.answer('p3', 2, 1500);
		table.player('p3', { type: 'leave' }, 2000);
		expect(clockDueAt(table.state)).toBe(21_000);
		table.player('p2', { type: 'leave' }, 2500);
		expect(clockDueAt(table.state)).toBe(12_500);
		table.host({ type: 'pause' }, 3000);
		expect(clockDueAt(table.state)).toBeNull();
	});

	test('a player who departed during one question is not waited for on the next', () => {
		const { table } = started(3);
		table.player('p3', { type: 'leave' }, 15_000);
		table.tick(21_001);
		table.host({ type: 'reveal' }, 22_000);
		table.host({ type: 'next' }, 30_000);
		table.answer('p1', 0, 31_000);
		table.answer('p2', 0, 32_000);
		expect(table.state.phase).toBe('locked');
	});

	test('nobody connected never counts as everyone answered', () => {
		const table = knowledge();
		table.seat(2);
		table.player('p1', { type: 'leave' }, 500);
		table.player('p2', { type: 'leave' }, 500);
		table.host({ type: 'start' }, 1000);
		table.tick(5000);
		table.tick(15_000);
		expect(table.state.phase).toBe('open');
	});
});

describe('the reveal', () => {
	test('sends the key and the distribution once, and one result to each player', () => {
		const { table } = started(4);
		table.answer('p1', 2, 3000);
		table.answer('p2', 2, 4000);
		table.answer('p3', 0, 5000);
		table.tick(21_001);
		const { effects } = table.host({ type: 'reveal' }, 22_000);
		const [reveal] = ofType(effects, 'reveal');
		expect(reveal.to).toBe('all');
		expect(reveal.key).toEqual({ type: 'single', correct: 2 });
		expect(reveal.distribution).toEqual({ byOption: [1, 0, 2, 0], correct: 2, wrong: 1, unanswered: 1 });
		const results = ofType(effects, 'playerResult');
		expect(results.map((r) => [r.to, r.correct, r.points, r.total, r.rank])).toEqual([
			[{ player: 'p1' }, true, 100, 100, 1],
			[{ player: 'p2' }, true, 100, 100, 1],
			[{ player: 'p3' }, false, 0, 0, 3],
			[{ player: 'p4' }, false, 0, 0, 3]
		]);
		expect(ofType(effects, 'persistResults')[0].rows).toHaveLength(4);
		expect(table.state.phase).toBe('revealed');
	});

	test("nothing about one player's answer goes to everyone: after the question, only the lock and the reveal do", () => {
		const { table, ids } = started(6);
		const effects = ids.flatMap((id, i) => table.answer(id, i % 4, 2000 + i * 100).effects);
		effects.push(...table.host({ type: 'reveal' }, 10_000).effects);
		expect(effects.filter((e) => 'to' in e && e.to === 'all').map((e) => e.type)).toEqual(['questionLocked', 'reveal']);
		expect(ofType(effects, 'playerResult')).toHaveLength(6);
		expect(ofType(effects, 'ackAnswer')).toHaveLength(6);
	});

	test('the host may reveal straight from an open question: it locks first', () => {
		const { table } = started();
		const { effects } = table.host({ type: 'reveal' }, 5000);
		expect(effects.map((e) => e.type).slice(0, 2)).toEqual(['questionLocked', 'reveal']);
	});

	test('cannot reveal twice', () => {
		const { table } = started();
		table.host({ type: 'reveal' }, 5000);
		expect(table.host({ type: 'reveal' }, 6000).refusal).toBe('notOpen');
	});
});

describe('points', () => {
	test('speed points: full under half a second, then falling to half at the deadline', () => {
		const { table } = started(3, { pointsMode: 'speed' });
		table.answer('p1', 2, 1400); // 0.4 s
		table.answer('p2', 2, 11_000); // 10 s of 20
		table.answer('p3', 2, 21_000); // at the deadline
		table.host({ type: 'reveal' }, 22_000);
		expect(['p1', 'p2', 'p3'].map((id) => table.score(id))).toEqual([100, 75, 50]);
	});

	test('fixed points ignore the time; none gives no points but still tells right from wrong', () => {
		const fixed = started(1, { pointsMode: 'fixed' }).table;
		fixed.answer('p1', 2, 20_000);
		fixed.host({ type: 'reveal' }, 22_000);
		expect(fixed.score('p1')).toBe(100);

		const none = started(1, { pointsMode: 'none' }).table;
		none.answer('p1', 2, 2000);
		const [result] = ofType(none.host({ type: 'reveal' }, 22_000).effects, 'playerResult');
		expect(result).toMatchObject({ correct: true, points: 0, total: 0 });
		expect(none.playerOf('p1')?.correctCount).toBe(1);
	});

	test('a streak bonus grows with right answers in a row and a wrong answer resets it', () => {
		const table = knowledge(
			{ streakBonus: { step: 50, max: 100 } },
			[1, 2, 3, 4, 5].map((v) => singleQuestion(v, 0))
		);
		table.seat(1);
		table.host({ type: 'start' }, 0);
		const results: { points: number; streak: number; bonus: number }[] = [];
		[0, 0, 0, 1, 0].forEach((choice, i) => {
			const at = i * 100_000;
			if (i > 0) table.host({ type: 'next' }, at);
			table.answer('p1', choice, at + 1000);
			results.push(ofType(table.host({ type: 'reveal' }, at + 30_000).effects, 'playerResult')[0]);
		});
		expect(results.map((r) => r.points)).toEqual([100, 150, 200, 0, 100]);
		// The phone shows the bonus apart ("Chuỗi 3 câu đúng +100").
		expect(results.map((r) => [r.streak, r.bonus])).toEqual([
			[1, 0],
			[2, 50],
			[3, 100],
			[0, 0],
			[1, 0]
		]);
		expect(table.playerOf('p1')?.streak).toBe(1);
	});

	test('a streak does not carry over into the next segment', () => {
		const table = new Table(
			makeGame([
				{ kind: 'knowledge', streakBonus: { step: 50, max: 100 }, questions: [singleQuestion(1, 0)] },
				{ kind: 'knowledge', streakBonus: { step: 50, max: 100 }, questions: [singleQuestion(2, 0)] }
			])
		);
		table.seat(1);
		table.host({ type: 'start' }, 0);
		table.answer('p1', 0, 1000);
		table.host({ type: 'reveal' }, 2000);
		table.host({ type: 'next' }, 3000);
		table.answer('p1', 0, 4000);
		expect(ofType(table.host({ type: 'reveal' }, 5000).effects, 'playerResult')[0].points).toBe(100);
	});

	test('an unanswered question adds its full time to the tie-break total', () => {
		const { table } = started(2);
		table.answer('p1', 2, 4000);
		table.host({ type: 'reveal' }, 22_000);
		expect(table.playerOf('p1')?.answerMs).toBe(3000);
		expect(table.playerOf('p2')?.answerMs).toBe(20_000);
	});
});

describe('moving on', () => {
	test('leaderboard, next, and after the last question the podium', () => {
		const { table } = started(2);
		table.answer('p1', 2, 2000);
		table.host({ type: 'reveal' }, 22_000);
		const board = table.host({ type: 'showLeaderboard' }, 23_000);
		expect(ofType(board.effects, 'leaderboard')[0].rows.map((r) => [r.playerId, r.rank, r.score])).toEqual([
			['p1', 1, 100],
			['p2', 2, 0]
		]);
		expect(table.host({ type: 'next' }, 24_000).refusal).toBeNull();
		expect(table.position).toEqual({ segment: 0, question: 1 });
		expect(table.host({ type: 'next' }, 25_000).refusal).toBe('notRevealed');
		table.host({ type: 'reveal' }, 26_000);
		table.host({ type: 'next' }, 27_000);
		table.host({ type: 'reveal' }, 28_000);
		const { effects } = table.host({ type: 'next' }, 29_000);
		expect(table.state.phase).toBe('podium');
		expect(ofType(effects, 'podium')[0].rows.map((r) => r.playerId)).toEqual(['p1', 'p2']);
		expect(ofType(effects, 'standing')).toHaveLength(2);
		expect(table.host({ type: 'next' }, 30_000).refusal).toBe('cannotAdvance');
	});

	test('the end drops a question not yet revealed, stores the standings, and refuses everything after but comings and goings', () => {
		const { table } = started(2);
		table.answer('p1', 2, 2000);
		const { effects } = table.host({ type: 'end' }, 5000);
		expect(effects.map((e) => e.type)).toEqual(['questionSkipped', 'persistStandings', 'ended', 'standing', 'standing']);
		expect(table.score('p1')).toBe(0);
		expect(table.state.phase).toBe('ended');
		expect(table.host({ type: 'next' }, 6000).refusal).toBe('ended');
		expect(table.player('p9', { type: 'join', name: 'Muộn' }, 6000).refusal).toBe('ended');
		expect(table.player('p1', { type: 'leave' }, 6000).refusal).toBeNull();
		expect(table.playerOf('p1')?.away).toEqual({ since: 6000, departed: false });
	});
});
