import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isDeviceSegment, samePosition } from './config';
import type { Actor, Command, GameEvent } from './events';
import { reduce, replay } from './engine';
import { JUDGES, makeGame, singleQuestion, situationQuestion } from './spec-support';
import { answerOf, currentSegment, findPlayer, mayAnswer, playerCount, playerList, type GameState } from './state';
import { countTally } from './tally';
import { playerView, screenView } from './views';

/** Any sequence of events, sensible or not, sent by anyone. */
const game = (graceSec?: number) =>
	makeGame(
		[
			{
				kind: 'knowledge',
				pointsMode: 'speed',
				streakBonus: { step: 50, max: 150 },
				questions: [singleQuestion(1, 0, { timeLimitSec: 5 }), singleQuestion(2, 3)]
			},
			{ kind: 'buzzer', penalty: 10, questions: [singleQuestion(3, 1)] },
			{ kind: 'situation', dropExtremes: true, questions: [situationQuestion(4, { respondentId: 'p1' })] },
			{ kind: 'final', questions: [singleQuestion(5, 2), singleQuestion(6, 1)] },
			{ kind: 'elimination', questions: [singleQuestion(7, 0), singleQuestion(8, 1)] }
		],
		JUDGES,
		{ graceSec }
	);
const initial = game();

const playerIds = ['p1', 'p2', 'p3', 'p4', 'ghost'];
const someone = fc.constantFrom(...playerIds);
/** Resolved to the question running when the event is sent: most inputs are meant for it. */
const CURRENT = { segment: -1, question: -1 };
const position = fc.oneof(
	{ weight: 6, arbitrary: fc.constant(CURRENT) },
	{ weight: 2, arbitrary: fc.record({ segment: fc.integer({ min: 0, max: 4 }), question: fc.integer({ min: 0, max: 1 }) }) },
	{ weight: 1, arbitrary: fc.constant(null as unknown as { segment: number; question: number }) }
);
const junk = fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double(), fc.string(), fc.boolean(), fc.constant(null));

const playerCommands: fc.Arbitrary<Command> = fc.oneof(
	fc.record({ type: fc.constant('join' as const), name: fc.oneof(fc.constant('Thí sinh'), fc.string({ maxLength: 70 })) }),
	fc.constant({ type: 'leave' as const }),
	fc.constant({ type: 'reconnect' as const }),
	{ weight: 3, arbitrary: fc.record({ type: fc.constant('buzz' as const), position }) },
	{
		weight: 6,
		arbitrary: fc.record({
			type: fc.constant('answer' as const),
			answerId: fc.constantFrom('a1', 'a2', 'a3', '__proto__', ''),
			position,
			response: fc.oneof(
				{ weight: 6, arbitrary: fc.record({ choice: fc.integer({ min: 0, max: 3 }) }) },
				{ weight: 1, arbitrary: fc.record({ choice: junk }) },
				{ weight: 1, arbitrary: fc.record({ choices: fc.array(junk) }) },
				{ weight: 1, arbitrary: junk }
			)
		})
	}
);
const judgeCommands: fc.Arbitrary<Command> = fc.record({
	type: fc.constant('judgeScore' as const),
	position,
	scores: fc.oneof(
		{ weight: 4, arbitrary: fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 5 })) },
		{ weight: 1, arbitrary: fc.array(fc.oneof(fc.integer({ min: -1, max: 11 }), fc.double()), { maxLength: 3 }) }
	)
});
// Weighted so that games move on: most scripts play several segments, a few end early.
const hostCommands: fc.Arbitrary<Command> = fc.oneof(
	{ weight: 40, arbitrary: fc.constantFrom<Command>({ type: 'next' }, { type: 'reveal' }, { type: 'lock' }) },
	{ weight: 8, arbitrary: fc.record({ type: fc.constant('next' as const), respondentId: someone }) },
	{ weight: 12, arbitrary: fc.record({ type: fc.constant('markBuzz' as const), playerId: someone, correct: fc.boolean() }) },
	{ weight: 6, arbitrary: fc.record({ type: fc.constant('stakeStar' as const), playerId: someone }) },
	{ weight: 6, arbitrary: fc.constant<Command>({ type: 'resume' }) },
	{
		weight: 6,
		arbitrary: fc.constantFrom<Command>(
			{ type: 'start' },
			{ type: 'pause' },
			{ type: 'skip' },
			{ type: 'showLeaderboard' },
			{ type: 'rescue' }
		)
	},
	{ weight: 4, arbitrary: fc.record({ type: fc.constant('extend' as const), seconds: fc.integer({ min: -5, max: 200 }) }) },
	{
		weight: 4,
		arbitrary: fc.record({ type: fc.constant('adjustScore' as const), playerId: someone, delta: fc.double(), reason: fc.string() })
	},
	{ weight: 1, arbitrary: fc.record({ type: fc.constant('removePlayer' as const), playerId: someone }) },
	{ weight: 1, arbitrary: fc.constant<Command>({ type: 'end' }) }
);

// Mostly the right sender for the command; sometimes anyone at all.
const anyActor: fc.Arbitrary<Actor> = fc.oneof(
	fc.constant<Actor>({ role: 'host', id: 'mc' }),
	someone.map((id): Actor => ({ role: 'player', id })),
	fc.constantFrom('j1', 'j2', 'j3', 'jx').map((id): Actor => ({ role: 'judge', id })),
	fc.constant<Actor>({ role: 'system', id: 'clock' })
);
const step = fc.record({
	command: fc.oneof(
		{
			weight: 5,
			arbitrary: fc.tuple(
				playerCommands,
				someone.map((id): Actor => ({ role: 'player', id }))
			)
		},
		{
			weight: 2,
			arbitrary: fc.tuple(
				judgeCommands,
				fc.constantFrom('j1', 'j2', 'j3').map((id): Actor => ({ role: 'judge', id }))
			)
		},
		{ weight: 4, arbitrary: fc.tuple(hostCommands, fc.constant<Actor>({ role: 'host', id: 'mc' })) },
		{ weight: 2, arbitrary: fc.tuple(fc.constant<Command>({ type: 'tick' }), fc.constant<Actor>({ role: 'system', id: 'clock' })) },
		{ weight: 1, arbitrary: fc.tuple(fc.oneof(playerCommands, hostCommands, judgeCommands), anyActor) }
	),
	// Mostly forward, now and then a little back: receive times are not guaranteed to be ordered.
	elapse: fc.oneof(
		{ weight: 12, arbitrary: fc.integer({ min: 0, max: 2500 }) },
		{ weight: 2, arbitrary: fc.integer({ min: 2500, max: 40_000 }) },
		{ weight: 1, arbitrary: fc.integer({ min: -300, max: 0 }) }
	)
});
/** Four players join, then the host starts; what follows is random. */
const opening: GameEvent[] = [
	...['p1', 'p2', 'p3', 'p4'].map((id): GameEvent => ({ type: 'join', name: `Thí sinh ${id}`, by: { role: 'player', id }, at: 0 })),
	{ type: 'start', by: { role: 'host', id: 'mc' }, at: 0 }
];
const scripts = fc.array(step, { minLength: 20, maxLength: 250, size: 'medium' }).map((steps) => {
	let at = 0;
	return [
		...opening,
		...steps.map(({ command: [command, by], elapse }): GameEvent => ({ ...command, by, at: (at += elapse) }) as GameEvent)
	];
});

const resolve = (event: GameEvent, state: GameState): GameEvent =>
	'position' in event && event.position === CURRENT
		? { ...event, position: state.current?.position ?? { segment: 0, question: 0 } }
		: event;

/** Plays a script, naming the running question where the script says so; returns every state and the log as sent. */
function play(script: GameEvent[], from = initial): { states: GameState[]; log: GameEvent[]; refusals: (string | null)[] } {
	const states: GameState[] = [];
	const log: GameEvent[] = [];
	const refusals: (string | null)[] = [];
	let state = from;
	for (const event of script) {
		const sent = resolve(event, state);
		log.push(sent);
		const transition = reduce(state, sent);
		state = transition.state;
		states.push(state);
		refusals.push(transition.refusal);
	}
	return { states, log, refusals };
}

// A property named key or correct; a player who calls themselves "key" is only a value.
const EARLY_KEY = /"(key|correct)":/;

/** What must hold after every event; returns the broken rules (plain checks: thousands of states per run). */
function violations(state: GameState): string[] {
	const broken: string[] = [];
	const current = state.current;
	const players = playerList(state);
	if (current) {
		const answered = current.answers.flatMap((bucket) => Object.keys(bucket));
		if (current.answeredCount !== answered.length) broken.push('answeredCount differs from the answers');
		// Answers never outnumber the players; until the reveal, never those who may answer (after an
		// elimination reveal the answers stay while their authors are out).
		if (current.answeredCount > players.length) broken.push('more answers than players');
		if (!current.outcome && current.answeredCount > players.filter((p) => mayAnswer(state, p)).length)
			broken.push('more answers than may answer');
		if (!answered.every((id) => findPlayer(state, id))) broken.push('an answer from nobody');
		// The tally moved event by event equals a fresh count.
		if (!current.outcome && JSON.stringify(current.tally) !== JSON.stringify(countTally(state))) broken.push('tally out of step');
	}
	if (playerCount(state) !== players.length) broken.push('player count out of step');
	// The clock's list holds exactly the away players not yet departed, each until the end of their grace.
	const inGrace = players.filter((p) => p.away && !p.away.departed);
	const ends = new Map(state.graceEnds.map((g) => [g.playerId, g.until]));
	if (ends.size !== state.graceEnds.length || inGrace.length !== ends.size) broken.push('grace list out of step');
	if (!inGrace.every((p) => ends.get(p.id) === p.away!.since + state.config.graceSec * 1000)) broken.push('grace ends wrong');
	if ((state.phase === 'paused') !== (state.paused !== null)) broken.push('pause state out of step');
	if (!players.every((p) => Number.isFinite(p.score))) broken.push('a score is not a number');
	// Before the reveal no player and no big screen sees anything of the key.
	if (!current?.outcome) {
		if (playerIds.some((id) => EARLY_KEY.test(JSON.stringify(playerView(state, id))))) broken.push('key in a player view');
		if (EARLY_KEY.test(JSON.stringify(screenView(state)))) broken.push('key on the big screen');
	}
	return broken;
}

describe('reduce, for any sequence of events from anyone', () => {
	test('never throws, keeps its invariants and never shows the key early', () => {
		fc.assert(
			fc.property(scripts, (script) => {
				const broken = play(script).states.flatMap((state, i) => violations(state).map((v) => `after event ${i}: ${v}`));
				expect(broken).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});

	test('is deterministic: replaying the log, or a JSON snapshot plus the rest of the log, rebuilds the same state', () => {
		fc.assert(
			fc.property(scripts, fc.nat(), (script, cut) => {
				const { states, log: events } = play(script);
				const final = states.at(-1);
				expect(replay(initial, events)).toEqual(final);
				const split = cut % (events.length + 1);
				const snapshot = JSON.parse(JSON.stringify(replay(initial, events.slice(0, split)))) as GameState;
				expect(replay(snapshot, events.slice(split))).toEqual(final);
			}),
			{ numRuns: 200 }
		);
	});
});

/**
 * The grace period, against a model of who is where kept from the accepted events alone: sequences of
 * comings and goings, answers and ticks, with the host moving the game on, in time order.
 */
describe('the auto-lock with dropped players', () => {
	const comings: fc.Arbitrary<Command> = fc.oneof(
		{ weight: 2, arbitrary: fc.constant<Command>({ type: 'join', name: 'Thí sinh mới' }) },
		{ weight: 5, arbitrary: fc.constant<Command>({ type: 'leave' }) },
		{ weight: 5, arbitrary: fc.constant<Command>({ type: 'reconnect' }) },
		{
			weight: 8,
			arbitrary: fc.record({
				type: fc.constant('answer' as const),
				answerId: fc.constantFrom('a1', 'a2'),
				position: fc.constant(CURRENT),
				response: fc.record({ choice: fc.integer({ min: 0, max: 3 }) })
			})
		}
	);
	const moves: fc.Arbitrary<Command> = fc.oneof(
		{ weight: 6, arbitrary: fc.constantFrom<Command>({ type: 'next' }, { type: 'reveal' }) },
		{ weight: 2, arbitrary: fc.record({ type: fc.constant('next' as const), respondentId: someone }) },
		{ weight: 1, arbitrary: fc.constantFrom<Command>({ type: 'lock' }, { type: 'pause' }, { type: 'resume' }, { type: 'skip' }) },
		{ weight: 1, arbitrary: fc.record({ type: fc.constant('removePlayer' as const), playerId: someone }) },
		{ weight: 1, arbitrary: fc.record({ type: fc.constant('markBuzz' as const), playerId: someone, correct: fc.boolean() }) }
	);
	const steps = fc.array(
		fc.record({
			command: fc.oneof(
				{
					weight: 8,
					arbitrary: fc.tuple(
						comings,
						someone.map((id): Actor => ({ role: 'player', id }))
					)
				},
				{ weight: 3, arbitrary: fc.tuple(fc.constant<Command>({ type: 'tick' }), fc.constant<Actor>({ role: 'system', id: 'clock' })) },
				{ weight: 2, arbitrary: fc.tuple(moves, fc.constant<Actor>({ role: 'host', id: 'mc' })) }
			),
			elapse: fc.oneof(
				{ weight: 10, arbitrary: fc.integer({ min: 0, max: 2500 }) },
				{ weight: 2, arbitrary: fc.integer({ min: 2500, max: 15_000 }) }
			)
		}),
		{ minLength: 10, maxLength: 150 }
	);
	const cases = fc.record({ graceSec: fc.constantFrom(0, 3, 10), steps });
	/** Closing a question by hand is the host's right, whoever is still to answer. */
	const BY_HAND = new Set(['lock', 'reveal', 'skip', 'end']);

	/** Who is connected, and since when each of the others has been away, as the accepted events say. */
	function track(seen: Map<string, number | null>, event: GameEvent, refusal: string | null): void {
		if (refusal) return;
		const id = event.by.id;
		if (event.type === 'join' || event.type === 'reconnect') seen.set(id, null);
		if (event.type === 'leave' && seen.get(id) === null) seen.set(id, event.at);
		if (event.type === 'removePlayer') seen.delete(event.playerId);
	}

	test('no sequence closes a question before its deadline while a seated player who may answer is still inside the grace period, and the question locks once nobody is left to wait for', () => {
		fc.assert(
			fc.property(cases, ({ graceSec, steps }) => {
				let at = 0;
				const script = [
					...opening,
					...steps.map(({ command: [command, by], elapse }): GameEvent => ({ ...command, by, at: (at += elapse) }) as GameEvent)
				];
				const graceMs = graceSec * 1000;
				const { states, log, refusals } = play(script, game(graceSec));
				const seen = new Map<string, number | null>();
				const broken: string[] = [];
				log.forEach((event, i) => {
					track(seen, event, refusals[i]);
					const before = i > 0 ? states[i - 1] : null;
					const after = states[i];
					if (!after.current) return;
					const current = after.current;
					// Everyone the question waits for: may answer, has not, and is connected or away within the grace period.
					const expected = playerList(after).filter((p) => mayAnswer(after, p) && seen.has(p.id));
					const waitedFor = expected.filter((p) => {
						if (answerOf(current, p.id)) return false;
						const since = seen.get(p.id);
						return since === null || event.at <= since! + graceMs;
					});
					const closed =
						before?.phase === 'open' &&
						samePosition(before.current.position, current.position) &&
						after.phase !== 'open' &&
						after.phase !== 'paused';
					if (closed && event.at <= before.current.closesAt && !BY_HAND.has(event.type) && waitedFor.length > 0)
						broken.push(`event ${i} (${event.type} at ${event.at}) closed the question on ${waitedFor.map((p) => p.id).join(', ')}`);
					const someoneHere = expected.some((p) => seen.get(p.id) === null);
					if (after.phase === 'open' && isDeviceSegment(currentSegment(after)) && waitedFor.length === 0 && someoneHere)
						broken.push(`event ${i} (${event.type} at ${event.at}) left the question open with nobody to wait for`);
				});
				expect(broken).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});
});
