/**
 * A unit's report for a period, its subtree rolled up: the tasks of the year's plans that the board
 * gives for the period, and the contests linked to them, from the one results model.
 */
import { eq, inArray } from 'drizzle-orm';
import { placeOfUnit } from '$lib/documents/place-date';
import { vietnamDate, type Period } from '$lib/plans/periods';
import { planReport, type PlanReport } from '$lib/plans/report';
import type { PlanReference } from '$lib/plans/report-heading';
import type { UnitRecord } from '$lib/units/tree';
import type { Db } from '$lib/server/db';
import { plan, unit } from '$lib/server/db/schema';
import { getUnit } from '$lib/server/units/service';
import { taskBoard } from './progress';
import { contestsRollIn } from './roll-in';
import { PlanError } from './plans';

export interface UnitReport {
	unit: UnitRecord;
	parent: UnitRecord | null;
	/** The province or city the report is dated in. */
	place: string;
	period: Period;
	/** The plans the tasks come from, for the opening sentence. */
	plans: PlanReference[];
	report: PlanReport;
	/** When the figures were taken. */
	at: Date;
}

export async function unitReport(db: Db, unitId: number, period: Period, now = new Date()): Promise<UnitReport> {
	const reporting = await getUnit(db, unitId);
	if (!reporting) throw new PlanError('plans.unitNotFound');
	const rootId = Number(reporting.path.split('/')[1]);
	const [parent, root, tasks] = await Promise.all([
		reporting.parentId === null ? null : getUnit(db, reporting.parentId),
		rootId === reporting.id ? reporting : getUnit(db, rootId),
		taskBoard(db, { unitPath: reporting.path, year: period.year, period, today: vietnamDate(now) })
	]);

	const planIds = [...new Set(tasks.map((task) => task.planId))];
	const [contests, plans] = await Promise.all([
		contestsRollIn(
			db,
			tasks.map((task) => task.id),
			period,
			now
		),
		planIds.length
			? db
					.select({ number: plan.number, issuedOn: plan.issuedOn, title: plan.title, unitName: unit.name })
					.from(plan)
					.innerJoin(unit, eq(unit.id, plan.unitId))
					.where(inArray(plan.id, planIds))
					.orderBy(plan.id)
			: []
	]);
	return {
		unit: reporting,
		parent,
		place: placeOfUnit(root?.name ?? reporting.name),
		period,
		plans,
		report: planReport(tasks, contests),
		at: now
	};
}
