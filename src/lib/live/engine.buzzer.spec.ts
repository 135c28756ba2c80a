import { describe, expect, test } from 'vitest';
import { makeGame, ofType, singleQuestion, Table } from './spec-support';

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
				winner: null
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
