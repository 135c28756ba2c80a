import { describe, expect, test } from 'vitest';
import type { PointsMode } from './config';
import { makeGame, ofType, singleQuestion, situationQuestion, Table } from './spec-support';

/** The host's hold on the clock: pause, resume, extend, lock, skip; and the server's ticks. */
function started(pointsMode: PointsMode = 'fixed') {
	const table = new Table(makeGame([{ kind: 'knowledge', pointsMode, questions: [singleQuestion(1, 0), singleQuestion(2, 0)] }]));
	table.seat(2);
	table.host({ type: 'start' }, 10_000); // open 10 s → 30 s
	return table;
}

describe('tick', () => {
	test('closes the question only once its deadline has passed', () => {
		const table = started();
		expect(table.tick(30_000).effects).toEqual([]);
		expect(table.state.phase).toBe('open');
		expect(ofType(table.tick(30_001).effects, 'questionLocked')).toMatchObject([{ by: 'time' }]);
		expect(table.state.phase).toBe('locked');
		// The phone says "Hết giờ" for this one, and for a snapshot taken later too.
		expect(table.state.current?.closedBy).toBe('time');
	});

	test('only the server sends ticks', () => {
		const table = started();
		expect(table.player('p1', { type: 'tick' }, 40_000).refusal).toBe('forbidden');
		expect(table.host({ type: 'tick' }, 40_000).refusal).toBe('forbidden');
	});
});

describe('pause and resume', () => {
	test('a pause keeps the time left; resuming gives it back from the moment of resuming', () => {
		const table = started();
		const paused = table.host({ type: 'pause' }, 16_000);
		expect(paused.effects).toEqual([{ type: 'timer', to: 'all', phase: 'paused', opensAt: null, closesAt: null, remainingMs: 14_000 }]);
		expect(table.state.phase).toBe('paused');
		// Long past the original deadline: paused time does not run out.
		table.tick(100_000);
		expect(table.state.phase).toBe('paused');
		const resumed = table.host({ type: 'resume' }, 100_000);
		expect(resumed.effects).toEqual([{ type: 'timer', to: 'all', phase: 'open', opensAt: 10_000, closesAt: 114_000, remainingMs: null }]);
		expect(table.tick(114_000).effects).toEqual([]);
		table.tick(114_001);
		expect(table.state.phase).toBe('locked');
	});

	test('answers are refused while paused and accepted again after', () => {
		const table = started();
		table.host({ type: 'pause' }, 12_000);
		expect(table.answer('p1', 0, 13_000).refusal).toBe('paused');
		table.host({ type: 'resume' }, 50_000);
		expect(table.answer('p1', 0, 51_000).refusal).toBeNull();
	});

	test('the pause is left out of the answer time, so speed points are fair', () => {
		const table = started('speed');
		table.host({ type: 'pause' }, 15_000); // 5 s in
		table.host({ type: 'resume' }, 75_000); // a one-minute break
		table.answer('p1', 0, 80_000); // 5 s more: 10 s of 20 in all
		expect(table.answerOf('p1')?.ms).toBe(10_000);
		table.host({ type: 'reveal' }, 81_000);
		expect(table.score('p1')).toBe(75);
	});

	test('pausing between questions freezes the game without a clock', () => {
		const table = started();
		table.host({ type: 'reveal' }, 12_000);
		expect(table.host({ type: 'pause' }, 13_000).effects[0]).toMatchObject({ phase: 'paused', remainingMs: null });
		expect(table.host({ type: 'next' }, 14_000).refusal).toBe('paused');
		table.host({ type: 'resume' }, 15_000);
		expect(table.state.phase).toBe('revealed');
	});

	test('cannot pause twice, nor resume what is not paused, nor pause the lobby', () => {
		const table = started();
		table.host({ type: 'pause' }, 12_000);
		expect(table.host({ type: 'pause' }, 13_000).refusal).toBe('paused');
		table.host({ type: 'resume' }, 14_000);
		expect(table.host({ type: 'resume' }, 15_000).refusal).toBe('notPaused');
		const lobby = new Table(makeGame([{ kind: 'knowledge', questions: [singleQuestion(1)] }]));
		expect(lobby.host({ type: 'pause' }, 0).refusal).toBe('notOpen');
	});

	test('a situation paused while judging goes back to judging, and the MC shows its result once all have scored', () => {
		const table = new Table(makeGame([{ kind: 'situation', questions: [situationQuestion(1)] }], [{ id: 'j1', name: 'GK' }]));
		table.seat(1);
		table.host({ type: 'start', respondentId: 'p1' }, 0);
		table.host({ type: 'lock' }, 1000);
		table.host({ type: 'pause' }, 2000);
		expect(table.judge('j1', { type: 'judgeScore', position: table.position, scores: [8, 4] }, 3000).refusal).toBe('paused');
		table.host({ type: 'resume' }, 4000);
		expect(table.state.phase).toBe('judging');
		table.judge('j1', { type: 'judgeScore', position: table.position, scores: [8, 4] }, 5000);
		table.host({ type: 'reveal' }, 6000);
		expect(table.state.phase).toBe('revealed');
	});
});

describe('extend', () => {
	test('adds time to a running question', () => {
		const table = started();
		const { effects } = table.host({ type: 'extend', seconds: 15 }, 20_000);
		expect(effects).toEqual([{ type: 'timer', to: 'all', phase: 'open', opensAt: 10_000, closesAt: 45_000, remainingMs: null }]);
		expect(table.answer('p1', 0, 44_000).refusal).toBeNull();
	});

	test('adds time to a paused question', () => {
		const table = started();
		table.host({ type: 'pause' }, 25_000); // 5 s left
		expect(table.host({ type: 'extend', seconds: 10 }, 26_000).effects[0]).toMatchObject({ remainingMs: 15_000 });
		table.host({ type: 'resume' }, 40_000);
		expect(table.state.current!.closesAt).toBe(55_000);
	});

	test('accepts 1 to 120 whole seconds, and only while a question runs', () => {
		const table = started();
		for (const seconds of [0, -5, 121, 2.5, Number.NaN])
			expect(table.host({ type: 'extend', seconds }, 12_000).refusal).toBe('invalidExtension');
		table.host({ type: 'lock' }, 13_000);
		expect(table.host({ type: 'extend', seconds: 10 }, 14_000).refusal).toBe('notOpen');
	});

	test('time added after the deadline is too late: the question has closed', () => {
		const table = started();
		expect(table.host({ type: 'extend', seconds: 10 }, 30_001).refusal).toBe('notOpen');
		expect(table.state.phase).toBe('locked');
	});
});

describe('skip', () => {
	test('drops the question unscored and opens the next at once', () => {
		const table = started();
		table.answer('p1', 0, 12_000);
		const { effects } = table.host({ type: 'skip' }, 13_000);
		expect(effects.map((e) => e.type)).toEqual(['questionSkipped', 'broadcastQuestion', 'counters']);
		expect(table.position).toEqual({ segment: 0, question: 1 });
		expect(table.state.current!.answeredCount).toBe(0);
		expect(table.score('p1')).toBe(0);
	});

	test('works from a paused question and ends the pause', () => {
		const table = started();
		table.host({ type: 'pause' }, 12_000);
		table.host({ type: 'skip' }, 13_000);
		expect(table.state.phase).toBe('open');
		expect(table.state.paused).toBeNull();
	});

	test('skipping the last question leads to the podium; between questions there is nothing to skip', () => {
		const table = started();
		table.host({ type: 'reveal' }, 12_000);
		expect(table.host({ type: 'skip' }, 13_000).refusal).toBe('notOpen');
		table.host({ type: 'next' }, 14_000);
		table.host({ type: 'skip' }, 15_000);
		expect(table.state.phase).toBe('podium');
	});

	test('is refused as a whole when the next question cannot open, leaving the current one running', () => {
		const table = new Table(
			makeGame([
				{ kind: 'knowledge', questions: [singleQuestion(1)] },
				{ kind: 'situation', questions: [situationQuestion(2)] }
			])
		);
		table.seat(1);
		table.host({ type: 'start' }, 0);
		expect(table.host({ type: 'skip' }, 1000).refusal).toBe('respondentRequired');
		expect(table.state.phase).toBe('open');
		expect(table.host({ type: 'skip', respondentId: 'p1' }, 1000).refusal).toBeNull();
		expect(table.state.current!.respondentId).toBe('p1');
	});
});

describe('host commands out of turn', () => {
	test('start only from the lobby; next only after the reveal; leaderboard only after the reveal', () => {
		const table = new Table(makeGame([{ kind: 'knowledge', questions: [singleQuestion(1), singleQuestion(2)] }]));
		table.seat(1);
		expect(table.host({ type: 'next' }, 0).refusal).toBe('notStarted');
		expect(table.host({ type: 'showLeaderboard' }, 0).refusal).toBe('notRevealed');
		table.host({ type: 'start' }, 0);
		expect(table.host({ type: 'start' }, 1).refusal).toBe('alreadyStarted');
		expect(table.host({ type: 'showLeaderboard' }, 2).refusal).toBe('notRevealed');
		table.host({ type: 'lock' }, 3);
		expect(table.host({ type: 'lock' }, 4).refusal).toBe('notOpen');
	});
});
