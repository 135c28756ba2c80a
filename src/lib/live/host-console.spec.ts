import { describe, expect, test } from 'vitest';
import { availableCommands, starsOpen, takesRespondent, upcomingKind } from './host-console';
import { makeGame, singleQuestion, situationQuestion, Table } from './spec-support';
import { hostView } from './views';

const SEGMENTS = [
	{ kind: 'knowledge' as const, count: 2 },
	{ kind: 'situation' as const, count: 1 },
	{ kind: 'final' as const, count: 1 }
];

function game() {
	const table = new Table(
		makeGame([
			{ kind: 'knowledge', questions: [singleQuestion(1), singleQuestion(2)] },
			{ kind: 'situation', questions: [situationQuestion(3)] },
			{ kind: 'final', questions: [singleQuestion(4)] }
		])
	);
	table.seat(2);
	return table;
}
const commands = (table: Table) => [...availableCommands(hostView(table.state))].sort();

describe('the host console', () => {
	test('offers the commands the game accepts at each moment', () => {
		const table = game();
		expect(commands(table)).toEqual(['end', 'start']);
		table.host({ type: 'start' }, 1000);
		expect(commands(table)).toEqual(['end', 'extend', 'lock', 'pause', 'reveal', 'skip']);
		table.host({ type: 'pause' }, 2000);
		expect(commands(table)).toEqual(['end', 'extend', 'resume', 'skip']);
		table.host({ type: 'resume' }, 3000);
		table.host({ type: 'reveal' }, 4000);
		expect(commands(table)).toEqual(['end', 'next', 'pause', 'showLeaderboard']);
		table.host({ type: 'showLeaderboard' }, 5000);
		expect(commands(table)).toEqual(['end', 'next', 'pause']);
		table.host({ type: 'end' }, 6000);
		expect(commands(table)).toEqual([]);
	});

	test('knows what "next" opens, and asks for the contestant on a situation', () => {
		const table = game();
		expect(upcomingKind(hostView(table.state), SEGMENTS)).toBe('knowledge');
		table.host({ type: 'start' }, 1000);
		expect(upcomingKind(hostView(table.state), SEGMENTS)).toBe('knowledge');
		table.host({ type: 'reveal' }, 2000);
		table.host({ type: 'next' }, 3000);
		table.host({ type: 'reveal' }, 4000);
		const view = hostView(table.state);
		expect(upcomingKind(view, SEGMENTS)).toBe('situation');
		expect(takesRespondent(upcomingKind(view, SEGMENTS))).toBe(true);
		expect(starsOpen(view, SEGMENTS)).toBe(false);
		table.host({ type: 'next', respondentId: 'p1' }, 5000);
		for (const judge of ['j1', 'j2', 'j3']) table.judge(judge, { type: 'judgeScore', position: table.position, scores: [5, 5] }, 6000);
		table.host({ type: 'lock' }, 7000);
		// Before về đích, the ngôi sao hy vọng may be staked.
		expect(starsOpen(hostView(table.state), SEGMENTS)).toBe(true);
		table.host({ type: 'next' }, 8000);
		table.host({ type: 'reveal' }, 9000);
		expect(upcomingKind(hostView(table.state), SEGMENTS)).toBeNull();
	});
});
