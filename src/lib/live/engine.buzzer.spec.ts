import { describe, expect, test } from 'vitest';
import { replay } from './engine';
import { clockDueAt } from './presence';
import { makeGame, ofType, singleQuestion, Table } from './spec-support';
import { createGame } from './state';
import { playerView, screenView } from './views';

/** Giành quyền trả lời: the first to buzz answers aloud, the host judges, a wrong answer passes on. */
function started(players = 4) {
	const table = new Table(
		makeGame([{ kind: 'buzzer', penalty: 5, questions: [singleQuestion(1, 1, { points: 20, timeLimitSec: 10 }), singleQuestion(2)] }])
	);
	table.seat(players);
	table.host({ type: 'start' }, 1000); // buzzing open until 11 s
	return table;
}
const buzz = (table: Table, id: string, at: number) => table.player(id, { type: 'buzz', position: table.position }, at);

describe('buzzing', () => {
	test('the queue follows receive time and the head is the one to answer', () => {
		const table = started();
		buzz(table, 'p3', 2000);
		buzz(table, 'p1', 2050);
		const { effects } = buzz(table, 'p2', 2051);
		expect(effects).toEqual([
			{
				type: 'buzzQueue',
				to: 'all',
				position: { segment: 0, question: 0 },
				head: 'p3',
				queue: ['p3', 'p1', 'p2'],
				length: 3,
				winner: null,
				wrong: [],
				floor: null
			}
		]);
	});

	test('a buzz stamped earlier than the last one still takes its place by time', () => {
		const table = started();
		buzz(table, 'p1', 2000);
		buzz(table, 'p2', 2300);
		buzz(table, 'p3', 2200);
		expect(table.state.current!.buzz.queue.map((b) => b.playerId)).toEqual(['p1', 'p3', 'p2']);
	});

	test('one buzz per player, and none after the deadline', () => {
		const table = started();
		buzz(table, 'p1', 2000);
		expect(buzz(table, 'p1', 2100).refusal).toBe('alreadyBuzzed');
		expect(buzz(table, 'p2', 11_001).refusal).toBe('late');
	});

	test('device answers have no place in a buzzer segment', () => {
		const table = started();
		expect(table.answer('p1', 1, 2000).refusal).toBe('notAnswerable');
	});
});

describe('the host marks the answer', () => {
	test('a wrong answer passes to the next in the queue, who may answer even after buzzing has closed', () => {
		const table = started();
		buzz(table, 'p1', 2000);
		buzz(table, 'p2', 2500);
		table.tick(11_001);
		expect(table.state.phase).toBe('locked');
		const { effects } = table.host({ type: 'markBuzz', playerId: 'p1', correct: false }, 12_000);
		expect(ofType(effects, 'buzzQueue')[0]).toMatchObject({ head: 'p2', queue: ['p2'], length: 1 });
		expect(table.host({ type: 'markBuzz', playerId: 'p2', correct: true }, 13_000).refusal).toBeNull();
		expect(table.state.current!.buzz.winner).toBe('p2');
	});

	test('a player who answered wrong may not buzz again', () => {
		const table = started();
		buzz(table, 'p1', 2000);
		table.host({ type: 'markBuzz', playerId: 'p1', correct: false }, 3000);
		expect(buzz(table, 'p1', 3500).refusal).toBe('alreadyBuzzed');
		expect(buzz(table, 'p2', 3600).refusal).toBeNull();
	});

	test('a right answer closes buzzing at once', () => {
		const table = started();
		buzz(table, 'p1', 2000);
		buzz(table, 'p2', 2100);
		const { effects } = table.host({ type: 'markBuzz', playerId: 'p1', correct: true }, 4000);
		expect(ofType(effects, 'questionLocked')).toHaveLength(1);
		expect(buzz(table, 'p3', 4500).refusal).toBe('locked');
		expect(table.host({ type: 'markBuzz', playerId: 'p2', correct: true }, 5000).refusal).toBe('notOpen');
	});

	test('the verdict must name the head of the queue, so a late tap never judges the wrong person', () => {
		const table = started();
		buzz(table, 'p1', 2000);
		buzz(table, 'p2', 2100);
		expect(table.host({ type: 'markBuzz', playerId: 'p2', correct: true }, 3000).refusal).toBe('notAtHead');
		const empty = started();
		expect(empty.host({ type: 'markBuzz', playerId: 'p1', correct: true }, 3000).refusal).toBe('notAtHead');
	});

	test('outside a buzzer segment there is nothing to mark', () => {
		const table = new Table(makeGame([{ kind: 'knowledge', questions: [singleQuestion(1)] }]));
		table.seat(1);
		table.host({ type: 'start' }, 0);
		expect(table.host({ type: 'markBuzz', playerId: 'p1', correct: true }, 1000).refusal).toBe('notBuzzer');
		expect(table.player('p1', { type: 'buzz', position: table.position }, 1000).refusal).toBe('notBuzzer');
	});
});

describe('buzzer scores at the reveal', () => {
	test('the winner gains the points, each wrong answer costs the penalty, the others are untouched', () => {
		const table = started();
		buzz(table, 'p1', 2000);
		buzz(table, 'p2', 2100);
		buzz(table, 'p3', 2200);
		table.host({ type: 'markBuzz', playerId: 'p1', correct: false }, 3000);
		table.host({ type: 'markBuzz', playerId: 'p2', correct: true }, 4000);
		const { effects } = table.host({ type: 'reveal' }, 5000);
		expect(ofType(effects, 'reveal')[0]).toMatchObject({ winner: 'p2', key: { type: 'single', correct: 1 }, distribution: null });
		expect(ofType(effects, 'playerResult').map((r) => [r.playerId, r.correct, r.points, r.total, r.rank])).toEqual([
			['p1', false, -5, -5, 4],
			['p2', true, 20, 20, 1],
			['p3', null, 0, 0, 2],
			['p4', null, 0, 0, 2]
		]);
	});

	test('nobody right: the host reveals once the queue is spent and time is up', () => {
		const table = started();
		buzz(table, 'p1', 2000);
		table.host({ type: 'markBuzz', playerId: 'p1', correct: false }, 3000);
		table.tick(11_001);
		table.host({ type: 'reveal' }, 12_000);
		expect(table.state.current!.outcome!.results.p1).toMatchObject({ correct: false, points: -5 });
		expect(table.score('p1')).toBe(-5);
	});

	test('removing the player at the head hands the turn to the next', () => {
		const table = started();
		buzz(table, 'p1', 2000);
		buzz(table, 'p2', 2100);
		const { effects } = table.host({ type: 'removePlayer', playerId: 'p1', reason: 'Rời hội trường' }, 3000);
		expect(ofType(effects, 'buzzQueue')[0]).toMatchObject({ head: 'p2', length: 1 });
	});
});

describe('the answer window, as on television', () => {
	/** Question clock 10 s from 1 s, a 5 s window per buzzer. */
	function windowed(players = 3) {
		const table = new Table(
			makeGame([
				{
					kind: 'buzzer',
					penalty: 5,
					answerWindowSec: 5,
					questions: [singleQuestion(1, 1, { points: 20, timeLimitSec: 10 }), singleQuestion(2)]
				}
			])
		);
		table.seat(players);
		table.host({ type: 'start' }, 1000);
		return table;
	}

	test('a buzz stops the question clock and opens the buzzer’s own window', () => {
		const table = windowed();
		const { effects } = buzz(table, 'p1', 4000); // 7 s left on the clock
		expect(ofType(effects, 'timer')).toEqual([
			{ type: 'timer', to: 'all', phase: 'open', opensAt: null, closesAt: null, remainingMs: 7000 }
		]);
		expect(ofType(effects, 'buzzQueue')[0]).toMatchObject({ head: 'p1', floor: { playerId: 'p1', until: 9000 } });
		// Past the question's own close: the clock is stopped, so nothing closes.
		table.tick(8500);
		expect(table.state.phase).toBe('open');
		expect(playerView(table.state, 'p1')).toMatchObject({ remainingMs: 7000, myBuzz: { place: 1, floorUntil: 9000 } });
	});

	test('a wrong answer passes the floor with a fresh window; once the queue is spent the clock runs on', () => {
		const table = windowed();
		buzz(table, 'p1', 4000);
		buzz(table, 'p2', 4500);
		const passed = table.host({ type: 'markBuzz', playerId: 'p1', correct: false }, 6000);
		expect(ofType(passed.effects, 'buzzQueue')[0]).toMatchObject({ head: 'p2', wrong: ['p1'], floor: { playerId: 'p2', until: 11_000 } });
		const resumed = table.host({ type: 'markBuzz', playerId: 'p2', correct: false }, 7000);
		// 7 s were left when p1 buzzed: the question now closes at 14 s.
		expect(ofType(resumed.effects, 'timer')).toEqual([
			{ type: 'timer', to: 'all', phase: 'open', opensAt: 1000, closesAt: 14_000, remainingMs: null }
		]);
		expect(table.current.buzz.wrong).toEqual(['p1', 'p2']);
		expect(buzz(table, 'p3', 13_000).refusal).toBeNull();
	});

	test('no verdict within the window counts as wrong, and a mark after it is refused', () => {
		const table = windowed();
		buzz(table, 'p1', 4000);
		buzz(table, 'p2', 4100);
		const late = table.host({ type: 'markBuzz', playerId: 'p1', correct: true }, 9001);
		expect(late.refusal).toBe('turnOver');
		// The floor passed when p1's window ended, at 9 s: p2's runs until 14 s.
		expect(table.current.buzz).toMatchObject({ wrong: ['p1'], floor: { playerId: 'p2', until: 14_000 }, winner: null });
		expect(table.host({ type: 'markBuzz', playerId: 'p2', correct: true }, 13_000).refusal).toBeNull();
		table.host({ type: 'reveal' }, 14_000);
		expect([table.score('p1'), table.score('p2')]).toEqual([-5, 20]);
	});

	test('a pause holds both the window and the stopped clock', () => {
		const table = windowed();
		buzz(table, 'p1', 4000);
		expect(table.host({ type: 'pause' }, 5000).effects).toEqual([
			{ type: 'timer', to: 'all', phase: 'paused', opensAt: null, closesAt: null, remainingMs: 7000 }
		]);
		table.host({ type: 'resume' }, 60_000);
		expect(table.current.buzz.floor).toEqual({ playerId: 'p1', until: 64_000 });
		expect(table.host({ type: 'markBuzz', playerId: 'p1', correct: false }, 63_000).refusal).toBeNull();
		expect(table.current.closesAt).toBe(70_000);
	});

	test('extra time goes on the stopped clock', () => {
		const table = windowed();
		buzz(table, 'p1', 4000);
		table.host({ type: 'extend', seconds: 10 }, 5000);
		table.host({ type: 'markBuzz', playerId: 'p1', correct: false }, 6000);
		expect(table.current.closesAt).toBe(6000 + 17_000);
	});

	test('the server ticks when a window ends', () => {
		const table = windowed();
		buzz(table, 'p1', 4000);
		expect(clockDueAt(table.state)).toBe(9000);
		table.host({ type: 'lock' }, 5000);
		expect(clockDueAt(table.state)).toBe(9000);
	});

	test('removing the buzzer who has the floor hands it on without a penalty', () => {
		const table = windowed();
		buzz(table, 'p1', 4000);
		buzz(table, 'p2', 4100);
		table.host({ type: 'removePlayer', playerId: 'p1' }, 5000);
		expect(table.current.buzz).toMatchObject({ wrong: [], floor: { playerId: 'p2', until: 10_000 } });
	});

	test('the queue’s history stays for the screens: who was ruled out, who has the floor, who won', () => {
		const table = windowed();
		buzz(table, 'p1', 4000);
		buzz(table, 'p2', 4100);
		table.host({ type: 'markBuzz', playerId: 'p1', correct: false }, 5000);
		expect(screenView(table.state).buzz).toMatchObject({
			wrong: [{ id: 'p1', name: 'Thí sinh p1' }],
			floor: { id: 'p2', name: 'Thí sinh p2', until: 10_000 },
			penalty: 5
		});
		table.host({ type: 'markBuzz', playerId: 'p2', correct: true }, 6000);
		expect(screenView(table.state).buzz).toMatchObject({ wrong: [{ id: 'p1' }], winner: 'p2', floor: null });
		expect(playerView(table.state, 'p2').myBuzz).toEqual({ place: null, wrong: false, floorUntil: null, won: true });
		expect(playerView(table.state, 'p1').myBuzz).toMatchObject({ wrong: true, won: false });
	});

	test('a log replays to the same state', () => {
		const table = windowed();
		buzz(table, 'p1', 4000);
		buzz(table, 'p2', 4100);
		table.tick(9500);
		table.host({ type: 'markBuzz', playerId: 'p2', correct: false }, 10_000);
		table.host({ type: 'reveal' }, 12_000);
		expect(replay(createGame(table.state.config), table.log)).toEqual(table.state);
	});
});
