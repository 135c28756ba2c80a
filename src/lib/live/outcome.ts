import { gradeResponse, type Response } from '$lib/contests/grading';
import type { BuzzerSegment, DeviceSegment, EliminationSegment, LiveQuestion, SituationSegment } from './config';
import { isDeviceSegment, questionAt } from './config';
import { distributionOf } from './responses';
import { judgeAverage, rightAnswerPoints, roundScore, starredPoints, streakBonus } from './scoring';
import type { CurrentQuestion, GameState, Outcome, Player, PlayerOutcome, WithCurrent } from './state';
import { answerOf, mayAnswer, playerList } from './state';
import { shelfGet, shelfOf, shelfSet, type Shelf } from './shelf';

export interface Scored {
	players: Shelf<Player>;
	outcome: Outcome;
	/** Rung chuông vàng under the `host` rule: the wave that put out everyone, for the MC to decide on. */
	allOut?: string[];
}

const NOTHING: Omit<PlayerOutcome, 'eliminated'> = { correct: null, answered: false, points: 0, starred: false, streak: 0, bonus: 0 };

/**
 * Scores the current question for every player still in the game, once, at the reveal: one pass over the
 * players, whatever the segment. Returns the updated players and what each of them got.
 */
export function scoreQuestion(state: WithCurrent): Scored {
	const current = state.current;
	const segment = state.config.segments[current.position.segment];
	const question = questionAt(state.config, current.position);
	if (isDeviceSegment(segment)) return scoreDevice(state, current, segment, question);
	if (segment.kind === 'buzzer') return scoreBuzzer(state, current, segment, question);
	return scoreSituation(state, current, segment, question);
}

function scoreDevice(state: GameState, current: CurrentQuestion, segment: DeviceSegment, question: LiveQuestion): Scored {
	const limitMs = question.timeLimitSec * 1000;
	const optionCount = 'options' in question.display ? question.display.options.length : undefined;
	const players: [string, Player][] = [];
	const results: Record<string, PlayerOutcome> = {};
	const graded: { response: Response; correct: boolean }[] = [];
	let expected = 0;
	const putOut: string[] = [];
	for (const p of playerList(state)) {
		if (!mayAnswer(state, p)) {
			players.push([p.id, p]);
			results[p.id] = { ...NOTHING, eliminated: p.eliminated };
			continue;
		}
		expected++;
		const answer = answerOf(current, p.id) ?? null;
		const correct = answer !== null && (gradeResponse(question.key, answer.response, { optionCount })?.correct ?? false);
		if (answer) graded.push({ response: answer.response, correct });
		const streak = correct ? p.streak + 1 : 0;
		const earned = correct && answer ? rightAnswerPoints(segment.pointsMode, question.points, answer.ms, limitMs) : 0;
		const bonus = correct && segment.pointsMode !== 'none' ? streakBonus(segment.streakBonus, streak) : 0;
		const starred = current.stars.includes(p.id);
		const points = starred ? starredPoints(correct, earned, bonus, question.points) : earned + bonus;
		const eliminated = segment.kind === 'elimination' && !correct;
		if (eliminated) putOut.push(p.id);
		players.push([
			p.id,
			{
				...p,
				score: roundScore(p.score + points),
				correctCount: p.correctCount + (correct ? 1 : 0),
				answerMs: p.answerMs + (answer ? answer.ms : limitMs),
				streak,
				eliminated
			}
		]);
		results[p.id] = { correct, answered: answer !== null, points: roundScore(points), starred, eliminated, streak, bonus };
	}
	const distribution = distributionOf(question.display, graded, expected);
	const scored = { players: shelfOf(players), outcome: { distribution, results, judgeTotals: null, judgeAverage: null } };
	return segment.kind === 'elimination' ? applyAllOutRule(scored, segment, putOut) : scored;
}

/**
 * Rung chuông vàng when one question puts out everyone still in: under `revive` (the television rule,
 * and what a game stored without the setting plays) that whole wave stays in; under `host` they are out
 * and the wave is named, for the MC to decide by a rescue before the game goes on.
 */
function applyAllOutRule(scored: Scored, segment: EliminationSegment, wave: string[]): Scored {
	const standing = Object.values(scored.outcome.results).some((r) => !r.eliminated);
	if (standing || wave.length === 0) return scored;
	if ((segment.allOut ?? 'revive') === 'host') return { ...scored, allOut: wave };
	let players = scored.players;
	const revived = { ...scored.outcome.results };
	for (const id of wave) {
		players = shelfSet(players, id, { ...shelfGet(players, id)!, eliminated: false });
		revived[id] = { ...revived[id], eliminated: false };
	}
	return { players, outcome: { ...scored.outcome, results: revived, revived: true } };
}

/** The winner gains the question's points; each wrong answer aloud costs the segment's penalty. */
function scoreBuzzer(state: GameState, current: CurrentQuestion, segment: BuzzerSegment, question: LiveQuestion): Scored {
	const { winner, wrong } = current.buzz;
	return scoreSome(state, (p) => {
		if (p.id === winner) return { correct: true, points: question.points };
		if (wrong.includes(p.id)) return { correct: false, points: roundScore(-segment.penalty) };
		return null;
	});
}

/**
 * The contestant on stage gets the judges' average, scaled to the question's points when the part says
 * so (the rubric's maximum worth the points); the totals are shown with it.
 */
function scoreSituation(state: GameState, current: CurrentQuestion, segment: SituationSegment, question: LiveQuestion): Scored {
	const judgeTotals = state.config.judges
		.filter((j) => Object.hasOwn(current.judgeScores, j.id))
		.map((j) => ({ judgeId: j.id, total: roundScore(current.judgeScores[j.id].reduce((sum, s) => sum + s, 0)) }));
	const average = judgeAverage(
		judgeTotals.map((t) => t.total),
		segment.dropExtremes
	);
	const rubricMax = question.display.type === 'situation' ? question.display.rubric.reduce((sum, c) => sum + c.maxPoints, 0) : 0;
	const points = segment.scaleToPoints && rubricMax > 0 ? roundScore((average * question.points) / rubricMax) : average;
	const scored = scoreSome(state, (p) => (p.id === current.respondentId ? { correct: null, points } : null));
	return { players: scored.players, outcome: { ...scored.outcome, judgeTotals, judgeAverage: average } };
}

/** For segments where only a few players score: the rest keep their streak and get nothing. */
function scoreSome(state: GameState, pointsFor: (p: Player) => { correct: boolean | null; points: number } | null): Scored {
	let players = state.players;
	const results: Record<string, PlayerOutcome> = {};
	for (const p of playerList(state)) {
		const got = pointsFor(p);
		if (got)
			players = shelfSet(players, p.id, {
				...p,
				score: roundScore(p.score + got.points),
				correctCount: p.correctCount + (got.correct ? 1 : 0)
			});
		results[p.id] = got
			? { ...got, answered: true, starred: false, eliminated: p.eliminated, streak: p.streak, bonus: 0 }
			: { ...NOTHING, eliminated: p.eliminated };
	}
	return { players, outcome: { distribution: null, results, judgeTotals: null, judgeAverage: null } };
}
