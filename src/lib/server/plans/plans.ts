import { and, asc, desc, eq, inArray, like } from 'drizzle-orm';
import { AppError, type Refusal } from '$lib/errors';
import type { MessageKey } from '$lib/i18n';
import type { Db } from '$lib/server/db';
import { plan, planSection, planTask, planTaskPartner, unit } from '$lib/server/db/schema';

/** Each refusal with its status and the form field it belongs to (none: the whole form's). */
const PLAN_ERRORS = {
	'plans.notFound': {},
	'plans.taskNotFound': {},
	'plans.unitNotFound': { field: 'unitId' },
	'plans.hasProgress': { status: 409 },
	'plans.notQuarter': {},
	'plans.derivedExists': { field: 'unitId' },
	'plans.derive.notBelow': { field: 'unitId' },
	'plans.badEvidenceLink': {},
	'plans.progressNotFound': {},
	'plans.evidence.tooLarge': { field: 'files' },
	'plans.evidence.type': { field: 'files' }
} satisfies Partial<Record<MessageKey, Refusal>>;

export type PlanErrorCode = keyof typeof PLAN_ERRORS;

export class PlanError extends AppError<PlanErrorCode> {
	/** `refusal` adds to the code's own: the parameters, or another field where one form names it differently. */
	constructor(code: PlanErrorCode, refusal?: Refusal) {
		super(code, { ...PLAN_ERRORS[code], ...refusal });
	}
}

export interface PlanInput {
	unitId: number;
	year: number;
	/** Số / ký hiệu, e.g. "105/KH-UBND". */
	number: string;
	/** "yyyy-mm-dd", or null while the plan is not issued. */
	issuedOn: string | null;
	title: string;
	basis: string;
	purpose: string;
	content: string;
	organization: string;
	funding: string;
}

async function unitName(db: Db, unitId: number): Promise<string> {
	const [found] = await db.select({ name: unit.name }).from(unit).where(eq(unit.id, unitId));
	if (!found) throw new PlanError('plans.unitNotFound');
	return found.name;
}

export async function createPlan(db: Db, input: PlanInput, createdBy: string): Promise<number> {
	await unitName(db, input.unitId);
	const [created] = await db
		.insert(plan)
		.values({ ...input, createdBy })
		.returning({ id: plan.id });
	return created.id;
}

export async function updatePlan(db: Db, id: number, input: PlanInput): Promise<void> {
	await unitName(db, input.unitId);
	const updated = await db
		.update(plan)
		.set({ ...input, updatedAt: new Date() })
		.where(eq(plan.id, id))
		.returning({ id: plan.id });
	if (updated.length === 0) throw new PlanError('plans.notFound');
}

/** A plan with its issuing unit's name and path (what guards check). */
export async function getPlan(db: Db, id: number) {
	const [found] = await db
		.select({ plan, unitName: unit.name, unitPath: unit.path })
		.from(plan)
		.innerJoin(unit, eq(unit.id, plan.unitId))
		.where(eq(plan.id, id));
	return found ?? null;
}

/** Plans issued within a unit subtree (all for null), newest year first. */
export function listPlans(db: Db, withinPath: string | null, year?: number) {
	const conditions = [withinPath ? like(unit.path, `${withinPath}%`) : undefined, year ? eq(plan.year, year) : undefined];
	return db
		.select({
			id: plan.id,
			year: plan.year,
			number: plan.number,
			title: plan.title,
			unitId: plan.unitId,
			unitName: unit.name,
			unitPath: unit.path,
			parentId: plan.parentId
		})
		.from(plan)
		.innerJoin(unit, eq(unit.id, plan.unitId))
		.where(and(...conditions))
		.orderBy(desc(plan.year), asc(plan.id));
}

/** A plan's annex: sections and tasks in order, each task with its lead's name and partner units. */
export async function planAnnex(db: Db, planId: number) {
	const sections = await db.select().from(planSection).where(eq(planSection.planId, planId)).orderBy(asc(planSection.position));
	const tasks = await db
		.select({ task: planTask, leadName: unit.name })
		.from(planTask)
		.leftJoin(unit, eq(unit.id, planTask.leadUnitId))
		.where(eq(planTask.planId, planId))
		.orderBy(asc(planTask.position));
	const partners = tasks.length
		? await db
				.select({ taskId: planTaskPartner.taskId, unitId: unit.id, name: unit.name, coLead: planTaskPartner.coLead })
				.from(planTaskPartner)
				.innerJoin(unit, eq(unit.id, planTaskPartner.unitId))
				.where(
					inArray(
						planTaskPartner.taskId,
						tasks.map((t) => t.task.id)
					)
				)
		: [];
	return {
		sections,
		tasks: tasks.map(({ task, leadName }) => ({
			...task,
			leadName,
			partners: partners.filter((p) => p.taskId === task.id).map(({ unitId, name, coLead }) => ({ unitId, name, coLead }))
		}))
	};
}

/**
 * A district's or department's plan from the province's: the same year, title, sections and tasks,
 * with the deriving unit as every task's lead. Partners are kept (the unit itself left out), and each
 * task remembers the task it came from, so that reports can roll the unit's work up into it.
 */
export async function derivePlan(db: Db, parentId: number, unitId: number, createdBy: string): Promise<number> {
	return db.transaction(async (tx) => {
		const parent = await getPlan(tx, parentId);
		if (!parent) throw new PlanError('plans.notFound');
		const leadText = await unitName(tx, unitId);
		const [existing] = await tx
			.select({ id: plan.id })
			.from(plan)
			.where(and(eq(plan.parentId, parentId), eq(plan.unitId, unitId)));
		if (existing) throw new PlanError('plans.derivedExists');
		const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = parent.plan;
		const [created] = await tx
			.insert(plan)
			.values({ ...fields, unitId, parentId, number: '', issuedOn: null, createdBy })
			.returning({ id: plan.id });
		const { sections, tasks } = await planAnnex(tx, parentId);
		const sectionIds = new Map<number, number>();
		for (const section of sections) {
			const [copy] = await tx
				.insert(planSection)
				.values({ planId: created.id, position: section.position, label: section.label, title: section.title })
				.returning({ id: planSection.id });
			sectionIds.set(section.id, copy.id);
		}
		for (const task of tasks) {
			const { id, createdAt: _t, leadName: _l, partners, planId: _p, sectionId, leadUnitId: _lead, leadText: _text, ...copied } = task;
			const [copy] = await tx
				.insert(planTask)
				.values({
					...copied,
					planId: created.id,
					sectionId: sectionId === null ? null : sectionIds.get(sectionId)!,
					leadUnitId: unitId,
					leadText,
					sourceTaskId: id
				})
				.returning({ id: planTask.id });
			const kept = partners.filter((p) => p.unitId !== unitId);
			if (kept.length) await tx.insert(planTaskPartner).values(kept.map((p) => ({ taskId: copy.id, unitId: p.unitId, coLead: false })));
		}
		return created.id;
	});
}

/** The plans derived from a plan, by their units' names. */
export function derivedPlans(db: Db, parentId: number) {
	return db
		.select({ id: plan.id, title: plan.title, unitName: unit.name })
		.from(plan)
		.innerJoin(unit, eq(unit.id, plan.unitId))
		.where(eq(plan.parentId, parentId))
		.orderBy(asc(unit.name));
}
