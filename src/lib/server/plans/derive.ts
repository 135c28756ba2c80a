/**
 * Deriving a plan from the form: a district or department makes its own plan from the province's
 * (`derivePlan` copies it). The parent must be a plan the person may derive from, the unit one they
 * keep, below the parent's issuing unit.
 */
import type { ScopedUser } from '$lib/auth/scope';
import { AppError } from '$lib/errors';
import { isWithin } from '$lib/units/tree';
import type { Db } from '$lib/server/db';
import { keptUnit } from '$lib/server/units/access';
import { derivesFrom } from './access';
import { derivePlan, getPlan, listPlans, PlanError } from './plans';

export async function derivablePlans(db: Db, user: ScopedUser) {
	return (await listPlans(db, null)).filter((p) => derivesFrom(user, p));
}

/** The derived plan's id; refusals name the field they belong to. */
export async function derivePlanFor(db: Db, user: ScopedUser & { id: string }, parentId: number, unitId: number): Promise<number> {
	const [parent, target] = await Promise.all([getPlan(db, parentId), keptUnit(db, user, unitId)]);
	if (!parent || !derivesFrom(user, parent)) throw new PlanError('plans.notFound', { field: 'parentId' });
	if (!target) throw new AppError('errors.forbidden', { field: 'unitId' });
	if (target.path === parent.unitPath || !isWithin(target.path, parent.unitPath)) throw new PlanError('plans.derive.notBelow');
	return derivePlan(db, parent.plan.id, target.id, user.id);
}
