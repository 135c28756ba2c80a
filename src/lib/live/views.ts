import type { AnswerKey } from '$lib/bank/content-split';
import { matchesFolded } from '$lib/i18n/text';
import type { Response } from '$lib/contests/grading';
import { isDeviceSegment, nextPosition, questionAt, type SegmentConfig } from './config';
import type { Adjustment, PlayerSummary, QuestionInfo } from './events';
import { questionInfo } from './flow';
import { podium, rankOf, rankPlayers, type RankedPlayer } from './ranking';
import { roundScore } from './scoring';
import { shelfEntries, shelfValues } from './shelf';
import { clockStopped } from './floor';
import type { AuditEntry, BuzzState, CloseReason, Distribution, GameState, Phase, Player, PlayerOutcome, RemovedPlayer } from './state';
import { answerOf, currentSegment, findPlayer, playerList } from './state';

/**
 * What each screen may see, built from the state alone: the snapshot a client gets on (re)connecting.
 * Nothing a player or the big screen receives carries the key before the reveal; only the host's view
 * does, as the MC holds the answer sheet.
 */

export interface RevealView {
	key: AnswerKey;
	distribution: Distribution | null;
	winner: string | null;
	judgeTotals: { judgeId: string; total: number }[] | null;
	judgeAverage: number | null;
	/** Rung chuông vàng: everyone still in was wrong and the whole wave stayed in. */
	revived: boolean;
}

interface Timing {
	/** Time left on a paused question; a running one counts down to `question.closesAt`. */
	remainingMs: number | null;
}

export interface PlayerView extends Timing {
	phase: Phase;
	removed: boolean;
	/**
	 * `starOwn`: the player stakes their own ngôi sao hy vọng (the part says so) on the next question,
	 * worth `starStake` points either way.
	 */
	me:
		| (PlayerSummary & {
				score: number;
				rank: number;
				eliminated: boolean;
				starAvailable: boolean;
				starStaked: boolean;
				starOwn: boolean;
				starStake: number | null;
				/** The host's latest change to this player's score since the current question opened. */
				adjustment: Adjustment | null;
		  })
		| null;
	/** What closed the current question, once it is closed. */
	closedBy: CloseReason | null;
	question: QuestionInfo | null;
	myAnswer: { answerId: string; response: Response } | null;
	/**
	 * Buzzer: 1-based place in the queue (1 = your turn), whether you already answered wrong, until when
	 * your answer window runs (you have the floor), and whether you won the question.
	 */
	myBuzz: { place: number | null; wrong: boolean; floorUntil: number | null; won: boolean } | null;
	reveal: (RevealView & { mine: PlayerOutcome | null }) | null;
	leaderboard: RankedPlayer[] | null;
	podium: RankedPlayer[] | null;
}

export interface ScreenView extends Timing {
	phase: Phase;
	players: number;
	connected: number;
	/** The lobby shows the latest arrivals by name. */
	lobby: PlayerSummary[] | null;
	/** Whose turn it is on a situation or final question, by name for the hall. */
	respondent: PlayerSummary | null;
	question: QuestionInfo | null;
	counters: { answered: number; expected: number } | null;
	/** Who has the floor (until when), who waits, who was ruled out (✗, in order), who won. */
	buzz: {
		queue: { id: string; name: string }[];
		length: number;
		winner: string | null;
		wrong: { id: string; name: string }[];
		floor: { id: string; name: string; until: number } | null;
		penalty: number;
	} | null;
	/** How many judges have scored; their points show only with the result. */
	judging: { scored: number; judges: number } | null;
	/**
	 * Rung chuông vàng: how many are still in, of how many, and the first of them by name, in joining
	 * order; `decided` once the part's last question is revealed, when those names are its winners.
	 */
	survivors: { count: number; total: number; names: PlayerSummary[]; decided: boolean } | null;
	reveal: RevealView | null;
	/** At a device question's reveal: the quickest right answers, quickest first. */
	fastest: { id: string; name: string; ms: number }[] | null;
	/** Rung chuông vàng, once revealed: who went out on this question. */
	outNow: PlayerSummary[] | null;
	/** Ngôi sao hy vọng staked for the next question or on the running one, by name. */
	stars: PlayerSummary[];
	leaderboard: RankedPlayer[] | null;
	/** With the leaderboard: each listed player's points from the last question and places moved (+ up). */
	moves: { playerId: string; gain: number; move: number }[] | null;
	podium: RankedPlayer[] | null;
}

export type RosterRow = PlayerSummary & {
	rank: number;
	score: number;
	/** Null while connected; otherwise since when the player has been gone (the console counts the time away). */
	awaySince: number | null;
	eliminated: boolean;
	answered: boolean;
};

/**
 * The host's view lists the best players only (enough for every commune of a province on stage): it is
 * fetched again after every burst of messages, and a hall of 2,000 would make each fetch hundreds of
 * kilobytes. Anyone else is found by name.
 */
export const HOST_ROSTER_SHOWN = 200;
const FOUND_SHOWN = 20;
/** Away players the console names, the latest to drop first; `players − connected` counts them all. */
export const AWAY_SHOWN = 20;

export type AwayRow = PlayerSummary & { since: number; answered: boolean };

export interface HostView extends ScreenView {
	key: AnswerKey | null;
	judgesScored: string[];
	/** The first `HOST_ROSTER_SHOWN` players, ranked; `players` says how many there are in all. */
	roster: RosterRow[];
	eliminatedCount: number;
	/** Who lost their connection, and since when: the auto-lock waits `graceSec` for each before going on without them. */
	away: AwayRow[];
	graceSec: number;
	/** Names of the players the console mentions (stars staked, the buzzer's winner), listed or not. */
	names: Record<string, string>;
	removed: RemovedPlayer[];
	pendingStars: string[];
	audit: AuditEntry[];
	/** Rung chuông vàng under the MC's rule: the wave that put out everyone, waiting for the MC to rescue. */
	allOut: PlayerSummary[] | null;
}

export interface JudgeView extends Timing {
	phase: Phase;
	question: QuestionInfo | null;
	respondent: PlayerSummary | null;
	myScores: number[] | null;
	/** The result is out: scores can no longer change. */
	closed: boolean;
}

const LOBBY_SHOWN = 50;
const FASTEST_SHOWN = 3;
const OUT_SHOWN = 20;
const SURVIVORS_SHOWN = 50;
const BUZZ_SHOWN = 10;

const summary = (p: Player): PlayerSummary => ({ id: p.id, name: p.name, unit: p.unit, team: p.team });
/** Frozen time left: a paused question's, or an open one whose clock a buzz has stopped. */
function remainingMs(state: GameState): number | null {
	if (state.phase === 'paused') return state.paused.remainingMs;
	return state.phase === 'open' && clockStopped(state.current.buzz) ? state.current.buzz.stoppedMs : null;
}
/** The question stays on screen until the podium. */
const question = (state: GameState): QuestionInfo | null =>
	state.current && state.phase !== 'podium' && state.phase !== 'ended' ? questionInfo(state) : null;

function revealView(state: GameState): RevealView | null {
	const current = state.current;
	if (!current?.outcome) return null;
	const { distribution, judgeTotals, judgeAverage } = current.outcome;
	const key = questionAt(state.config, current.position).key;
	return { key, distribution, winner: current.buzz.winner, judgeTotals, judgeAverage, revived: current.outcome.revived ?? false };
}

function respondentOf(state: GameState): PlayerSummary | null {
	const player = state.current?.respondentId ? findPlayer(state, state.current.respondentId) : undefined;
	return player ? summary(player) : null;
}

const showsBoard = (phase: Phase): boolean => phase === 'leaderboard' || phase === 'podium' || phase === 'ended';
const showsPodium = (phase: Phase): boolean => phase === 'podium' || phase === 'ended';

/** Sorting everyone only when a board is on show. */
function boards(state: GameState): { leaderboard: RankedPlayer[] | null; podium: RankedPlayer[] | null } {
	if (!showsBoard(state.phase)) return { leaderboard: null, podium: null };
	const ranked = rankPlayers(playerList(state));
	return { leaderboard: ranked.slice(0, state.config.leaderboardSize), podium: showsPodium(state.phase) ? podium(ranked) : null };
}

const ownStar = (segment: SegmentConfig): boolean => segment.kind === 'final' && segment.starBy === 'player';
const STAR_PHASES: readonly Phase[] = ['lobby', 'revealed', 'leaderboard'];

export function playerView(state: GameState, playerId: string): PlayerView {
	const player = findPlayer(state, playerId);
	const base = { phase: state.phase, remainingMs: remainingMs(state) };
	if (!player) {
		const removed = state.removed.some((r) => r.id === playerId);
		return {
			...base,
			removed,
			me: null,
			closedBy: null,
			question: null,
			myAnswer: null,
			myBuzz: null,
			reveal: null,
			leaderboard: null,
			podium: null
		};
	}
	const current = state.current;
	const upcoming = nextPosition(state.config, current?.position ?? null);
	const finalAhead = upcoming !== null && state.config.segments[upcoming.segment].kind === 'final';
	const answer = current ? answerOf(current, playerId) : undefined;
	const starAvailable = finalAhead && !player.starSegments.includes(upcoming.segment) && !state.pendingStars.includes(playerId);
	// The contestant's own star is staked between questions only, as the part allows.
	const starOwn =
		starAvailable && !player.eliminated && STAR_PHASES.includes(state.phase) && ownStar(state.config.segments[upcoming.segment]);
	const place = current ? current.buzz.queue.findIndex((b) => b.playerId === playerId) : -1;
	const reveal = revealView(state);
	return {
		...base,
		removed: false,
		question: question(state),
		me: {
			...summary(player),
			score: player.score,
			rank: rankOf(shelfValues(state.players), player.score),
			eliminated: player.eliminated,
			starAvailable,
			starStaked: state.pendingStars.includes(playerId) || (current?.stars.includes(playerId) ?? false),
			starOwn,
			starStake: starOwn ? questionAt(state.config, upcoming).points : null,
			adjustment: latestAdjustment(state, playerId)
		},
		closedBy: current?.closedBy ?? null,
		myAnswer: answer ? { answerId: answer.answerId, response: answer.response } : null,
		myBuzz:
			currentSegment(state)?.kind === 'buzzer' && current
				? {
						place: place >= 0 ? place + 1 : null,
						wrong: current.buzz.wrong.includes(playerId),
						floorUntil: current.buzz.floor?.playerId === playerId ? current.buzz.floor.until : null,
						won: current.buzz.winner === playerId
					}
				: null,
		reveal:
			reveal && current?.outcome
				? { ...reveal, mine: Object.hasOwn(current.outcome.results, playerId) ? current.outcome.results[playerId] : null }
				: null,
		...boards(state)
	};
}

function latestAdjustment(state: GameState, playerId: string): Adjustment | null {
	const since = state.current?.opensAt ?? 0;
	const entry = state.audit.findLast((e) => e.kind === 'adjust' && e.playerId === playerId && e.at >= since);
	return entry ? { delta: entry.delta, reason: entry.reason } : null;
}

function survivorsOf(state: GameState, players: Player[]): NonNullable<ScreenView['survivors']> {
	const left = players.filter((p) => !p.eliminated).sort((a, b) => a.joinSeq - b.joinSeq);
	const current = state.current;
	const lastOfPart = current !== null && current.position.question + 1 === currentSegment(state)?.questions.length;
	const decided = lastOfPart && current.outcome !== null && !current.allOut?.length && left.length > 0;
	return { count: left.length, total: players.length, names: left.slice(0, SURVIVORS_SHOWN).map(summary), decided };
}

function buzzView(buzz: BuzzState, penalty: number, nameOf: (id: string) => string): NonNullable<ScreenView['buzz']> {
	const named = (id: string) => ({ id, name: nameOf(id) });
	return {
		queue: buzz.queue.slice(0, BUZZ_SHOWN).map((b) => named(b.playerId)),
		length: buzz.queue.length,
		winner: buzz.winner,
		wrong: buzz.wrong.map(named),
		floor: buzz.floor ? { ...named(buzz.floor.playerId), until: buzz.floor.until } : null,
		penalty
	};
}

function fastestOf(state: GameState): ScreenView['fastest'] {
	const current = state.current;
	const segment = currentSegment(state);
	if (!current?.outcome || !segment || !isDeviceSegment(segment)) return null;
	const results = current.outcome.results;
	return shelfEntries(current.answers)
		.flatMap(([id, a]) => (results[id]?.correct ? [{ id, ms: a.ms }] : []))
		.sort((a, b) => a.ms - b.ms)
		.slice(0, FASTEST_SHOWN)
		.map((f) => ({ ...f, name: findPlayer(state, f.id)?.name ?? '' }));
}

function outNowOf(state: GameState): ScreenView['outNow'] {
	const current = state.current;
	if (!current?.outcome || currentSegment(state)?.kind !== 'elimination') return null;
	return Object.entries(current.outcome.results)
		.filter(([, r]) => r.eliminated && r.correct === false)
		.slice(0, OUT_SHOWN)
		.flatMap(([id]) => {
			const p = findPlayer(state, id);
			return p ? [summary(p)] : [];
		});
}

/** Places moved by the last question: the rank before it counts the scores without its points. */
function movesOf(state: GameState, rows: RankedPlayer[]): ScreenView['moves'] {
	const results = state.current?.outcome?.results;
	if (!results) return null;
	const gain = (id: string) => results[id]?.points ?? 0;
	const before = shelfValues(state.players).map((p) => roundScore(p.score - gain(p.id)));
	return rows.map((r) => {
		const previous = roundScore(r.score - gain(r.playerId));
		const rankBefore = 1 + before.filter((score) => score > previous).length;
		return { playerId: r.playerId, gain: gain(r.playerId), move: rankBefore - r.rank };
	});
}

export function screenView(state: GameState): ScreenView {
	const players = shelfValues(state.players);
	const current = state.current;
	const segment = currentSegment(state);
	const kind = segment?.kind;
	const nameOf = (id: string) => findPlayer(state, id)?.name ?? state.removed.find((r) => r.id === id)?.name ?? '';
	const device = kind === 'knowledge' || kind === 'final' || kind === 'elimination';
	return {
		phase: state.phase,
		remainingMs: remainingMs(state),
		players: players.length,
		connected: players.filter((p) => p.away === null).length,
		lobby:
			state.phase === 'lobby'
				? [...players]
						.sort((a, b) => b.joinSeq - a.joinSeq)
						.slice(0, LOBBY_SHOWN)
						.map(summary)
				: null,
		respondent: respondentOf(state),
		question: question(state),
		counters: current && device ? { answered: current.answeredCount, expected: current.tally.expected } : null,
		buzz: current && segment?.kind === 'buzzer' ? buzzView(current.buzz, segment.penalty, nameOf) : null,
		judging:
			current && kind === 'situation' ? { scored: Object.keys(current.judgeScores).length, judges: state.config.judges.length } : null,
		survivors: kind === 'elimination' ? survivorsOf(state, players) : null,
		reveal: revealView(state),
		fastest: fastestOf(state),
		outNow: outNowOf(state),
		stars: [...state.pendingStars, ...(current && state.phase !== 'podium' && state.phase !== 'ended' ? current.stars : [])].flatMap(
			(id) => {
				const p = findPlayer(state, id);
				return p ? [summary(p)] : [];
			}
		),
		...withMoves(state, boards(state))
	};
}

function withMoves(state: GameState, shown: ReturnType<typeof boards>) {
	return { ...shown, moves: shown.leaderboard && state.phase === 'leaderboard' ? movesOf(state, shown.leaderboard) : null };
}

function rosterRow(state: GameState, p: Player, rank: number): RosterRow {
	const current = state.current;
	return {
		...summary(p),
		rank,
		score: p.score,
		awaySince: p.away?.since ?? null,
		eliminated: p.eliminated,
		answered: current !== null && answerOf(current, p.id) !== undefined
	};
}

export function hostView(state: GameState): HostView {
	const current = state.current;
	const players = playerList(state);
	return {
		...screenView(state),
		key: current ? questionAt(state.config, current.position).key : null,
		judgesScored: current ? state.config.judges.filter((j) => Object.hasOwn(current.judgeScores, j.id)).map((j) => j.id) : [],
		roster: rankPlayers(players)
			.slice(0, HOST_ROSTER_SHOWN)
			.map((r) => rosterRow(state, findPlayer(state, r.playerId)!, r.rank)),
		eliminatedCount: players.filter((p) => p.eliminated).length,
		away: players
			.flatMap((p) => (p.away ? [{ ...summary(p), since: p.away.since, answered: current !== null && !!answerOf(current, p.id) }] : []))
			.sort((a, b) => b.since - a.since)
			.slice(0, AWAY_SHOWN),
		graceSec: state.config.graceSec,
		names: Object.fromEntries(
			[...state.pendingStars, ...(current?.buzz.winner ? [current.buzz.winner] : [])].map((id) => [id, findPlayer(state, id)?.name ?? ''])
		),
		removed: state.removed,
		pendingStars: state.pendingStars,
		audit: state.audit,
		allOut: current?.allOut?.length ? current.allOut.flatMap((id) => findPlayer(state, id) ?? []).map(summary) : null
	};
}

/** The host looks a player up by name or unit, diacritics ignored ("hai au" finds "Hải Âu"). */
export function findPlayers(state: GameState, query: string): RosterRow[] {
	const players = playerList(state);
	const found: RosterRow[] = [];
	for (const p of players) {
		if (found.length === FOUND_SHOWN) break;
		if (matchesFolded(`${p.name} ${p.unit ?? ''} ${p.team ?? ''}`, query)) found.push(rosterRow(state, p, rankOf(players, p.score)));
	}
	return found;
}

export function judgeView(state: GameState, judgeId: string): JudgeView {
	const current = state.current;
	const situation = currentSegment(state)?.kind === 'situation' && current !== null;
	const respondent = situation && current.respondentId ? findPlayer(state, current.respondentId) : undefined;
	return {
		phase: state.phase,
		remainingMs: remainingMs(state),
		question: situation ? question(state) : null,
		respondent: respondent ? summary(respondent) : null,
		myScores: situation && Object.hasOwn(current.judgeScores, judgeId) ? current.judgeScores[judgeId] : null,
		closed: !situation || current.outcome !== null
	};
}
