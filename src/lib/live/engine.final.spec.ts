import { describe, expect, test } from 'vitest';
import { replay } from './engine';
import { createGame, playerList } from './state';
import { hostView, playerView, screenView } from './views';
import { makeGame, ofType, singleQuestion, Table } from './spec-support';

/** Về đích with the ngôi sao hy vọng, and rung chuông vàng. */
describe('ngôi sao hy vọng', () => {
	function finalGame() {
		const table = new Table(
			makeGame([
				{ kind: 'knowledge', questions: [singleQuestion(1, 0)] },
				{ kind: 'final', questions: [singleQuestion(2, 0, { points: 30 }), singleQuestion(3, 0, { points: 30 })] }
			])
		);
		table.seat(3);
		table.host({ type: 'start' }, 0);
		table.host({ type: 'reveal' }, 1000);
		return table;
	}

	test('a right answer on the starred question earns double', () => {
		const table = finalGame();
		expect(ofType(table.host({ type: 'stakeStar', playerId: 'p1' }, 2000).effects, 'starStaked')).toEqual([
			{ type: 'starStaked', to: 'all', playerId: 'p1' }
		]);
		const { effects } = table.host({ type: 'next' }, 3000);
		expect(ofType(effects, 'broadcastQuestion')[0].info.stars).toEqual(['p1']);
		table.answer('p1', 0, 4000);
		table.answer('p2', 0, 4000);
		const results = ofType(table.host({ type: 'reveal' }, 5000).effects, 'playerResult');
		expect(results.map((r) => [r.playerId, r.points, r.starred])).toEqual([
			['p1', 60, true],
			['p2', 30, false],
			['p3', 0, false]
		]);
	});

	test('a wrong or missing answer loses the stake', () => {
		const table = finalGame();
		table.host({ type: 'stakeStar', playerId: 'p1' }, 2000);
		table.host({ type: 'stakeStar', playerId: 'p2' }, 2000);
		table.host({ type: 'next' }, 3000);
		table.answer('p1', 3, 4000);
		table.host({ type: 'reveal' }, 5000);
		expect(table.score('p1')).toBe(-30);
		expect(table.score('p2')).toBe(-30);
	});

	test('once per player in the segment, staked before the question opens', () => {
		const table = finalGame();
		table.host({ type: 'stakeStar', playerId: 'p1' }, 2000);
		expect(table.host({ type: 'stakeStar', playerId: 'p1' }, 2100).refusal).toBe('starUsed');
		table.host({ type: 'next' }, 3000);
		expect(table.host({ type: 'stakeStar', playerId: 'p2' }, 3500).refusal).toBe('betweenQuestionsOnly');
		table.host({ type: 'reveal' }, 4000);
		expect(table.host({ type: 'stakeStar', playerId: 'p1' }, 5000).refusal).toBe('starUsed');
		expect(table.host({ type: 'stakeStar', playerId: 'p2' }, 5000).refusal).toBeNull();
	});

	test('only ahead of a về đích question', () => {
		const table = new Table(makeGame([{ kind: 'knowledge', questions: [singleQuestion(1), singleQuestion(2)] }]));
		table.seat(1);
		expect(table.host({ type: 'stakeStar', playerId: 'p1' }, 0).refusal).toBe('noFinalQuestion');
	});

	test("on a contestant's turn only they answer, and a star staked by another stays unused", () => {
		const table = finalGame();
		table.host({ type: 'stakeStar', playerId: 'p2' }, 2000);
		table.host({ type: 'next', respondentId: 'p1' }, 3000);
		expect(table.state.current!.stars).toEqual([]);
		expect(table.answer('p2', 0, 4000).refusal).toBe('notYourTurn');
		const { effects } = table.answer('p1', 0, 4000);
		expect(ofType(effects, 'questionLocked')).toHaveLength(1); // the one expected answer is in
		table.host({ type: 'reveal' }, 5000);
		expect(table.score('p1')).toBe(30);
		expect(table.playerOf('p2')?.starSegments).toEqual([]);
		expect(table.host({ type: 'stakeStar', playerId: 'p2' }, 6000).refusal).toBeNull();
	});

	test('a skipped question gives its stars back', () => {
		const table = finalGame();
		table.host({ type: 'stakeStar', playerId: 'p1' }, 2000);
		table.host({ type: 'next' }, 3000);
		expect(table.playerOf('p1')?.starSegments).toEqual([1]);
		table.host({ type: 'skip' }, 4000);
		expect(table.playerOf('p1')?.starSegments).toEqual([]);
	});
});

describe('rung chuông vàng', () => {
	function elimination(players = 4) {
		const table = new Table(makeGame([{ kind: 'elimination', questions: [1, 2, 3].map((v) => singleQuestion(v, 0, { points: 10 })) }]));
		table.seat(players);
		table.host({ type: 'start' }, 0);
		return table;
	}

	test('a wrong or missing answer puts the player out', () => {
		const table = elimination();
		table.answer('p1', 0, 1000);
		table.answer('p2', 1, 1000);
		table.answer('p3', 0, 1000);
		const { effects } = table.host({ type: 'reveal' }, 30_000);
		expect(ofType(effects, 'playerResult').map((r) => [r.playerId, r.eliminated])).toEqual([
			['p1', false],
			['p2', true],
			['p3', false],
			['p4', true]
		]);
	});

	test('the eliminated cannot answer, and the auto-lock waits only for those still in', () => {
		const table = elimination();
		table.answer('p1', 0, 1000);
		table.answer('p2', 0, 1000);
		table.host({ type: 'reveal' }, 30_000);
		table.host({ type: 'next' }, 31_000);
		expect(table.answer('p3', 0, 32_000).refusal).toBe('eliminated');
		expect(ofType(table.answer('p1', 0, 32_000).effects, 'counters')[0]).toMatchObject({ answered: 1, expected: 2 });
		table.answer('p2', 0, 33_000);
		expect(table.state.phase).toBe('locked');
		const results = ofType(table.host({ type: 'reveal' }, 34_000).effects, 'playerResult');
		expect(results.find((r) => r.playerId === 'p3')).toMatchObject({ correct: null, points: 0, eliminated: true });
	});

	test('the host brings players back between questions, and the audit log says so', () => {
		const table = elimination();
		table.answer('p1', 0, 1000);
		expect(table.host({ type: 'rescue' }, 2000).refusal).toBe('betweenQuestionsOnly');
		table.host({ type: 'reveal' }, 30_000);
		const { effects } = table.host({ type: 'rescue', playerIds: ['p2'] }, 31_000);
		expect(ofType(effects, 'playerStatus')).toEqual([{ type: 'playerStatus', to: { player: 'p2' }, score: 0, eliminated: false }]);
		expect(table.state.audit).toEqual([
			{ kind: 'rescue', at: 31_000, by: 'mc', playerId: 'p2', playerName: 'Thí sinh p2', delta: 0, reason: '' }
		]);
		table.host({ type: 'rescue' }, 32_000);
		expect(playerList(table.state).every((p) => !p.eliminated)).toBe(true);
		expect(table.host({ type: 'rescue' }, 33_000).refusal).toBe('nobodyEliminated');
		expect(table.host({ type: 'rescue', playerIds: ['ghost'] }, 33_000).refusal).toBe('unknownPlayer');
		table.host({ type: 'next' }, 34_000);
		expect(table.answer('p2', 0, 35_000).refusal).toBeNull();
	});
});

describe('rung chuông vàng when one question would put out everyone still in', () => {
	function elimination(allOut?: 'revive' | 'host', players = 3) {
		const table = new Table(
			makeGame([{ kind: 'elimination', allOut, questions: [1, 2, 3].map((v) => singleQuestion(v, 0, { points: 10 })) }])
		);
		table.seat(players);
		table.host({ type: 'start' }, 0);
		return table;
	}
	/** p1 out on the first question, then p2 and p3 both wrong on the second. */
	function wipeOut(table: Table) {
		table.answer('p2', 0, 1000);
		table.answer('p3', 0, 1000);
		table.host({ type: 'reveal' }, 30_000);
		table.host({ type: 'next' }, 31_000);
		table.answer('p2', 1, 32_000);
		table.answer('p3', 2, 32_000);
		return table.host({ type: 'reveal' }, 33_000);
	}

	test('the television rule (and a game stored without the setting) brings that whole wave back', () => {
		for (const table of [elimination('revive'), elimination()]) {
			const { effects } = wipeOut(table);
			expect(ofType(effects, 'reveal')[0].revived).toBe(true);
			expect(ofType(effects, 'playerResult').map((r) => [r.playerId, r.eliminated])).toEqual([
				['p1', true],
				['p2', false],
				['p3', false]
			]);
			expect(screenView(table.state).survivors).toMatchObject({ count: 2, total: 3, decided: false });
			expect(table.host({ type: 'next' }, 34_000).refusal).toBeNull();
		}
	});

	test("under the MC's rule the wave is out and nothing goes on until the MC rescues", () => {
		const table = elimination('host');
		wipeOut(table);
		expect(hostView(table.state).allOut?.map((p) => p.id)).toEqual(['p2', 'p3']);
		expect(table.host({ type: 'next' }, 34_000).refusal).toBe('allOutPending');
		expect(table.host({ type: 'rescue', playerIds: ['p3'] }, 35_000).refusal).toBeNull();
		expect(hostView(table.state).allOut).toBeNull();
		expect(table.host({ type: 'next' }, 36_000).refusal).toBeNull();
		expect(table.current.tally.expected).toBe(1);
	});

	test('a question never opens to nobody', () => {
		const table = elimination('host');
		wipeOut(table);
		table.host({ type: 'end' }, 34_000);
		const empty = elimination('host', 1);
		empty.host({ type: 'reveal' }, 30_000); // p1 did not answer, and is out
		empty.host({ type: 'rescue' }, 30_500);
		empty.host({ type: 'removePlayer', playerId: 'p1' }, 31_000);
		expect(empty.host({ type: 'next' }, 32_000).refusal).toBe('nobodyLeft');
	});

	test('after the last question of the part the ones still standing are named', () => {
		const table = elimination('revive');
		table.answer('p1', 0, 1000);
		table.answer('p2', 0, 1000);
		table.host({ type: 'reveal' }, 30_000);
		table.host({ type: 'next' }, 31_000);
		table.answer('p1', 0, 32_000);
		table.answer('p2', 0, 32_000);
		table.host({ type: 'reveal' }, 33_000);
		expect(screenView(table.state).survivors?.decided).toBe(false);
		table.host({ type: 'next' }, 34_000);
		table.answer('p1', 0, 35_000);
		table.answer('p2', 1, 35_000);
		table.host({ type: 'reveal' }, 36_000);
		expect(screenView(table.state).survivors).toMatchObject({ count: 1, decided: true, names: [{ id: 'p1' }] });
	});

	test('the log replays to the same state', () => {
		const table = elimination('host');
		wipeOut(table);
		table.host({ type: 'rescue' }, 35_000);
		expect(replay(createGame(table.state.config), table.log)).toEqual(table.state);
	});
});

describe('ngôi sao hy vọng staked by the contestant', () => {
	function ownStars() {
		const table = new Table(
			makeGame([
				{ kind: 'knowledge', questions: [singleQuestion(1, 0)] },
				{ kind: 'final', starBy: 'player', questions: [singleQuestion(2, 0, { points: 30 }), singleQuestion(3, 0, { points: 30 })] }
			])
		);
		table.seat(2);
		table.host({ type: 'start' }, 0);
		return table;
	}

	test('the reveal before a về đích question offers each contestant their star and its stake', () => {
		const table = ownStars();
		const { effects } = table.host({ type: 'reveal' }, 1000);
		expect(ofType(effects, 'starOffer')).toEqual([
			{ type: 'starOffer', to: { player: 'p1' }, stake: 30 },
			{ type: 'starOffer', to: { player: 'p2' }, stake: 30 }
		]);
		expect(playerView(table.state, 'p1').me).toMatchObject({ starOwn: true, starStake: 30 });
	});

	test('the contestant stakes it on the phone, the MC cannot, and it counts double', () => {
		const table = ownStars();
		table.host({ type: 'reveal' }, 1000);
		expect(table.host({ type: 'stakeStar', playerId: 'p1' }, 1500).refusal).toBe('starByPlayer');
		expect(table.player('p1', { type: 'stakeOwnStar' }, 2000).refusal).toBeNull();
		expect(table.player('p1', { type: 'stakeOwnStar' }, 2100).refusal).toBe('starUsed');
		table.host({ type: 'next' }, 3000);
		expect(table.player('p2', { type: 'stakeOwnStar' }, 3500).refusal).toBe('betweenQuestionsOnly');
		table.answer('p1', 0, 4000);
		table.answer('p2', 0, 4000);
		table.host({ type: 'reveal' }, 5000);
		expect([table.score('p1'), table.score('p2')]).toEqual([60, 30]);
		// p1 has spent theirs: only p2 is offered one for the last question.
		expect(playerView(table.state, 'p1').me?.starOwn).toBe(false);
		expect(playerView(table.state, 'p2').me?.starOwn).toBe(true);
	});

	test('where the MC stakes, a contestant cannot', () => {
		const table = new Table(makeGame([{ kind: 'final', questions: [singleQuestion(1), singleQuestion(2)] }]));
		table.seat(1);
		expect(table.player('p1', { type: 'stakeOwnStar' }, 0).refusal).toBe('starByHost');
		expect(table.host({ type: 'stakeStar', playerId: 'p1' }, 0).refusal).toBeNull();
	});
});
