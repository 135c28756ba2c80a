import { describe, expect, test } from 'vitest';
import { makeGame, singleQuestion, Table } from './spec-support';
import { screenView } from './views';

/** The big screen's moments, from the state alone: the fastest, who went out, the stars, the moves on the board. */

describe('screenView moments', () => {
	test('a knowledge reveal names the quickest right answers, quickest first', () => {
		const table = new Table(makeGame([{ kind: 'knowledge', questions: [singleQuestion(1, 2)] }]));
		table.seat(4);
		table.host({ type: 'start' }, 0);
		table.answer('p1', 2, 4000);
		table.answer('p2', 2, 1500);
		table.answer('p3', 0, 1000); // wrong, however fast
		expect(screenView(table.state).fastest).toBeNull();
		table.host({ type: 'reveal' }, 6000);
		expect(screenView(table.state).fastest).toEqual([
			{ id: 'p2', name: 'Thí sinh p2', ms: 1500 },
			{ id: 'p1', name: 'Thí sinh p1', ms: 4000 }
		]);
	});

	test('rung chuông vàng names who went out on this question, not those out before', () => {
		const table = new Table(makeGame([{ kind: 'elimination', questions: [singleQuestion(1, 0), singleQuestion(2, 0)] }]));
		table.seat(3);
		table.host({ type: 'start' }, 0);
		table.answer('p1', 1, 1000);
		table.answer('p2', 0, 1000);
		table.answer('p3', 0, 1000);
		table.host({ type: 'reveal' }, 2000);
		expect(screenView(table.state).outNow?.map((p) => p.id)).toEqual(['p1']);
		table.host({ type: 'next' }, 3000);
		table.answer('p2', 0, 4000);
		table.answer('p3', 1, 4000);
		table.host({ type: 'reveal' }, 5000);
		const view = screenView(table.state);
		expect(view.outNow?.map((p) => p.id)).toEqual(['p3']);
		expect(view.survivors).toMatchObject({ count: 1, total: 3 });
	});

	test('a staked star shows by name from the staking until its question is over', () => {
		const table = new Table(
			makeGame([
				{ kind: 'knowledge', questions: [singleQuestion(1, 0)] },
				{ kind: 'final', questions: [singleQuestion(2, 0)] }
			])
		);
		table.seat(2);
		table.host({ type: 'start' }, 0);
		table.host({ type: 'reveal' }, 1000);
		expect(screenView(table.state).stars).toEqual([]);
		table.host({ type: 'stakeStar', playerId: 'p2' }, 2000);
		expect(screenView(table.state).stars.map((p) => p.name)).toEqual(['Thí sinh p2']);
		table.host({ type: 'next', respondentId: 'p2' }, 3000);
		expect(screenView(table.state).stars.map((p) => p.id)).toEqual(['p2']);
	});

	test("the leaderboard carries each player's gain on the last question and the places moved", () => {
		const table = new Table(makeGame([{ kind: 'knowledge', questions: [singleQuestion(1, 0), singleQuestion(2, 0, { points: 300 })] }]));
		table.seat(3);
		table.host({ type: 'start' }, 0);
		table.answer('p1', 0, 1000); // p1 leads after question 1
		table.host({ type: 'reveal' }, 2000);
		table.host({ type: 'next' }, 3000);
		table.answer('p3', 0, 4000); // p3 jumps from a shared second place to first, p2 falls from it to third
		table.host({ type: 'reveal' }, 5000);
		expect(screenView(table.state).moves).toBeNull();
		table.host({ type: 'showLeaderboard' }, 6000);
		expect(screenView(table.state).moves).toEqual([
			{ playerId: 'p3', gain: 300, move: 1 },
			{ playerId: 'p1', gain: 0, move: -1 },
			{ playerId: 'p2', gain: 0, move: -1 }
		]);
	});
});
