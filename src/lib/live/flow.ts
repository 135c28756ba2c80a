import type { Position } from './config';
import { nextPosition, questionAt } from './config';
import type { Effect, QuestionInfo, Transition } from './events';
import { scoreQuestion } from './outcome';
import { podium, rankById, rankPlayers } from './ranking';
import type { CloseReason, CurrentQuestion, FinishedState, GameState, LobbyState, Player, QuestionState, WithCurrent } from './state';
import { currentSegment, findPlayer, playerList } from './state';
import { emptyShelf, shelfOf } from './shelf';
import { countTally } from './tally';
import { andThen, counters, done, refuse, withCurrent, withPlayer } from './transition';

/**
 * The life of a question: opened by the host, closed by the clock, the host or the last answer, then
 * revealed (scored once for everyone), then the leaderboard, the next question, and after the last the
 * podium.
 */

/** Opens the question after the current one, or goes to the podium after the last. */
export function openNext(state: LobbyState | QuestionState, at: number, respondentId: string | undefined): Transition {
	const position = nextPosition(state.config, state.current?.position ?? null);
	return position ? openQuestion(state, position, at, respondentId) : toPodium(state);
}

function openQuestion(state: LobbyState | QuestionState, position: Position, at: number, requested: string | undefined): Transition {
	const segment = state.config.segments[position.segment];
	const question = questionAt(state.config, position);
	const turnBased = segment.kind === 'situation' || segment.kind === 'final';
	const respondentId = turnBased ? (requested ?? question.respondentId ?? null) : null;
	if (segment.kind === 'situation' && respondentId === null) return refuse(state, 'respondentRequired');
	// Rung chuông vàng never opens a question to nobody: the MC rescues someone first, or ends.
	if (segment.kind === 'elimination' && playerList(state).every((p) => p.eliminated)) return refuse(state, 'nobodyLeft');
	if (respondentId !== null) {
		const respondent = findPlayer(state, respondentId);
		if (!respondent) return refuse(state, 'unknownPlayer');
		if (respondent.eliminated) return refuse(state, 'eliminated');
	}
	const newSegment = state.current?.position.segment !== position.segment;
	// A staked star is spent only on a question its player may answer; otherwise it stays unused.
	const stars = segment.kind === 'final' ? state.pendingStars.filter((id) => respondentId === null || id === respondentId) : [];
	// Streaks start again with each segment; a star is spent when its question opens.
	const players =
		newSegment || stars.length > 0
			? shelfOf(
					playerList(state).map((p): [string, Player] => {
						const starred = stars.includes(p.id);
						const streak = newSegment ? 0 : p.streak;
						return [p.id, { ...p, streak, starSegments: starred ? [...p.starSegments, position.segment] : p.starSegments }];
					})
				)
			: state.players;
	const current: CurrentQuestion = {
		position,
		opensAt: at,
		closesAt: at + question.timeLimitSec * 1000,
		pausedMs: 0,
		respondentId,
		answers: emptyShelf(),
		answeredCount: 0,
		tally: { expected: 0, present: 0, waiting: 0 },
		stars,
		buzz: { queue: [], wrong: [], winner: null },
		judgeScores: {},
		outcome: null
	};
	const opened: QuestionState = { ...state, phase: 'open', paused: null, players, current, pendingStars: [] };
	const next = withCurrent(opened, { tally: countTally(opened) });
	return done(next, [{ type: 'broadcastQuestion', to: 'all', info: questionInfo(next) }, ...counters(next)]);
}

/** What everyone may know about the current question: the display, never the key. */
export function questionInfo(state: WithCurrent): QuestionInfo {
	const current = state.current;
	const segment = state.config.segments[current.position.segment];
	const q = questionAt(state.config, current.position);
	return {
		position: current.position,
		segmentKind: segment.kind,
		segmentTitle: segment.title,
		number: current.position.question + 1,
		count: segment.questions.length,
		question: { versionId: q.versionId, type: q.display.type, stem: q.stem, imageId: q.imageId, display: q.display },
		timeLimitSec: q.timeLimitSec,
		points: q.points,
		opensAt: current.opensAt,
		closesAt: current.closesAt,
		respondentId: current.respondentId,
		stars: current.stars
	};
}

/** Ends answering. A situation then waits for its judges (and is revealed by `settle` once all have scored). */
export function closeQuestion(state: QuestionState, by: CloseReason): Transition<QuestionState> {
	const current = state.current;
	const closed = withCurrent<QuestionState>(
		{ ...state, phase: currentSegment(state).kind === 'situation' ? 'judging' : 'locked' },
		{ closedBy: by }
	);
	return done(closed, [{ type: 'questionLocked', to: 'all', position: current.position, answered: current.answeredCount, by }]);
}

export const allJudgesScored = (state: WithCurrent): boolean =>
	state.config.judges.every((j) => Object.hasOwn(state.current.judgeScores, j.id));

/** Scores the question for everyone and tells each player their result: one message each. */
export function revealQuestion(state: QuestionState): Transition {
	const current = state.current;
	const { players, outcome, allOut } = scoreQuestion(state);
	const revealed = withCurrent<QuestionState>({ ...state, phase: 'revealed', players }, { outcome, allOut: allOut ?? null });
	const everyone = playerList(revealed);
	const ranks = rankById(rankPlayers(everyone));
	const rows = everyone.map((p) => {
		const r = outcome.results[p.id];
		return {
			playerId: p.id,
			correct: r.correct,
			answered: r.answered,
			points: r.points,
			total: p.score,
			rank: ranks[p.id],
			starred: r.starred,
			eliminated: r.eliminated,
			streak: r.streak,
			bonus: r.bonus
		};
	});
	const versionId = questionAt(state.config, current.position).versionId;
	const effects: Effect[] = [
		{
			type: 'reveal',
			to: 'all',
			position: current.position,
			key: questionAt(state.config, current.position).key,
			distribution: outcome.distribution,
			winner: current.buzz.winner,
			judgeTotals: outcome.judgeTotals,
			judgeAverage: outcome.judgeAverage,
			revived: outcome.revived ?? false
		},
		...rows.map((row): Effect => ({ type: 'playerResult', to: { player: row.playerId }, ...row })),
		{ type: 'persistResults', position: current.position, versionId, rows },
		...starOffers(revealed, everyone)
	];
	return done(revealed, effects);
}

/** Before a về đích question whose part lets contestants stake their own star, each who still may is told. */
function starOffers(state: WithCurrent, players: Player[]): Effect[] {
	const upcoming = nextPosition(state.config, state.current.position);
	const segment = upcoming && state.config.segments[upcoming.segment];
	if (!upcoming || segment?.kind !== 'final' || segment.starBy !== 'player') return [];
	const stake = questionAt(state.config, upcoming).points;
	return players
		.filter((p) => !p.eliminated && !p.starSegments.includes(upcoming.segment) && !state.pendingStars.includes(p.id))
		.map((p): Effect => ({ type: 'starOffer', to: { player: p.id }, stake }));
}

export function leaderboardEffect(state: GameState): Effect {
	const ranked = rankPlayers(playerList(state));
	return { type: 'leaderboard', to: 'all', rows: ranked.slice(0, state.config.leaderboardSize), players: ranked.length };
}

function standings(state: GameState): Effect[] {
	return rankPlayers(playerList(state)).map((r) => ({ type: 'standing', to: { player: r.playerId }, rank: r.rank, score: r.score }));
}

function toPodium(state: LobbyState | QuestionState): Transition {
	const next: FinishedState = { ...state, phase: 'podium' };
	return done(next, [{ type: 'podium', to: 'all', rows: podium(rankPlayers(playerList(next))) }, ...standings(next)]);
}

/** Ends the game from wherever it is; a question not yet revealed is dropped, unscored, as by a skip. */
export function endGame(state: GameState): Transition {
	const dropped = state.current && !state.current.outcome ? discardCurrent(state) : done(state);
	return andThen(dropped, (s) => {
		const next: GameState = { ...s, phase: 'ended', paused: null };
		return done(next, [
			{ type: 'persistStandings', standings: rankPlayers(playerList(next)) },
			{ type: 'ended', to: 'all' },
			...standings(next)
		]);
	});
}

/**
 * Drops the current question unscored (the host's "skip"): stars staked on it are given back, and the
 * answers already stored are voided by the I/O layer on `questionSkipped`.
 */
export function discardCurrent(state: WithCurrent): Transition<QuestionState> {
	const current = state.current;
	let refunded: QuestionState = { ...state, phase: 'locked', paused: null };
	for (const id of current.stars) {
		const p = findPlayer(state, id);
		if (p) refunded = withPlayer(refunded, { ...p, starSegments: p.starSegments.filter((s) => s !== current.position.segment) });
	}
	return done(refunded, [{ type: 'questionSkipped', to: 'all', position: current.position }]);
}
