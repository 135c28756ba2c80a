/**
 * Importing a plan's annex: a preview (tasks, how each agency name maps to a unit, every error), then a
 * commit with the mapping a person confirmed, in one transaction, all or nothing.
 */
import { eq, inArray, like, sql } from 'drizzle-orm';
import { ANNEX_COLUMNS, parseAnnexRows, type AnnexParse, type AnnexSection, type AnnexTask } from '$lib/plans/annex-table';
import { parseAnnexText } from '$lib/plans/annex-text';
import { buildAgencyIndex, matchAgency, type AgencyIndex, type AgencyMatch } from '$lib/plans/agency-match';
import { timelineSpan } from '$lib/plans/timeline';
import { isWithin } from '$lib/units/tree';
import { AppError } from '$lib/errors';
import { MAX_PASTE_CHARS } from '$lib/import/limits';
import type { RowError } from '$lib/import/row-error';
import { annexLimitErrors } from '$lib/plans/annex-limits';
import type { Db } from '$lib/server/db';
import { planSection, planTask, planTaskPartner, taskProgress, unit } from '$lib/server/db/schema';
import { readTable } from '$lib/server/import/spreadsheet';
import { fileText, uploadedFile } from '$lib/server/import/upload';
import { getPlan, PlanError } from './plans';

/** Every problem of an import at once; nothing was written. */
export class AnnexImportError extends AppError<'plans.import.commitFailed'> {
	declare readonly rows: RowError[];

	constructor(rows: RowError[]) {
		super('plans.import.commitFailed', { params: { count: rows.length }, rows });
	}
}

/** Reads an uploaded annex: .xlsx or .csv rows, or a .txt laid out as pasted text. */
export async function readAnnexFile(entry: FormDataEntryValue | null, year: number): Promise<AnnexParse> {
	const file = uploadedFile(entry, ['.xlsx', '.csv', '.txt']);
	if (/\.(xlsx|csv)$/i.test(file.name)) return parseAnnexRows(await readTable(file), year);
	return parseAnnexText(await fileText(file), year);
}

/** Pasted text as it was pasted, so that line numbers match; one over the limit is refused, named. */
function readPaste(text: string, year: number): AnnexParse {
	if (text.length > MAX_PASTE_CHARS) throw new AppError('plans.import.pasteTooLong', { status: 413, params: { max: MAX_PASTE_CHARS } });
	return parseAnnexText(text, year);
}

export interface AgencyResolution {
	name: string;
	/** Rows of the annex the name appears on. */
	rows: number[];
	match: AgencyMatch;
}

export interface AnnexPreview {
	sections: AnnexSection[];
	tasks: AnnexTask[];
	/** Every distinct name, groups included (flagged); probable ones await a person's confirmation. */
	agencies: AgencyResolution[];
	errors: RowError[];
}

/** Where an annex's agency names are matched: the plan's own tree (its province), where a district's plan also names the province's departments. */
export const agencyScope = (planUnitPath: string): string => `/${planUnitPath.split('/')[1]}/`;

/** Units to match against, in `agencyScope`. Units within the issuing unit's subtree win a tie between equal names. */
async function agencyIndex(db: Db, planUnitPath: string): Promise<AgencyIndex> {
	const units = await db
		.select({ id: unit.id, name: unit.name, path: unit.path })
		.from(unit)
		.where(like(unit.path, `${agencyScope(planUnitPath)}%`));
	return buildAgencyIndex(units.map((u) => ({ id: u.id, name: u.name, preferred: isWithin(u.path, planUnitPath) })));
}

type NameUse = { row: number; column: string };

/** Each distinct agency name with where it is used (lead or partner column, by row). */
function namesIn(tasks: readonly AnnexTask[]): Map<string, NameUse[]> {
	const uses = new Map<string, NameUse[]>();
	const add = (name: string, use: NameUse) => uses.set(name, [...(uses.get(name) ?? []), use]);
	for (const task of tasks) {
		for (const name of task.leadAgencies) add(name, { row: task.row, column: ANNEX_COLUMNS.lead });
		for (const name of task.cooperatingAgencies) add(name, { row: task.row, column: ANNEX_COLUMNS.partners });
	}
	return uses;
}

function resolutions(tasks: readonly AnnexTask[], index: AgencyIndex): { agencies: AgencyResolution[]; uses: Map<string, NameUse[]> } {
	const uses = namesIn(tasks);
	const agencies = [...uses].map(([name, at]) => ({ name, rows: [...new Set(at.map((u) => u.row))], match: matchAgency(name, index) }));
	return { agencies, uses };
}

const unknownErrors = (agencies: AgencyResolution[], uses: Map<string, NameUse[]>): RowError[] =>
	agencies
		.filter((a) => !a.match.group && a.match.confidence === 'unknown')
		.flatMap((a) => uses.get(a.name)!.map((use) => ({ ...use, message: 'plans.annex.unknownAgency' as const, params: { value: a.name } })));

/** An uploaded file (.xlsx, .csv, .txt, the form's field as it came) or text pasted into the page. */
export type AnnexSource = { file: FormDataEntryValue | null } | { text: string };

/**
 * What the import form sent: pasted text when there is any, kept as pasted (not trimmed) so that the
 * rows errors name are the lines of the paste; else the file.
 */
export function annexSource(form: FormData): AnnexSource {
	const text = form.get('text');
	return typeof text === 'string' && text.trim() !== '' ? { text } : { file: form.get('file') };
}

/**
 * Reads the annex in the plan's year (texts like "Mỗi tháng" take it) and shows what it would import:
 * sections, tasks, each agency name's match, and every error.
 */
export async function previewAnnexImport(db: Db, planId: number, source: AnnexSource): Promise<AnnexPreview> {
	const found = await getPlan(db, planId);
	if (!found) throw new PlanError('plans.notFound');
	const parsed = 'text' in source ? readPaste(source.text, found.plan.year) : await readAnnexFile(source.file, found.plan.year);
	const { agencies, uses } = resolutions(parsed.tasks, await agencyIndex(db, found.unitPath));
	const errors = [...parsed.errors, ...annexLimitErrors(parsed), ...unknownErrors(agencies, uses)].sort((a, b) => a.row - b.row);
	return { sections: parsed.sections, tasks: parsed.tasks, agencies, errors };
}

/** The unit for each agency name: the person's choice, else the one exact match. Unresolved names are errors. */
function resolveNames(
	agencies: AgencyResolution[],
	uses: Map<string, NameUse[]>,
	mapping: Readonly<Record<string, number>>,
	unitIds: ReadonlySet<number>
): { unitOf: Map<string, number>; errors: RowError[] } {
	const unitOf = new Map<string, number>();
	const errors: RowError[] = [];
	for (const { name, match } of agencies) {
		if (match.group) continue;
		const chosen = mapping[name];
		if (chosen !== undefined && unitIds.has(chosen)) unitOf.set(name, chosen);
		else if (chosen === undefined && match.confidence === 'exact') unitOf.set(name, match.candidates[0].unitId);
		else {
			const message =
				chosen === undefined && match.confidence === 'probable' ? 'plans.annex.unconfirmedAgency' : 'plans.annex.unknownAgency';
			errors.push(...uses.get(name)!.map((use) => ({ ...use, message, params: { value: name } }) satisfies RowError));
		}
	}
	return { unitOf, errors };
}

/**
 * Replaces the plan's annex with the previewed sections and tasks, in one transaction. `mapping` gives
 * the unit a person confirmed for an agency name; names with one exact match need none. Any unresolved
 * name makes the whole import fail with every error listed. A plan whose tasks already have progress
 * is not replaced.
 */
export async function commitAnnexImport(
	db: Db,
	planId: number,
	annex: { sections: AnnexSection[]; tasks: AnnexTask[] },
	mapping: Readonly<Record<string, number>>
): Promise<{ tasks: number }> {
	return db.transaction(async (tx) => {
		// Two imports into one plan at once would each delete the other's tasks half-way.
		await tx.execute(sql`select pg_advisory_xact_lock(${planId}, 7)`);
		const found = await getPlan(tx, planId);
		if (!found) throw new PlanError('plans.notFound');
		const index = await agencyIndex(tx, found.unitPath);
		const { agencies, uses } = resolutions(annex.tasks, index);
		const { unitOf, errors } = resolveNames(agencies, uses, mapping, new Set(index.units.map((u) => u.id)));
		if (errors.length > 0) throw new AnnexImportError(errors.sort((a, b) => a.row - b.row));

		const existing = await tx.select({ id: planTask.id }).from(planTask).where(eq(planTask.planId, planId));
		if (existing.length > 0) {
			const [reported] = await tx
				.select({ id: taskProgress.id })
				.from(taskProgress)
				.where(
					inArray(
						taskProgress.taskId,
						existing.map((t) => t.id)
					)
				)
				.limit(1);
			if (reported) throw new PlanError('plans.hasProgress');
			await tx.delete(planTask).where(eq(planTask.planId, planId));
		}
		await tx.delete(planSection).where(eq(planSection.planId, planId));

		const sectionIds = annex.sections.length
			? (
					await tx
						.insert(planSection)
						.values(annex.sections.map((s, position) => ({ planId, position, label: s.label, title: s.title })))
						.returning({ id: planSection.id, position: planSection.position })
				)
					.sort((a, b) => a.position - b.position)
					.map((s) => s.id)
			: [];
		for (const [position, task] of annex.tasks.entries()) {
			const leads = task.leadAgencies.flatMap((name) => (unitOf.has(name) ? [unitOf.get(name)!] : []));
			const { start, end } = timelineSpan(task.timeline);
			const [created] = await tx
				.insert(planTask)
				.values({
					planId,
					sectionId: task.section === null ? null : sectionIds[task.section],
					position,
					stt: task.stt,
					content: task.content,
					productKind: task.product?.kind ?? '',
					productDetail: task.product?.detail ?? '',
					targetQuantity: task.product?.target ?? null,
					productUnit: task.product?.unit ?? '',
					timeline: task.timeline,
					timelineText: task.timelineText,
					startsOn: start,
					endsOn: end,
					leadUnitId: leads[0] ?? null,
					leadText: task.leadText,
					partnersText: task.partnersText,
					note: task.note
				})
				.returning({ id: planTask.id });
			const partners = new Map<number, boolean>(leads.slice(1).map((id) => [id, true]));
			for (const name of task.cooperatingAgencies) {
				const id = unitOf.get(name);
				if (id !== undefined && id !== leads[0] && !partners.has(id)) partners.set(id, false);
			}
			if (partners.size > 0)
				await tx.insert(planTaskPartner).values([...partners].map(([unitId, coLead]) => ({ taskId: created.id, unitId, coLead })));
		}
		return { tasks: annex.tasks.length };
	});
}
