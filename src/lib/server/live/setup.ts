import { and, asc, eq, inArray } from 'drizzle-orm';
import {
	DEFAULT_GRACE_SEC,
	gameConfigSchema,
	type AllOutRule,
	type GameConfig,
	type PointsMode,
	type SegmentKind,
	type Staker
} from '$lib/live/config';
import { STREAK_TIMES } from '$lib/live/scoring';
import { AppError } from '$lib/errors';
import type { Db } from '$lib/server/db';
import { question, questionVersion, user } from '$lib/server/db/schema';
import { isCurrentVersion, markVersionsUsed } from '$lib/server/bank/questions';

/** One part of the show as the organizer plans it: which kind, how many questions, how they score. */
export interface SegmentPlan {
	kind: SegmentKind;
	title: string;
	count: number;
	timeLimitSec: number;
	points: number;
	pointsMode: PointsMode;
	/** Buzzer: points a wrong answer costs. */
	penalty?: number;
	/** Device parts: extra points per right answer in a row (none when 0). */
	streakStep?: number;
	/** Situation: the highest and lowest judge are left out of the average. */
	dropExtremes?: boolean;
	/** Buzzer: the buzzer's own seconds to answer, the clock stopped; none when 0. */
	answerWindowSec?: number;
	/** Rung chuông vàng: what happens when one question would put out everyone still in. */
	allOut?: AllOutRule;
	/** Về đích: who stakes the ngôi sao hy vọng. */
	starBy?: Staker;
}

/** A setup refused, under the form's field: the judges, one part's question count (by row), or the parts. */
export class GameSetupError extends AppError<'live.setup.notEnoughQuestions' | 'live.setup.noJudges' | 'live.setup.invalid'> {
	declare readonly field: string;

	constructor(code: GameSetupError['code'], segment: number | null = null) {
		super(code, { field: code === 'live.setup.noJudges' ? 'judges' : segment === null ? 'segments' : `segments.${segment}.count` });
	}
}

/**
 * A game's configuration from a bank: each part takes the next approved questions of its type
 * (situations for "xử lý tình huống", the others for everything else), in the bank's order, never the
 * same question twice. The versions are frozen as used, so an edit later makes a new version.
 * `graceSec`: how long a dropped player holds up the auto-lock.
 */
export async function gameConfigFrom(
	db: Db,
	bankId: number,
	plan: SegmentPlan[],
	judgeIds: string[],
	graceSec = DEFAULT_GRACE_SEC
): Promise<GameConfig> {
	const pool = await db
		.select({
			versionId: questionVersion.id,
			type: questionVersion.type,
			stem: questionVersion.stem,
			imageId: questionVersion.imageId,
			display: questionVersion.display,
			key: questionVersion.answer
		})
		.from(question)
		.innerJoin(questionVersion, isCurrentVersion)
		.where(and(eq(question.bankId, bankId), eq(question.status, 'approved')))
		.orderBy(asc(question.id));
	const taken = new Set<number>();
	const segments = plan.map((p, index) => {
		const wanted = pool.filter((q) => !taken.has(q.versionId) && (q.type === 'situation') === (p.kind === 'situation')).slice(0, p.count);
		if (wanted.length < p.count) throw new GameSetupError('live.setup.notEnoughQuestions', index);
		for (const q of wanted) taken.add(q.versionId);
		const questions = wanted.map((q) => ({
			versionId: q.versionId,
			stem: q.stem,
			imageId: q.imageId,
			display: q.display,
			key: q.key,
			timeLimitSec: p.timeLimitSec,
			points: p.points
		}));
		switch (p.kind) {
			case 'buzzer':
				return { kind: p.kind, title: p.title, questions, penalty: p.penalty ?? 0, answerWindowSec: p.answerWindowSec || null };
			case 'situation':
				// The judges' total is scaled to the part's points, so a situation weighs what the organizer set.
				return { kind: p.kind, title: p.title, questions, dropExtremes: p.dropExtremes ?? false, scaleToPoints: true };
			default: {
				const step = p.streakStep ?? 0;
				const own = p.kind === 'elimination' ? { allOut: p.allOut ?? 'revive' } : p.kind === 'final' ? { starBy: p.starBy ?? 'host' } : {};
				return {
					kind: p.kind,
					title: p.title,
					questions,
					pointsMode: p.pointsMode,
					streakBonus: step > 0 ? { step, max: step * STREAK_TIMES } : null,
					...own
				};
			}
		}
	});
	const judges = judgeIds.length ? await db.select({ id: user.id, name: user.fullName }).from(user).where(inArray(user.id, judgeIds)) : [];
	if (plan.some((p) => p.kind === 'situation') && judges.length === 0) throw new GameSetupError('live.setup.noJudges');
	const parsed = gameConfigSchema.safeParse({ segments, judges, leaderboardSize: 10, graceSec });
	if (!parsed.success) throw new GameSetupError('live.setup.invalid');
	await markVersionsUsed(db, [...taken]);
	return parsed.data as GameConfig;
}
