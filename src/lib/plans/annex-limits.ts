/**
 * How much of an annex one import holds: the preview names what is over a limit by row and column, so
 * that the commit (whose schema uses the same figures) never refuses a preview that passed.
 */
import type { RowError } from '$lib/import/row-error';
import { ANNEX_COLUMNS, type AnnexParse, type AnnexTask } from './annex-table';

export const ANNEX_LIMITS = {
	tasks: 1_000,
	sections: 100,
	sectionLabel: 20,
	sectionTitle: 1_000,
	stt: 20,
	content: 10_000,
	productText: 1_000,
	productDetail: 1_000,
	productWord: 500,
	/** A task's target quantity (the progress form takes up to as many). */
	target: 1_000_000,
	timelineText: 500,
	leadText: 1_000,
	partnersText: 2_000,
	note: 2_000,
	agencies: 50,
	agencyName: 500
} as const;

type Column = (typeof ANNEX_COLUMNS)[keyof typeof ANNEX_COLUMNS];
const TEXTS: [keyof AnnexTask & keyof typeof ANNEX_LIMITS, Column][] = [
	['stt', ANNEX_COLUMNS.stt],
	['content', ANNEX_COLUMNS.content],
	['productText', ANNEX_COLUMNS.product],
	['timelineText', ANNEX_COLUMNS.timeline],
	['leadText', ANNEX_COLUMNS.lead],
	['partnersText', ANNEX_COLUMNS.partners],
	['note', ANNEX_COLUMNS.note]
];

/** Every place a parsed annex goes over `ANNEX_LIMITS`. */
export function annexLimitErrors({ sections, tasks }: Pick<AnnexParse, 'sections' | 'tasks'>): RowError[] {
	const errors: RowError[] = [];
	const tooLong = (row: number, column: string, max: number) =>
		errors.push({ row, column, message: 'plans.annex.tooLong', params: { max } });
	if (tasks.length > ANNEX_LIMITS.tasks)
		errors.push({
			row: tasks[ANNEX_LIMITS.tasks].row,
			message: 'plans.annex.tooManyTasks',
			params: { count: tasks.length, max: ANNEX_LIMITS.tasks }
		});
	if (sections.length > ANNEX_LIMITS.sections)
		errors.push({
			row: sections[ANNEX_LIMITS.sections].row,
			message: 'plans.annex.tooManySections',
			params: { max: ANNEX_LIMITS.sections }
		});
	for (const section of sections) {
		if (section.label.length > ANNEX_LIMITS.sectionLabel) tooLong(section.row, ANNEX_COLUMNS.stt, ANNEX_LIMITS.sectionLabel);
		if (section.title.length > ANNEX_LIMITS.sectionTitle) tooLong(section.row, ANNEX_COLUMNS.content, ANNEX_LIMITS.sectionTitle);
	}
	for (const task of tasks) {
		for (const [field, column] of TEXTS) if (task[field].length > ANNEX_LIMITS[field]) tooLong(task.row, column, ANNEX_LIMITS[field]);
		const product = task.product;
		if (product && [product.kind, product.unit].some((t) => t.length > ANNEX_LIMITS.productWord))
			tooLong(task.row, ANNEX_COLUMNS.product, ANNEX_LIMITS.productWord);
		if (product && product.detail.length > ANNEX_LIMITS.productDetail) tooLong(task.row, ANNEX_COLUMNS.product, ANNEX_LIMITS.productDetail);
		if (product?.target && product.target > ANNEX_LIMITS.target)
			errors.push({
				row: task.row,
				column: ANNEX_COLUMNS.product,
				message: 'plans.annex.quantityTooLarge',
				params: { max: ANNEX_LIMITS.target }
			});
		for (const [names, column] of [
			[task.leadAgencies, ANNEX_COLUMNS.lead],
			[task.cooperatingAgencies, ANNEX_COLUMNS.partners]
		] as const) {
			if (names.length > ANNEX_LIMITS.agencies)
				errors.push({ row: task.row, column, message: 'plans.annex.tooManyAgencies', params: { max: ANNEX_LIMITS.agencies } });
			if (names.some((n) => n.length > ANNEX_LIMITS.agencyName)) tooLong(task.row, column, ANNEX_LIMITS.agencyName);
		}
	}
	return errors;
}
