/**
 * A round's overrides: a later close or extra minutes for one participant or one unit's subtree, each
 * with its reason (issue 20's audit trail is separate; the reason and who granted it are kept here).
 * Granting one recomputes the deadlines of attempts already running, by the same rule as a start.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { applicableOverride, attemptDeadline, type DeadlineOverride } from '$lib/contests/deadline';
import { AppError } from '$lib/errors';
import type { Db } from '$lib/server/db';
import { attempt, round, roundOverride, unit, user } from '$lib/server/db/schema';

const overrideUnit = alias(unit, 'override_unit');

/** Every override of a round, for the round page: whom it covers, what it grants, why. */
export function listOverrides(db: Db, roundId: number) {
	return db
		.select({
			id: roundOverride.id,
			userName: user.fullName,
			unitName: overrideUnit.name,
			closesAt: roundOverride.closesAt,
			extraSeconds: roundOverride.extraSeconds,
			reason: roundOverride.reason,
			createdAt: roundOverride.createdAt
		})
		.from(roundOverride)
		.leftJoin(user, eq(user.id, roundOverride.userId))
		.leftJoin(overrideUnit, eq(overrideUnit.id, roundOverride.unitId))
		.where(eq(roundOverride.roundId, roundId))
		.orderBy(asc(roundOverride.id));
}

/** The override that applies to one participant in a round (theirs, or their units' most generous). */
export async function overrideFor(db: Db, roundId: number, userId: string): Promise<DeadlineOverride | null> {
	const rows = await db
		.select({ userId: roundOverride.userId, closesAt: roundOverride.closesAt, extraSeconds: roundOverride.extraSeconds })
		.from(roundOverride)
		.innerJoin(user, eq(user.id, userId))
		.innerJoin(unit, eq(unit.id, user.unitId))
		.leftJoin(overrideUnit, eq(overrideUnit.id, roundOverride.unitId))
		.where(
			and(eq(roundOverride.roundId, roundId), sql`(${roundOverride.userId} = ${userId} OR ${unit.path} LIKE ${overrideUnit.path} || '%')`)
		);
	return applicableOverride(
		rows.find((r) => r.userId === userId) ?? null,
		rows.filter((r) => r.userId === null)
	);
}

/**
 * Recomputes the deadline of every attempt of the round still running, after its close, its overrides
 * or its limit changed: min(start + limit + extra minutes, the close or the later close granted).
 */
export async function refreshDeadlines(db: Db, roundId: number): Promise<void> {
	const [r] = await db
		.select({ closesAt: round.closesAt, timeLimitSeconds: round.timeLimitSeconds })
		.from(round)
		.where(eq(round.id, roundId));
	if (!r) return;
	const running = await db
		.select({ id: attempt.id, userId: attempt.userId, startedAt: attempt.startedAt, deadline: attempt.deadline })
		.from(attempt)
		.where(and(eq(attempt.roundId, roundId), isNull(attempt.submittedAt)));
	for (const a of running) {
		const override = a.userId ? await overrideFor(db, roundId, a.userId) : null;
		const deadline = attemptDeadline(a.startedAt, r.timeLimitSeconds, r.closesAt, override);
		if (deadline.getTime() !== a.deadline.getTime()) await db.update(attempt).set({ deadline }).where(eq(attempt.id, a.id));
	}
}

export interface OverrideInput {
	userId: string | null;
	unitId: number | null;
	closesAt: Date | null;
	extraSeconds: number;
	reason: string;
}

/** Grants (or replaces) the override of one participant or unit, then moves running deadlines. */
export async function grantOverride(db: Db, roundId: number, input: OverrideInput, grantedBy: string): Promise<void> {
	if (!input.closesAt && input.extraSeconds <= 0) throw new AppError('contest.overrideEmpty', { field: 'extraMinutes' });
	await db.transaction(async (tx) => {
		const target = input.userId ? eq(roundOverride.userId, input.userId) : eq(roundOverride.unitId, input.unitId!);
		await tx.delete(roundOverride).where(and(eq(roundOverride.roundId, roundId), target));
		await tx.insert(roundOverride).values({ roundId, ...input, createdBy: grantedBy });
		await refreshDeadlines(tx, roundId);
	});
}

export async function removeOverride(db: Db, roundId: number, overrideId: number): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.delete(roundOverride).where(and(eq(roundOverride.roundId, roundId), eq(roundOverride.id, overrideId)));
		await refreshDeadlines(tx, roundId);
	});
}
