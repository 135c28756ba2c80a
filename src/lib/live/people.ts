import { isValidId, nextPosition } from './config';
import type { Effect, GameEvent, Transition } from './events';
import { leaderboardEffect } from './flow';
import { buzzQueueEffect, handFloor } from './floor';
import { setConnected } from './presence';
import { podium, rankPlayers } from './ranking';
import { roundScore } from './scoring';
import type { AuditEntry, AuditKind, GameState, Player } from './state';
import { answerOf, findPlayer, playerCount, playerList } from './state';
import { shelfDelete } from './shelf';
import { retally } from './tally';
import { counters, done, refuse, whyMissing, withCurrent, withPlayer } from './transition';

/** Players coming and going, and the host's manual interventions, each kept in the audit log. */

type Of<T extends GameEvent['type']> = Extract<GameEvent, { type: T }>;

/** As long as an account's full name may be (guests' nicknames are shorter still). */
export const MAX_NAME = 120;
const MAX_TEXT = 500;
/** Far beyond any real correction; keeps a slip of the finger (1e9) out of the results. */
const MAX_ADJUSTMENT = 100_000;

/** Trimmed, NFC, inner spaces collapsed; null when empty or too long. */
function cleanText(value: unknown, max: number): string | null {
	if (typeof value !== 'string') return null;
	const text = value.normalize('NFC').trim().replace(/\s+/g, ' ');
	return text.length > 0 && text.length <= max ? text : null;
}

/** Joining again with the same identity is a reconnect: one player, whatever the number of joins. */
export function join(state: GameState, event: Of<'join'>): Transition {
	const id = event.by.id;
	if (!isValidId(id)) return refuse(state, 'forbidden');
	if (whyMissing(state, id) === 'removed') return refuse(state, 'removed');
	if (findPlayer(state, id)) return setConnected(state, id, true, event.at);
	const name = cleanText(event.name, MAX_NAME);
	if (!name) return refuse(state, 'invalidName');
	const player: Player = {
		id,
		name,
		unit: cleanText(event.unit, MAX_TEXT),
		team: cleanText(event.team, MAX_TEXT),
		joinSeq: state.joinCount + 1,
		away: null,
		eliminated: false,
		score: 0,
		correctCount: 0,
		answerMs: 0,
		streak: 0,
		starSegments: []
	};
	const next = retally(state, { ...withPlayer(state, player), joinCount: state.joinCount + 1 }, id);
	return done(next, [
		{ type: 'playerJoined', to: 'staff', player: { id, name, unit: player.unit, team: player.team }, players: playerCount(next) },
		...counters(next)
	]);
}

function auditEntry(kind: AuditKind, event: GameEvent, player: Player, delta: number, reason: string): AuditEntry {
	return { kind, at: event.at, by: event.by.id, playerId: player.id, playerName: player.name, delta, reason };
}

/** The board on show is redrawn when a score changes under it. */
function boardRefresh(state: GameState): Effect[] {
	if (state.phase === 'leaderboard') return [leaderboardEffect(state)];
	if (state.phase === 'podium') return [{ type: 'podium', to: 'all', rows: podium(rankPlayers(playerList(state))) }];
	return [];
}

/** A manual correction: a reason is required, and who, when and how much go into the audit log. */
export function adjustScore(state: GameState, event: Of<'adjustScore'>): Transition {
	const player = findPlayer(state, event.playerId);
	if (!player) return refuse(state, whyMissing(state, event.playerId));
	const delta = typeof event.delta === 'number' && Number.isFinite(event.delta) ? roundScore(event.delta) : 0;
	if (delta === 0 || Math.abs(delta) > MAX_ADJUSTMENT) return refuse(state, 'invalidDelta');
	const reason = cleanText(event.reason, MAX_TEXT);
	if (!reason) return refuse(state, 'reasonRequired');
	const entry = auditEntry('adjust', event, player, delta, reason);
	const adjusted = { ...player, score: roundScore(player.score + delta) };
	const next = { ...withPlayer(state, adjusted), audit: [...state.audit, entry] };
	return done(next, [
		{ type: 'audit', entry },
		{
			type: 'playerStatus',
			to: { player: player.id },
			score: adjusted.score,
			eliminated: adjusted.eliminated,
			adjustment: { delta, reason }
		},
		...boardRefresh(next)
	]);
}

/**
 * Takes a player out of the game for good: kept with their score among `removed` (for the record),
 * gone from the ranking, the counts, the buzz queue and the stars; a later join is refused.
 */
export function removePlayer(state: GameState, event: Of<'removePlayer'>): Transition {
	const player = findPlayer(state, event.playerId);
	if (!player) return refuse(state, whyMissing(state, event.playerId));
	const reason = cleanText(event.reason, MAX_TEXT) ?? '';
	const entry = auditEntry('remove', event, player, 0, reason);
	let next: GameState = {
		...state,
		players: shelfDelete(state.players, player.id),
		graceEnds: state.graceEnds.filter((g) => g.playerId !== player.id),
		removed: [
			...state.removed,
			{ ...player, away: { since: event.at, departed: true }, removedAt: event.at, removedBy: event.by.id, reason }
		],
		pendingStars: state.pendingStars.filter((id) => id !== player.id),
		audit: [...state.audit, entry]
	};
	const effects: Effect[] = [
		{ type: 'audit', entry },
		{ type: 'removed', to: { player: player.id }, reason },
		{ type: 'presence', to: 'staff', playerId: player.id, connected: false, players: playerCount(next) }
	];
	if (next.current) {
		const current = next.current;
		const answered = answerOf(current, player.id) !== undefined;
		const queue = current.buzz.queue.filter((b) => b.playerId !== player.id);
		const out = withCurrent(next, {
			answers: shelfDelete(current.answers, player.id),
			answeredCount: current.answeredCount - (answered ? 1 : 0),
			stars: current.stars.filter((id) => id !== player.id),
			buzz: { ...current.buzz, queue }
		});
		// One who had the floor hands it to the next in the queue.
		const handed = out.phase === 'open' || out.phase === 'locked' ? handFloor(out, event.at) : done(out);
		next = retally(state, handed.state, player.id);
		if (queue.length !== current.buzz.queue.length) effects.push(...handed.effects, buzzQueueEffect(handed.state.current));
		effects.push(...counters(next));
	}
	return done(next, [...effects, ...boardRefresh(next)]);
}

const BETWEEN_QUESTIONS = new Set(['lobby', 'revealed', 'leaderboard']);

/** Rescue in rung chuông vàng: brings back the named eliminated players, or every one of them. */
export function rescue(state: GameState, event: Of<'rescue'>): Transition {
	if (!BETWEEN_QUESTIONS.has(state.phase)) return refuse(state, 'betweenQuestionsOnly');
	const ids = Array.isArray(event.playerIds) ? event.playerIds : playerList(state).map((p) => p.id);
	const named = ids.flatMap((id) => findPlayer(state, id) ?? []);
	if (named.length !== ids.length) return refuse(state, 'unknownPlayer');
	const targets = [...new Set(named)].filter((p) => p.eliminated);
	if (targets.length === 0) return refuse(state, 'nobodyEliminated');
	const entries = targets.map((p) => auditEntry('rescue', event, p, 0, ''));
	const rescued = targets.reduce((s, p) => withPlayer(s, { ...p, eliminated: false }), state);
	// Someone is standing again: the decision rung chuông vàng waited for is made.
	const current = rescued.current;
	const decided: GameState = current?.allOut ? ({ ...rescued, current: { ...current, allOut: null } } as GameState) : rescued;
	const next = { ...decided, audit: [...state.audit, ...entries] };
	return done(next, [
		...entries.map((entry): Effect => ({ type: 'audit', entry })),
		...targets.map((p): Effect => ({ type: 'playerStatus', to: { player: p.id }, score: p.score, eliminated: false }))
	]);
}

/**
 * Ngôi sao hy vọng, staked on the next question before it opens (as on stage, before it is read),
 * once per player per về đích segment: by the MC for a contestant, or by the contestant on their phone,
 * as the part says (a game stored without the setting leaves it to the MC).
 */
export function stakeStar(state: GameState, playerId: string, event: Of<'stakeStar' | 'stakeOwnStar'>): Transition {
	if (!BETWEEN_QUESTIONS.has(state.phase)) return refuse(state, 'betweenQuestionsOnly');
	if (state.current?.allOut?.length) return refuse(state, 'allOutPending');
	const upcoming = nextPosition(state.config, state.current?.position ?? null);
	const segment = upcoming && state.config.segments[upcoming.segment];
	if (!upcoming || segment?.kind !== 'final') return refuse(state, 'noFinalQuestion');
	const byPlayer = segment.starBy === 'player';
	if (byPlayer !== (event.type === 'stakeOwnStar')) return refuse(state, byPlayer ? 'starByPlayer' : 'starByHost');
	const player = findPlayer(state, playerId);
	if (!player) return refuse(state, whyMissing(state, playerId));
	if (player.eliminated) return refuse(state, 'eliminated');
	if (player.starSegments.includes(upcoming.segment) || state.pendingStars.includes(player.id)) return refuse(state, 'starUsed');
	return done({ ...state, pendingStars: [...state.pendingStars, player.id] }, [{ type: 'starStaked', to: 'all', playerId: player.id }]);
}
