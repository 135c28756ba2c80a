import { describe, expect, test } from 'vitest';
import {
	adjustment,
	auditDelta,
	availableCommands,
	commandFor,
	focusTarget,
	inPlay,
	judgesProgress,
	keyBelongsToFocus,
	listsEveryone,
	needsConfirmation,
	nextStep,
	playerName,
	rescueOffered,
	runSheet,
	shortcutCommand,
	starsOpen,
	takesRespondent,
	upcomingKind,
	verdictCommand
} from './host-console';
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
		table.host({ type: 'reveal' }, 7500);
		// Before về đích, the ngôi sao hy vọng may be staked.
		expect(starsOpen(hostView(table.state), SEGMENTS)).toBe(true);
		table.host({ type: 'next' }, 8000);
		table.host({ type: 'reveal' }, 9000);
		expect(upcomingKind(hostView(table.state), SEGMENTS)).toBeNull();
	});
});

describe("the host console's commands", () => {
	test('start, next and skip name the contestant chosen, and only when one is', () => {
		expect(commandFor('next', 'p2')).toEqual({ type: 'next', respondentId: 'p2' });
		expect(commandFor('skip', null)).toEqual({ type: 'skip' });
		expect(commandFor('start', null)).toEqual({ type: 'start' });
	});

	test('the extend button adds ten seconds; the others run as named', () => {
		expect(commandFor('extend', 'p2')).toEqual({ type: 'extend', seconds: 10 });
		expect(commandFor('reveal', 'p2')).toEqual({ type: 'reveal' });
	});

	test('a correction carries the number typed, and none at all for an empty or unreadable field', () => {
		expect(adjustment('p1', -2.5, 'Khiếu nại được chấp nhận')).toEqual({
			type: 'adjustScore',
			playerId: 'p1',
			delta: -2.5,
			reason: 'Khiếu nại được chấp nhận'
		});
		expect(adjustment('p1', '', 'x')).toMatchObject({ delta: 0 });
		expect(adjustment('p1', undefined, 'x')).toMatchObject({ delta: 0 });
	});
});

describe('the players the host console names', () => {
	const roster = [
		{ id: 'p1', name: 'Hải Âu', unit: null, team: null, rank: 1, score: 10, awaySince: null, eliminated: false, answered: false },
		{ id: 'p2', name: 'Sen Hồng', unit: null, team: null, rank: 2, score: 0, awaySince: null, eliminated: true, answered: false }
	];

	test('by the names the view gives, else from the roster, else none', () => {
		const view = { names: { p9: 'Chim Én' }, roster };
		expect(playerName(view, 'p9')).toBe('Chim Én');
		expect(playerName(view, 'p2')).toBe('Sen Hồng');
		expect(playerName(view, 'p7')).toBe('');
		expect(playerName(view, null)).toBe('');
	});

	test('lists everyone only when the roster holds every player', () => {
		expect(listsEveryone({ roster, players: 2 })).toBe(true);
		expect(listsEveryone({ roster, players: 2000 })).toBe(false);
	});

	test('offers only the players still in to answer or star', () => {
		expect(roster.filter(inPlay).map((p) => p.id)).toEqual(['p1']);
	});

	test("ticks the judges who have scored, and shows a correction's sign", () => {
		const judges = [
			{ id: 'j1', name: 'Giám khảo 1' },
			{ id: 'j2', name: 'Giám khảo 2' }
		];
		expect(judgesProgress(judges, ['j2'])).toBe('Giám khảo 1 …, Giám khảo 2 ✓');
		expect([5, -3, 2.5].map((delta) => auditDelta({ kind: 'adjust', delta }))).toEqual(['+5', '-3', '+2,5']);
		expect(auditDelta({ kind: 'rescue', delta: 0 })).toBe('');
	});
});

describe("the host console's keyboard shortcuts", () => {
	const press = (key: string, modifiers: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => ({
		key,
		ctrlKey: false,
		altKey: false,
		metaKey: false,
		...modifiers
	});
	const keyRuns = (table: Table, key: string, modifiers = {}) =>
		shortcutCommand(press(key, modifiers), availableCommands(hostView(table.state)));

	test("Space, the right arrow and a clicker's PageDown start the game, then open the next question once revealed", () => {
		const table = game();
		for (const key of [' ', 'ArrowRight', 'PageDown']) expect(keyRuns(table, key)).toBe('start');
		table.host({ type: 'start' }, 1000);
		expect(keyRuns(table, ' ')).toBeNull();
		table.host({ type: 'reveal' }, 2000);
		expect(keyRuns(table, 'ArrowRight')).toBe('next');
	});

	test('letters in either case run what the console offers: P pauses and resumes, L locks, R reveals, B shows the board, + adds time', () => {
		const table = game();
		expect(keyRuns(table, 'p')).toBeNull();
		table.host({ type: 'start' }, 1000);
		expect(['p', 'P', 'l', 'r', 'b', '+'].map((key) => keyRuns(table, key))).toEqual(['pause', 'pause', 'lock', 'reveal', null, 'extend']);
		table.host({ type: 'pause' }, 2000);
		expect(keyRuns(table, 'P')).toBe('resume');
		expect(keyRuns(table, '+')).toBe('extend');
		table.host({ type: 'resume' }, 3000);
		table.host({ type: 'lock' }, 4000);
		expect(['l', 'r'].map((key) => keyRuns(table, key))).toEqual([null, 'reveal']);
		table.host({ type: 'reveal' }, 5000);
		expect(keyRuns(table, 'B')).toBe('showLeaderboard');
	});

	test("leaves the browser's own shortcuts and other keys alone", () => {
		const table = game();
		table.host({ type: 'start' }, 1000);
		expect(keyRuns(table, 'r', { ctrlKey: true })).toBeNull();
		expect(keyRuns(table, 'p', { metaKey: true })).toBeNull();
		expect(keyRuns(table, 'l', { altKey: true })).toBeNull();
		for (const key of ['Enter', 'Escape', 'x', 's', '__proto__', 'constructor']) expect(keyRuns(table, key)).toBeNull();
		// K and E reach skip and the end, each of which the console then asks to confirm.
		expect(keyRuns(table, 'k')).toBe('skip');
		expect(keyRuns(table, 'E')).toBe('end');
	});

	test('never takes a key from a field being typed in, nor Space or Enter from a focused button', () => {
		const el = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable });
		for (const field of [el('INPUT'), el('TEXTAREA'), el('SELECT'), el('DIV', true)]) {
			expect(keyBelongsToFocus(field, 'r')).toBe(true);
			expect(keyBelongsToFocus(field, ' ')).toBe(true);
		}
		for (const control of [el('BUTTON'), el('A'), el('SUMMARY')]) {
			expect(keyBelongsToFocus(control, ' ')).toBe(true);
			expect(keyBelongsToFocus(control, 'Enter')).toBe(true);
			expect(keyBelongsToFocus(control, 'ArrowRight')).toBe(false);
			expect(keyBelongsToFocus(control, 'p')).toBe(false);
		}
		expect(keyBelongsToFocus(el('BODY'), ' ')).toBe(false);
		expect(keyBelongsToFocus(el('MAIN'), 'r')).toBe(false);
		expect(keyBelongsToFocus(null, ' ')).toBe(false);
	});
});

describe('what the phase needs, first', () => {
	const PARTS = [
		{ kind: 'knowledge' as const, title: 'Khởi động', count: 2 },
		{ kind: 'situation' as const, title: 'Xử lý tình huống', count: 1 },
		{ kind: 'final' as const, title: 'Về đích', count: 1 }
	];

	test('the run sheet shows where the game is, and "next" is named for where it goes', () => {
		const table = game();
		expect(nextStep(hostView(table.state), PARTS)).toEqual({ to: 'part', title: 'Khởi động', kind: 'knowledge' });
		table.host({ type: 'start' }, 1000);
		expect(runSheet(hostView(table.state), PARTS).map((p) => [p.state, p.at])).toEqual([
			['current', 1],
			['upcoming', null],
			['upcoming', null]
		]);
		expect(nextStep(hostView(table.state), PARTS)).toEqual({ to: 'question' });
		table.host({ type: 'reveal' }, 2000);
		table.host({ type: 'next' }, 3000);
		expect(nextStep(hostView(table.state), PARTS)).toEqual({ to: 'part', title: 'Xử lý tình huống', kind: 'situation' });
		table.host({ type: 'reveal' }, 4000);
		table.host({ type: 'next', respondentId: 'p1' }, 5000);
		expect(runSheet(hostView(table.state), PARTS).map((p) => p.state)).toEqual(['done', 'current', 'upcoming']);
	});

	test('a situation is revealed by the MC once every judge has scored', () => {
		const table = game();
		table.host({ type: 'start' }, 1000);
		table.host({ type: 'reveal' }, 2000);
		table.host({ type: 'next' }, 3000);
		table.host({ type: 'reveal' }, 4000);
		table.host({ type: 'next', respondentId: 'p1' }, 5000);
		table.host({ type: 'lock' }, 6000);
		expect(availableCommands(hostView(table.state)).has('reveal')).toBe(false);
		for (const judge of ['j1', 'j2', 'j3']) table.judge(judge, { type: 'judgeScore', position: table.position, scores: [5, 5] }, 7000);
		expect(availableCommands(hostView(table.state)).has('reveal')).toBe(true);
	});

	test('D and S give the verdict on the buzzer who has the floor, and nothing when nobody has it', () => {
		const table = new Table(makeGame([{ kind: 'buzzer', answerWindowSec: 5, questions: [singleQuestion(1)] }]));
		table.seat(2);
		table.host({ type: 'start' }, 1000);
		const press = (key: string) => ({ key, ctrlKey: false, altKey: false, metaKey: false });
		expect(verdictCommand(press('d'), hostView(table.state))).toBeNull();
		table.player('p2', { type: 'buzz', position: table.position }, 2000);
		expect(verdictCommand(press('d'), hostView(table.state))).toEqual({ type: 'markBuzz', playerId: 'p2', correct: true });
		expect(verdictCommand(press('S'), hostView(table.state))).toEqual({ type: 'markBuzz', playerId: 'p2', correct: false });
		expect(verdictCommand({ ...press('s'), ctrlKey: true }, hostView(table.state))).toBeNull();
		expect(focusTarget(press('c'))).toBe('respondent');
		expect(focusTarget(press('x'))).toBeNull();
	});

	test('skip and end ask first, and so does a start with nobody in; a rescue only when the engine takes it', () => {
		const table = new Table(makeGame([{ kind: 'elimination', questions: [singleQuestion(1), singleQuestion(2)] }]));
		expect(needsConfirmation('start', hostView(table.state))).toBe(true);
		table.seat(2);
		expect(needsConfirmation('start', hostView(table.state))).toBe(false);
		expect(needsConfirmation('skip', hostView(table.state))).toBe(true);
		expect(needsConfirmation('next', hostView(table.state))).toBe(false);
		table.host({ type: 'start' }, 0);
		table.answer('p1', 0, 1000);
		table.host({ type: 'reveal' }, 2000);
		expect(rescueOffered(hostView(table.state))).toBe(true);
		table.host({ type: 'next' }, 3000);
		expect(rescueOffered(hostView(table.state))).toBe(false);
	});
});
