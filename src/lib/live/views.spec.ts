import { describe, expect, test } from 'vitest';
import { makeGame, singleQuestion, situationQuestion, Table } from './spec-support';
import { findPlayers, HOST_ROSTER_SHOWN, hostView, judgeView, playerView, screenView } from './views';

function game() {
	const table = new Table(
		makeGame([
			{ kind: 'knowledge', questions: [singleQuestion(1, 2), singleQuestion(2, 0)] },
			{ kind: 'buzzer', questions: [singleQuestion(3, 1)] },
			{ kind: 'situation', questions: [situationQuestion(4)] },
			{ kind: 'final', questions: [singleQuestion(5, 0)] }
		])
	);
	table.seat(3);
	table.host({ type: 'start' }, 1000);
	return table;
}

const leaksKey = (view: unknown) => /"key"|"correct"|"accepted"/.test(JSON.stringify(view));

describe('playerView', () => {
	test("shows the question in full, the time and the player's own answer, never the key before the reveal", () => {
		const table = game();
		table.answer('p1', 3, 2000, 'a-1');
		const view = playerView(table.state, 'p1');
		expect(view.question?.question.display).toEqual({
			type: 'single',
			options: ['Phương án A', 'Phương án B', 'Phương án C', 'Phương án D']
		});
		expect(view.question).toMatchObject({ opensAt: 1000, closesAt: 21_000 });
		expect(view.myAnswer).toEqual({ answerId: 'a-1', response: { choice: 3 } });
		expect(view.me).toMatchObject({ id: 'p1', score: 0, rank: 1, eliminated: false });
		expect(view.reveal).toBeNull();
		expect(leaksKey(view)).toBe(false);
		table.host({ type: 'lock' }, 3000);
		expect(leaksKey(playerView(table.state, 'p1'))).toBe(false);
	});

	test("after the reveal shows the key, the distribution and the player's own result", () => {
		const table = game();
		table.answer('p1', 2, 2000);
		table.host({ type: 'reveal' }, 3000);
		const view = playerView(table.state, 'p1');
		expect(view.reveal).toMatchObject({ key: { type: 'single', correct: 2 }, mine: { correct: true, points: 100 } });
		expect(view.reveal?.distribution?.byOption).toEqual([0, 0, 1, 0]);
		expect(view.me?.score).toBe(100);
	});

	test('a paused question tells how much time is left', () => {
		const table = game();
		table.host({ type: 'pause' }, 6000);
		expect(playerView(table.state, 'p2')).toMatchObject({ phase: 'paused', remainingMs: 15_000 });
	});

	test('the leaderboard and the podium show when they are on', () => {
		const table = game();
		table.host({ type: 'reveal' }, 2000);
		expect(playerView(table.state, 'p1').leaderboard).toBeNull();
		table.host({ type: 'showLeaderboard' }, 3000);
		expect(playerView(table.state, 'p1').leaderboard).toHaveLength(3);
		table.host({ type: 'end' }, 4000);
		expect(playerView(table.state, 'p1').podium).toHaveLength(3);
	});

	test('a removed player learns only that', () => {
		const table = game();
		table.host({ type: 'removePlayer', playerId: 'p3' }, 2000);
		expect(playerView(table.state, 'p3')).toMatchObject({ removed: true, me: null, question: null, myAnswer: null });
	});

	test('tells a buzzer player their place in the queue', () => {
		const table = game();
		table.host({ type: 'skip' }, 2000);
		table.host({ type: 'skip' }, 3000);
		table.player('p2', { type: 'buzz', position: table.position }, 4000);
		table.player('p1', { type: 'buzz', position: table.position }, 4100);
		expect(playerView(table.state, 'p1').myBuzz).toEqual({ place: 2, wrong: false, floorUntil: null, won: false });
		expect(playerView(table.state, 'p3').myBuzz).toEqual({ place: null, wrong: false, floorUntil: null, won: false });
	});

	test('offers the star ahead of a về đích question', () => {
		const table = new Table(makeGame([{ kind: 'final', questions: [singleQuestion(1), singleQuestion(2)] }]));
		table.seat(2);
		expect(playerView(table.state, 'p1').me).toMatchObject({ starAvailable: true, starStaked: false });
		table.host({ type: 'stakeStar', playerId: 'p1' }, 0);
		expect(playerView(table.state, 'p1').me).toMatchObject({ starAvailable: false, starStaked: true });
	});
});

describe('screenView', () => {
	test('the lobby shows who joined, latest first', () => {
		const table = new Table(makeGame([{ kind: 'knowledge', questions: [singleQuestion(1)] }]));
		table.seat(3);
		expect(screenView(table.state).lobby?.map((p) => p.id)).toEqual(['p3', 'p2', 'p1']);
		expect(screenView(table.state)).toMatchObject({ players: 3, connected: 3 });
	});

	test('during a question: the answered count, never the key', () => {
		const table = game();
		table.answer('p1', 0, 2000);
		const view = screenView(table.state);
		expect(view.counters).toEqual({ answered: 1, expected: 3 });
		expect(view.lobby).toBeNull();
		expect(leaksKey(view)).toBe(false);
		table.host({ type: 'reveal' }, 3000);
		expect(screenView(table.state).reveal?.key).toEqual({ type: 'single', correct: 2 });
	});

	test('the buzz queue by name', () => {
		const table = game();
		table.host({ type: 'skip' }, 2000);
		table.host({ type: 'skip' }, 3000);
		table.player('p3', { type: 'buzz', position: table.position }, 4000);
		expect(screenView(table.state).buzz).toEqual({
			queue: [{ id: 'p3', name: 'Thí sinh p3' }],
			length: 1,
			winner: null,
			wrong: [],
			floor: null,
			penalty: 0
		});
	});

	test("judging progress without the judges' points until the result", () => {
		const table = game();
		for (const at of [2000, 3000, 4000]) table.host({ type: 'skip', respondentId: 'p1' }, at);
		table.judge('j1', { type: 'judgeScore', position: table.position, scores: [9, 4] }, 5000);
		const view = screenView(table.state);
		expect(view.judging).toEqual({ scored: 1, judges: 3 });
		expect(JSON.stringify(view)).not.toContain('"total"');
	});

	test('rung chuông vàng: who is still in, by name, and how many of how many; a rescue brings them back', () => {
		const table = new Table(makeGame([{ kind: 'elimination', questions: [singleQuestion(1, 2), singleQuestion(2, 0)] }]));
		table.seat(3);
		table.host({ type: 'start' }, 1000);
		expect(screenView(table.state).survivors).toMatchObject({ count: 3, total: 3 });
		table.answer('p1', 2, 2000);
		table.answer('p2', 0, 2000);
		table.answer('p3', 2, 2000);
		table.host({ type: 'reveal' }, 3000);
		const left = screenView(table.state).survivors;
		expect(left).toMatchObject({ count: 2, total: 3 });
		expect(left?.names.map((p) => p.name)).toEqual(['Thí sinh p1', 'Thí sinh p3']);
		table.host({ type: 'rescue', playerIds: ['p2'] }, 4000);
		expect(screenView(table.state).survivors?.count).toBe(3);
		// Other parts have nobody to count out.
		expect(screenView(game().state).survivors).toBeNull();
	});
});

describe('hostView', () => {
	test('holds the key, the roster with ranks and answers, and the audit log', () => {
		const table = game();
		table.answer('p2', 2, 2000);
		table.host({ type: 'adjustScore', playerId: 'p3', delta: 5, reason: 'Thưởng' }, 2500);
		const view = hostView(table.state);
		expect(view.key).toEqual({ type: 'single', correct: 2 });
		expect(view.roster.map((r) => [r.id, r.rank, r.answered])).toEqual([
			['p3', 1, false],
			['p1', 2, false],
			['p2', 2, true]
		]);
		expect(view.audit).toHaveLength(1);
	});

	test('names who lost their connection and since when, the latest first, with the grace period the lock gives them', () => {
		const table = game();
		table.answer('p1', 2, 1500);
		table.player('p1', { type: 'leave' }, 2000);
		table.player('p3', { type: 'leave' }, 3000);
		const view = hostView(table.state);
		expect(view.away.map((a) => [a.id, a.since, a.answered])).toEqual([
			['p3', 3000, false],
			['p1', 2000, true]
		]);
		expect(view.graceSec).toBe(10);
		expect(view.roster.find((r) => r.id === 'p3')?.awaySince).toBe(3000);
		expect(view.connected).toBe(1);
		table.player('p3', { type: 'reconnect' }, 4000);
		expect(hostView(table.state).away.map((a) => a.id)).toEqual(['p1']);
	});

	test('lists the best players only in a big hall; the host finds anyone else by name, diacritics ignored', () => {
		const table = new Table(makeGame([{ kind: 'final', questions: [singleQuestion(1, 2)] }]));
		table.seat(HOST_ROSTER_SHOWN + 50);
		table.player('p-hai-au', { type: 'join', name: 'Hải Âu', unit: 'Xã Phú Túc' }, 0);
		table.host({ type: 'adjustScore', playerId: 'p-hai-au', delta: -1, reason: 'Nhắc nhở' }, 10);
		const view = hostView(table.state);
		expect(view.players).toBe(HOST_ROSTER_SHOWN + 51);
		expect(view.roster).toHaveLength(HOST_ROSTER_SHOWN);
		expect(view.roster.some((r) => r.id === 'p-hai-au')).toBe(false);
		expect(findPlayers(table.state, 'hai au')).toEqual([
			expect.objectContaining({ id: 'p-hai-au', rank: HOST_ROSTER_SHOWN + 51, score: -1 })
		]);
		expect(findPlayers(table.state, 'phu tuc').map((r) => r.id)).toEqual(['p-hai-au']);
		expect(findPlayers(table.state, 'thí sinh')).toHaveLength(20);
		// A star staked on a player found by name is named on the console too.
		expect(table.host({ type: 'stakeStar', playerId: 'p-hai-au' }, 20).refusal).toBeNull();
		expect(hostView(table.state).names).toEqual({ 'p-hai-au': 'Hải Âu' });
	});
});

describe('judgeView', () => {
	test("shows the situation, the contestant and the judge's own scores, closed after the result", () => {
		const table = new Table(makeGame([{ kind: 'situation', questions: [situationQuestion(1)] }], [{ id: 'j1', name: 'GK' }]));
		table.seat(1);
		table.host({ type: 'start', respondentId: 'p1' }, 0);
		table.judge('j1', { type: 'judgeScore', position: table.position, scores: [7, 3] }, 1000);
		expect(judgeView(table.state, 'j1')).toMatchObject({ respondent: { id: 'p1' }, myScores: [7, 3], closed: false });
		expect(judgeView(table.state, 'j1').question?.question.display).toMatchObject({ type: 'situation' });
		table.host({ type: 'lock' }, 2000);
		// Every judge has scored, but the result waits for the MC: a slip can still be fixed.
		expect(judgeView(table.state, 'j1').closed).toBe(false);
		table.host({ type: 'reveal' }, 3000);
		expect(judgeView(table.state, 'j1').closed).toBe(true);
	});
});
