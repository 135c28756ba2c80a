import { z } from 'zod';
import { joinContent, type AnswerKey, type DisplayContent } from '$lib/bank/content-split';
import { questionContent } from '$lib/bank/question';

/**
 * What a live stage game plays: a sequence of segments (phần thi), each with its questions and scoring.
 * Fixed when the game starts and carried inside the game state, so a snapshot or a replay of the event
 * log needs nothing else. Built by the server from the frozen question versions; validated here.
 */
export const SEGMENT_KINDS = ['knowledge', 'buzzer', 'situation', 'final', 'elimination'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/**
 * How a right answer on a device scores: `fixed` the question's points; `speed` Kahoot style,
 * round(P × (1 − t / 2T)); `none` no points at all (a warm-up question: right and wrong still show).
 */
export const POINTS_MODES = ['fixed', 'speed', 'none'] as const;
export type PointsMode = (typeof POINTS_MODES)[number];

export const MIN_TIME_LIMIT_SEC = 5;
export const MAX_TIME_LIMIT_SEC = 120;

/** How long a dropped player still holds up the auto-lock, as the organizer sets it per game. */
export const DEFAULT_GRACE_SEC = 10;
export const MAX_GRACE_SEC = 120;

export interface LiveQuestion {
	/** The frozen question version, for the results model. */
	versionId: number;
	stem: string;
	imageId: string | null;
	display: DisplayContent;
	/** Never leaves the server before the reveal. */
	key: AnswerKey;
	timeLimitSec: number;
	points: number;
	/** Situation and final questions: the contestant whose turn it is; the host may name another when opening it. */
	respondentId?: string;
}

/** Consecutive right answers in a segment earn `step` × (streak − 1) extra points, at most `max`. */
export interface StreakBonus {
	step: number;
	max: number;
}

interface SegmentBase {
	title: string;
	questions: LiveQuestion[];
}

/** Questions every player answers on their own device, graded against the key. */
export interface DeviceScoring {
	pointsMode: PointsMode;
	streakBonus: StreakBonus | null;
}

export type KnowledgeSegment = SegmentBase & DeviceScoring & { kind: 'knowledge' };
/** Who stakes the ngôi sao hy vọng: the MC for a contestant, or the contestant on their phone. */
export const STAKERS = ['host', 'player'] as const;
export type Staker = (typeof STAKERS)[number];

/**
 * Về đích: answered on the device; a contestant may stake the ngôi sao hy vọng on one question, before it
 * opens. `starBy` says who stakes it; a game stored without it leaves it to the MC.
 */
export type FinalSegment = SegmentBase & DeviceScoring & { kind: 'final'; starBy?: Staker };
/**
 * What rung chuông vàng does when one question would put out everyone still in: `revive` keeps that whole
 * wave in (the rule on television), `host` puts them out and lets the MC decide, by a rescue, before the
 * game may go on.
 */
export const ALL_OUT_RULES = ['revive', 'host'] as const;
export type AllOutRule = (typeof ALL_OUT_RULES)[number];

/** Rung chuông vàng: a wrong or missing answer puts the player out. A game stored before `allOut` plays `revive`. */
export type EliminationSegment = SegmentBase & DeviceScoring & { kind: 'elimination'; allOut?: AllOutRule };
/**
 * Giành quyền trả lời: answered aloud by the first to buzz; a wrong answer costs `penalty`. With an
 * `answerWindowSec`, a buzz stops the question's clock and gives the buzzer that long to answer; a game
 * stored without it has no window (the clock runs on, the MC marks the queue at leisure).
 */
export type BuzzerSegment = SegmentBase & { kind: 'buzzer'; penalty: number; answerWindowSec?: number | null };

export const MAX_ANSWER_WINDOW_SEC = 60;
/**
 * Xử lý tình huống: answered on stage, scored by every judge per criterion; optionally drop the extremes.
 * With `scaleToPoints` the judges' average counts as that share of the question's points (a rubric out
 * of 15 averaging 12 earns 12/15 of the points); a game stored without it counts the rubric's points.
 */
export type SituationSegment = SegmentBase & { kind: 'situation'; dropExtremes: boolean; scaleToPoints?: boolean };

export type SegmentConfig = KnowledgeSegment | FinalSegment | EliminationSegment | BuzzerSegment | SituationSegment;
export type DeviceSegment = KnowledgeSegment | FinalSegment | EliminationSegment;

export interface Judge {
	id: string;
	name: string;
}

export interface GameConfig {
	segments: SegmentConfig[];
	judges: Judge[];
	/** Rows the leaderboard shows to everyone; each player also gets their own rank. */
	leaderboardSize: number;
	/**
	 * Seconds a player whose connection dropped still counts as waiting to answer, so that a reload or a
	 * Wi-Fi blip does not lock the question on them (./presence).
	 */
	graceSec: number;
	/**
	 * Whether a situation's result waits for the MC once every judge has scored (so a judge may still fix a
	 * slip). A game stored before this was a setting shows it on the last judge's score.
	 */
	hostReveals?: boolean;
}

export const isDeviceSegment = (segment: SegmentConfig): segment is DeviceSegment =>
	segment.kind === 'knowledge' || segment.kind === 'final' || segment.kind === 'elimination';

/** Where a question sits: indices into `segments` and its `questions`. */
export interface Position {
	segment: number;
	question: number;
}

export const samePosition = (a: Position, b: Position): boolean => a.segment === b.segment && a.question === b.question;

/** The question after `from` (the first one when null), crossing into the next segment; null after the last. */
export function nextPosition(config: GameConfig, from: Position | null): Position | null {
	if (!from) return config.segments.length > 0 ? { segment: 0, question: 0 } : null;
	if (from.question + 1 < config.segments[from.segment].questions.length) return { segment: from.segment, question: from.question + 1 };
	return from.segment + 1 < config.segments.length ? { segment: from.segment + 1, question: 0 } : null;
}

export const questionAt = (config: GameConfig, at: Position): LiveQuestion => config.segments[at.segment].questions[at.question];

/**
 * Ids travel in socket rooms and serve as record keys: a short token, and never `__proto__`, which an
 * assignment would take for the prototype.
 */
export const isValidId = (id: unknown): id is string => typeof id === 'string' && /^[A-Za-z0-9_.:-]{1,64}$/.test(id) && id !== '__proto__';

// ---- validation of a configuration built from the organizer's choices --------------------------------

const id = z.string().refine(isValidId, 'live.config.badId');
const points = z.number().finite().min(0, 'live.config.negativePoints').max(100_000, 'live.config.tooManyPoints');

const liveQuestion = z
	.object({
		versionId: z.number().int().positive(),
		stem: z.string().trim().min(1, 'live.config.emptyStem'),
		imageId: z.string().nullable().default(null),
		display: z.custom<DisplayContent>((v) => typeof v === 'object' && v !== null),
		key: z.custom<AnswerKey>((v) => typeof v === 'object' && v !== null),
		timeLimitSec: z
			.number()
			.int('live.config.timeLimit')
			.min(MIN_TIME_LIMIT_SEC, 'live.config.timeLimit')
			.max(MAX_TIME_LIMIT_SEC, 'live.config.timeLimit'),
		points,
		respondentId: id.optional()
	})
	// The bank's own rules decide whether display and key make a sound question.
	.refine((q) => keyFitsDisplay(q.display, q.key), { path: ['key'], message: 'live.config.badKey' });

function keyFitsDisplay(display: DisplayContent, key: AnswerKey): boolean {
	try {
		return questionContent.safeParse(joinContent(display, key)).success;
	} catch {
		return false;
	}
}

const base = { title: z.string().trim().max(200).default(''), questions: z.array(liveQuestion).min(1, 'live.config.noQuestions') };
const deviceScoring = {
	pointsMode: z.enum(POINTS_MODES).default('fixed'),
	streakBonus: z.object({ step: points, max: points }).nullable().default(null)
};

const segment = z
	.discriminatedUnion('kind', [
		z.object({ kind: z.literal('knowledge'), ...base, ...deviceScoring }),
		z.object({ kind: z.literal('final'), ...base, ...deviceScoring, starBy: z.enum(STAKERS).default('host') }),
		z.object({ kind: z.literal('elimination'), ...base, ...deviceScoring, allOut: z.enum(ALL_OUT_RULES).default('revive') }),
		z.object({
			kind: z.literal('buzzer'),
			...base,
			penalty: points.default(0),
			answerWindowSec: z.number().int().min(1).max(MAX_ANSWER_WINDOW_SEC).nullable().default(null)
		}),
		z.object({ kind: z.literal('situation'), ...base, dropExtremes: z.boolean().default(false), scaleToPoints: z.boolean().default(false) })
	])
	// A situation is judged by rubric; everything else has a key to grade or to show.
	.refine((s) => s.questions.every((q) => (q.key.type === 'situation') === (s.kind === 'situation')), {
		path: ['questions'],
		message: 'live.config.wrongQuestionType'
	});

export const gameConfigSchema = z
	.object({
		segments: z.array(segment).min(1, 'live.config.noSegments'),
		judges: z
			.array(z.object({ id, name: z.string().trim().min(1) }))
			.default([])
			.refine((judges) => new Set(judges.map((j) => j.id)).size === judges.length, 'live.config.duplicateJudge'),
		leaderboardSize: z.number().int().min(1).max(100).default(10),
		graceSec: z.number().int().min(0).max(MAX_GRACE_SEC).default(DEFAULT_GRACE_SEC),
		hostReveals: z.boolean().default(true)
	})
	.refine((c) => c.judges.length > 0 || c.segments.every((s) => s.kind !== 'situation'), {
		path: ['judges'],
		message: 'live.config.noJudges'
	});

export type GameConfigInput = z.input<typeof gameConfigSchema>;
