import { describe, expect, test } from 'vitest';
import { MAX_NAME } from './people';
import { playerList } from './state';
import type { Command } from './events';
import { makeGame, ofType, singleQuestion, Table } from './spec-support';

/** Players joining and leaving, the host's corrections and removals, and who may send what. */
function game() {
	return new Table(makeGame([{ kind: 'knowledge', questions: [singleQuestion(1, 0), singleQuestion(2, 0)] }]));
}

describe('joining', () => {
	test('a player joins with a name and a unit; the staff hear of it', () => {
		const table = game();
		const { effects } = table.player(
			'u-17',
			{ type: 'join', name: '  Nguyễn   Văn An ', unit: 'UBND xã Tân Thạch', team: 'Châu Thành' },
			0
		);
		expect(effects).toEqual([
			{
				type: 'playerJoined',
				to: 'staff',
				player: { id: 'u-17', name: 'Nguyễn Văn An', unit: 'UBND xã Tân Thạch', team: 'Châu Thành' },
				players: 1
			}
		]);
		expect(table.playerOf('u-17')).toMatchObject({ joinSeq: 1, away: null, eliminated: false, score: 0 });
	});

	test('joining again with the same identity is the same player, reconnected', () => {
		const table = game();
		table.player('p1', { type: 'join', name: 'An' }, 0);
		table.player('p1', { type: 'leave' }, 1000);
		const again = table.player('p1', { type: 'join', name: 'Tên khác' }, 2000);
		expect(again.effects).toEqual([{ type: 'presence', to: 'staff', playerId: 'p1', connected: true, players: 1 }]);
		expect(playerList(table.state).map((p) => p.id)).toEqual(['p1']);
		expect(table.playerOf('p1')?.name).toBe('An');
		expect(table.player('p1', { type: 'join', name: 'An' }, 3000).effects).toEqual([]);
	});

	test('a blank or overlong name is refused', () => {
		const table = game();
		expect(table.player('p1', { type: 'join', name: '   ' }, 0).refusal).toBe('invalidName');
		expect(table.player('p1', { type: 'join', name: 'x'.repeat(MAX_NAME + 1) }, 0).refusal).toBe('invalidName');
		expect(table.player('p2', { type: 'join', name: 'Nguyễn '.repeat(17).trim() }, 0).refusal).toBeNull();
		expect(table.player('p1', { type: 'join', name: 42 as unknown as string }, 0).refusal).toBe('invalidName');
	});

	test('a late joiner can answer the question already running', () => {
		const table = game();
		table.seat(1);
		table.host({ type: 'start' }, 0);
		const { effects } = table.player('late', { type: 'join', name: 'Đến muộn' }, 5000);
		expect(ofType(effects, 'counters')[0]).toMatchObject({ answered: 0, expected: 2 });
		expect(table.answer('late', 0, 6000).refusal).toBeNull();
	});
});

describe('leaving and reconnecting', () => {
	test('the staff see who is connected; repeating the same news changes nothing', () => {
		const table = game();
		table.seat(2);
		expect(table.player('p1', { type: 'leave' }, 1000).effects).toEqual([
			{ type: 'presence', to: 'staff', playerId: 'p1', connected: false, players: 2 }
		]);
		expect(table.player('p1', { type: 'leave' }, 1100).effects).toEqual([]);
		expect(table.player('p1', { type: 'reconnect' }, 2000).effects[0]).toMatchObject({ connected: true });
		expect(table.player('ghost', { type: 'reconnect' }, 2000).refusal).toBe('unknownPlayer');
	});

	test('a disconnected player keeps their answer and their score', () => {
		const table = game();
		table.seat(2);
		table.host({ type: 'start' }, 0);
		table.answer('p1', 0, 1000);
		table.player('p1', { type: 'leave' }, 2000);
		table.host({ type: 'reveal' }, 3000);
		expect(table.score('p1')).toBe(100);
	});
});

describe('score adjustment', () => {
	test('needs a reason and goes into the audit log with who, when and how much', () => {
		const table = game();
		table.seat(2);
		expect(table.host({ type: 'adjustScore', playerId: 'p1', delta: 10, reason: '  ' }, 1000).refusal).toBe('reasonRequired');
		const { effects } = table.host({ type: 'adjustScore', playerId: 'p1', delta: 10, reason: 'Đáp án câu 3 được chấp nhận' }, 1000);
		const entry = {
			kind: 'adjust',
			at: 1000,
			by: 'mc',
			playerId: 'p1',
			playerName: 'Thí sinh p1',
			delta: 10,
			reason: 'Đáp án câu 3 được chấp nhận'
		};
		expect(effects).toEqual([
			{ type: 'audit', entry },
			{
				type: 'playerStatus',
				to: { player: 'p1' },
				score: 10,
				eliminated: false,
				adjustment: { delta: 10, reason: 'Đáp án câu 3 được chấp nhận' }
			}
		]);
		table.host({ type: 'adjustScore', playerId: 'p1', delta: -2.5, reason: 'Vi phạm quy chế' }, 2000);
		expect(table.score('p1')).toBe(7.5);
		expect(table.state.audit.map((a) => a.delta)).toEqual([10, -2.5]);
	});

	test('refuses a zero, a non-number or an absurd amount, and an unknown player', () => {
		const table = game();
		table.seat(1);
		for (const delta of [0, Number.NaN, Infinity, 1e9, 0.001]) {
			expect(table.host({ type: 'adjustScore', playerId: 'p1', delta, reason: 'x' }, 0).refusal).toBe('invalidDelta');
		}
		expect(table.host({ type: 'adjustScore', playerId: 'nobody', delta: 5, reason: 'x' }, 0).refusal).toBe('unknownPlayer');
		expect(table.state.audit).toEqual([]);
	});

	test('redraws the leaderboard on show', () => {
		const table = game();
		table.seat(2);
		table.host({ type: 'start' }, 0);
		table.host({ type: 'reveal' }, 1000);
		table.host({ type: 'showLeaderboard' }, 2000);
		const { effects } = table.host({ type: 'adjustScore', playerId: 'p2', delta: 5, reason: 'Bổ sung' }, 3000);
		expect(ofType(effects, 'leaderboard')[0].rows.map((r) => r.playerId)).toEqual(['p2', 'p1']);
	});
});

describe('removing a player', () => {
	test('takes them out of the counts, the ranking and the game, keeps them on record, and refuses their return', () => {
		const table = game();
		table.seat(3);
		table.host({ type: 'start' }, 0);
		table.answer('p2', 0, 1000);
		const { effects } = table.host({ type: 'removePlayer', playerId: 'p2', reason: 'Dùng tài liệu' }, 2000);
		expect(effects.map((e) => e.type)).toEqual(['audit', 'removed', 'presence', 'counters']);
		expect(ofType(effects, 'removed')[0]).toEqual({ type: 'removed', to: { player: 'p2' }, reason: 'Dùng tài liệu' });
		expect(ofType(effects, 'counters')[0]).toMatchObject({ answered: 0, expected: 2 });
		expect(table.playerOf('p2')).toBeUndefined();
		expect(table.state.removed[0]).toMatchObject({ id: 'p2', removedAt: 2000, removedBy: 'mc', reason: 'Dùng tài liệu' });
		expect(table.state.audit[0]).toMatchObject({ kind: 'remove', playerId: 'p2', reason: 'Dùng tài liệu' });
		expect(table.player('p2', { type: 'join', name: 'Quay lại' }, 3000).refusal).toBe('removed');
		expect(table.answer('p2', 0, 3000).refusal).toBe('removed');
		const results = ofType(table.host({ type: 'reveal' }, 4000).effects, 'playerResult');
		expect(results.map((r) => r.playerId)).toEqual(['p1', 'p3']);
	});

	test('can complete the answers and lock the question', () => {
		const table = game();
		table.seat(2);
		table.host({ type: 'start' }, 0);
		table.answer('p1', 0, 1000);
		table.host({ type: 'removePlayer', playerId: 'p2' }, 2000);
		expect(table.state.phase).toBe('locked');
	});
});

describe('roles', () => {
	const hostCommands: Command[] = [
		{ type: 'start' },
		{ type: 'next' },
		{ type: 'pause' },
		{ type: 'resume' },
		{ type: 'extend', seconds: 10 },
		{ type: 'skip' },
		{ type: 'lock' },
		{ type: 'reveal' },
		{ type: 'showLeaderboard' },
		{ type: 'end' },
		{ type: 'adjustScore', playerId: 'p1', delta: 100, reason: 'tự cộng' },
		{ type: 'removePlayer', playerId: 'p2' },
		{ type: 'rescue' },
		{ type: 'markBuzz', playerId: 'p1', correct: true },
		{ type: 'stakeStar', playerId: 'p1' }
	];

	test('a player can never act as the host', () => {
		const table = game();
		table.seat(2);
		for (const command of hostCommands) expect(table.player('p1', command, 0).refusal).toBe('forbidden');
		expect(table.state.phase).toBe('lobby');
		expect(table.score('p1')).toBe(0);
	});

	test('a judge can never act as the host or a player', () => {
		const table = game();
		table.seat(1);
		for (const command of hostCommands) expect(table.judge('j1', command, 0).refusal).toBe('forbidden');
		expect(table.judge('j1', { type: 'join', name: 'GK' }, 0).refusal).toBe('forbidden');
	});

	test('the host cannot answer for a player', () => {
		const table = game();
		table.seat(1);
		table.host({ type: 'start' }, 0);
		const result = table.host({ type: 'answer', answerId: 'a', position: table.position, response: { choice: 0 } }, 100);
		expect(result.refusal).toBe('forbidden');
	});

	test('an unknown event type is refused, not thrown', () => {
		const table = game();
		expect(table.host({ type: 'launchFireworks' } as unknown as Command, 0).refusal).toBe('forbidden');
	});
});
