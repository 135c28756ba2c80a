/**
 * A plan's annex of tasks ("Phụ lục" / "Danh mục") read from rows of cells: a spreadsheet's rows (.xlsx,
 * .csv), or the rows `annex-text` makes of pasted text. Columns are found by their headings, in any order:
 * STT, nội dung, sản phẩm, thời gian (one column, or "triển khai" and "hoàn thành" under it), cơ quan chủ
 * trì, cơ quan phối hợp, ghi chú. Headings repeated at page breaks are skipped; a row without a number
 * continues the task above; a numbered heading ("I. Nhiệm vụ chung") opens a section.
 */
import { foldDiacritics } from '$lib/i18n/text';
import { isBlankRow } from '$lib/import/csv';
import { spreadDown, toGrid, type CellRange, type Grid } from '$lib/import/grid';
import type { RowError } from '$lib/import/row-error';
import { splitAgencies } from './agency-match';
import { parseProduct, type Product } from './product';
import { parseTimeline, parseTimelineColumns, type Timeline } from './timeline';

/** Column headings of the annex template, and the names errors use for a missing column. */
export const ANNEX_COLUMNS = {
	stt: 'STT',
	content: 'Nội dung',
	product: 'Sản phẩm',
	timeline: 'Thời gian thực hiện',
	timelineStart: 'Triển khai',
	timelineEnd: 'Hoàn thành',
	lead: 'Cơ quan chủ trì',
	partners: 'Cơ quan phối hợp',
	note: 'Ghi chú'
} as const;

type Field = keyof typeof ANNEX_COLUMNS;

export interface AnnexSection {
	/** "I", "II", "A": the heading's number as written. */
	label: string;
	title: string;
	row: number;
}

export interface AnnexTask {
	row: number;
	/** Index into the sections, or null when the annex has none above this task. */
	section: number | null;
	stt: string;
	content: string;
	product: Product | null;
	productText: string;
	timeline: Timeline;
	timelineText: string;
	leadText: string;
	leadAgencies: string[];
	partnersText: string;
	cooperatingAgencies: string[];
	note: string;
}

export interface AnnexParse {
	sections: AnnexSection[];
	tasks: AnnexTask[];
	errors: RowError[];
}

/** A row of cells with the row (spreadsheet) or line (text) number a person sees. */
export interface NumberedRow {
	row: number;
	cells: string[];
}

const fold = (text: string) =>
	foldDiacritics(text)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/** The field a heading names, if any. Start and end words are tested before the plain "thời gian". */
function headingField(text: string): Field | null {
	const h = fold(text);
	if (!h) return null;
	if (/^(stt|so tt|s tt|tt|so thu tu)$/.test(h)) return 'stt';
	if (/noi dung|^nhiem vu|^ten nhiem vu/.test(h)) return 'content';
	if (/san pham/.test(h)) return 'product';
	const start = /trien khai|bat dau/.test(h);
	const end = /hoan thanh|ket thuc/.test(h);
	if (start !== end) return start ? 'timelineStart' : 'timelineEnd';
	if (/thoi gian|thoi han/.test(h)) return 'timeline';
	if (/chu tri/.test(h)) return 'lead';
	if (/phoi hop/.test(h)) return 'partners';
	if (/ghi chu/.test(h)) return 'note';
	return null;
}

interface Header {
	row: number;
	/** Index of the first row below the heading (one row, or two with "triển khai / hoàn thành"). */
	bodyFrom: number;
	index: Partial<Record<Field, number>>;
	titles: Partial<Record<Field, string>>;
	keys: string[];
}

function readHeading(cells: string[]): Partial<Record<Field, number>> {
	const index: Partial<Record<Field, number>> = {};
	cells.forEach((cell, i) => {
		const field = headingField(cell);
		if (field && index[field] === undefined) index[field] = i;
	});
	return index;
}

/** A heading row names the content and at least two other columns, so prose is never taken for one. */
export function isHeading(cells: string[]): boolean {
	const index = readHeading(cells);
	return index.content !== undefined && Object.keys(index).length >= 3;
}

/** The "triển khai / hoàn thành" row under "Thời gian thực hiện". */
export const isSubHeading = (cells: string[]) =>
	cells.some((c) => c.trim()) && cells.every((c) => !c.trim() || ['timelineStart', 'timelineEnd'].includes(headingField(c) ?? ''));

function findHeader(rows: NumberedRow[]): Header | null {
	const at = rows.findIndex((r) => isHeading(r.cells));
	if (at < 0) return null;
	const cells = rows[at].cells;
	const index = readHeading(cells);
	const titles: Partial<Record<Field, string>> = {};
	for (const [field, i] of Object.entries(index) as [Field, number][]) titles[field] = cells[i].trim();
	const nextAt = rows.findIndex((r, i) => i > at && !isBlankRow(r.cells));
	const next = rows[nextAt];
	let bodyFrom = at + 1;
	if (next && isSubHeading(next.cells)) {
		bodyFrom = nextAt + 1;
		next.cells.forEach((cell, i) => {
			const field = headingField(cell);
			if (field !== 'timelineStart' && field !== 'timelineEnd') return;
			index[field] = i;
			// The sub-heading sits under "Thời gian thực hiện", whose text is in the first of its cells.
			const over = cells.slice(0, i + 1).findLastIndex((c) => c.trim() !== '');
			titles[field] = over >= 0 && headingField(cells[over]) === 'timeline' ? `${cells[over].trim()} / ${cell.trim()}` : cell.trim();
		});
		if (index.timelineStart !== undefined || index.timelineEnd !== undefined) delete index.timeline;
	}
	return { row: rows[at].row, bodyFrom, index, titles, keys: cells.map(fold) };
}

const TASK_NUMBER = /^\d{1,3}(\.\d{1,3})*\.?$/;
const SECTION_NUMBER = /^([IVXL]+|[A-Z])\.?$/;
const SECTION_LINE = /^([IVXL]+|[A-Z])[.)]\s+(\S.*)$/;

/** A numbered heading: "I" in the number column with its title, or "I. Title" alone on the row. */
function sectionOf(cells: string[], header: Header): { label: string; title: string } | null {
	const filled = cells.map((c) => c.trim()).filter(Boolean);
	const stt = (cells[header.index.stt ?? -1] ?? '').trim();
	const content = (cells[header.index.content ?? -1] ?? '').trim();
	if (SECTION_NUMBER.test(stt) && content && filled.length === 2) return { label: stt.replace(/\.$/, ''), title: content };
	if (filled.length === 1) {
		const line = SECTION_LINE.exec(filled[0]);
		if (line) return { label: line[1], title: line[2].trim() };
	}
	return null;
}

export const isTaskNumber = (text: string) => TASK_NUMBER.test(text.trim());
/** A section's number alone, as the number column holds it: "I", "II.", "A". */
export const isSectionNumber = (text: string) => SECTION_NUMBER.test(text);
/** A section's number and title in one cell: "I. Nhiệm vụ chung". */
export const isSectionLine = (text: string) => SECTION_LINE.test(text);

interface Draft {
	row: number;
	section: number | null;
	cells: string[];
}

/**
 * Reads numbered rows into sections and tasks, with every error at once. `joiner` glues a task's
 * continuation rows to it: a space for text wrapped at a line's end, a line break for spreadsheet rows
 * that list one more agency each. `merges` (a sheet's, indexed as `rows` is) spread a value merged down
 * over several numbered tasks to each of them; a merged row without a number continues its task.
 */
export function parseAnnexTable(rows: NumberedRow[], year: number, joiner: ' ' | '\n' = '\n', merges: CellRange[] = []): AnnexParse {
	const header = findHeader(rows);
	if (!header) return { sections: [], tasks: [], errors: [{ row: 1, message: 'plans.annex.noHeader' }] };
	const errors: RowError[] = [];
	for (const field of ['stt', 'content', 'lead'] as const) {
		if (header.index[field] === undefined) errors.push({ row: header.row, column: ANNEX_COLUMNS[field], message: 'import.missingColumn' });
	}
	if (header.index.timeline === undefined && header.index.timelineStart === undefined && header.index.timelineEnd === undefined)
		errors.push({ row: header.row, column: ANNEX_COLUMNS.timeline, message: 'import.missingColumn' });
	if (errors.length > 0) return { sections: [], tasks: [], errors };

	const sections: AnnexSection[] = [];
	const drafts: Draft[] = [];
	const sttAt = header.index.stt!;
	const spread = spreadDown(
		rows.map((r) => r.cells),
		merges,
		header.bodyFrom,
		(cells) => isTaskNumber(cells[sttAt] ?? '')
	);
	for (const [i, { row }] of rows.entries()) {
		if (i < header.bodyFrom) continue;
		const cells = spread[i];
		if (isBlankRow(cells)) continue;
		const keys = cells.map(fold);
		if (keys.join('|') === header.keys.join('|') || isSubHeading(cells)) continue; // repeated at a page break
		const section = sectionOf(cells, header);
		const stt = (cells[sttAt] ?? '').trim();
		if (section) sections.push({ ...section, row });
		else if (isTaskNumber(stt)) drafts.push({ row, section: sections.length ? sections.length - 1 : null, cells: [...cells] });
		else if (stt) errors.push({ row, column: header.titles.stt, message: 'plans.annex.badNumber', params: { value: stt } });
		else if (drafts.length === 0 || drafts[drafts.length - 1].section !== (sections.length ? sections.length - 1 : null))
			errors.push({ row, column: header.titles.stt, message: 'plans.annex.noNumber' });
		else {
			const task = drafts[drafts.length - 1];
			cells.forEach((cell, i) => {
				if (!cell.trim()) return;
				task.cells[i] = task.cells[i]?.trim() ? `${task.cells[i].trim()}${joiner}${cell.trim()}` : cell.trim();
			});
		}
	}
	checkNumbers(drafts, header, errors);
	const tasks = drafts.flatMap((draft) => readTask(draft, header, year, errors));
	if (drafts.length === 0 && errors.length === 0) errors.push({ row: header.row + 1, message: 'import.empty' });
	errors.sort((a, b) => a.row - b.row);
	return { sections, tasks, errors };
}

function readTask(draft: Draft, header: Header, year: number, errors: RowError[]): AnnexTask[] {
	const cell = (field: Field) => {
		const at = header.index[field];
		return at === undefined ? '' : (draft.cells[at] ?? '').trim();
	};
	const column = (field: Field) => header.titles[field] ?? ANNEX_COLUMNS[field];
	const problem = (field: Field, message: RowError['message'], params?: RowError['params']) =>
		errors.push({ row: draft.row, column: column(field), message, ...(params && { params }) });
	const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ');

	const content = cell('content');
	const leadText = cell('lead');
	const startText = flat(cell('timeline') || cell('timelineStart'));
	const endText = flat(cell('timelineEnd'));
	if (!content) problem('content', 'import.required');
	if (!leadText) problem('lead', 'import.required');
	const single = header.index.timeline !== undefined;
	let timeline: Timeline | null = null;
	if (!startText && !endText) problem(single ? 'timeline' : 'timelineStart', 'import.required');
	else {
		const parsed = parseTimelineColumns(startText, endText, year);
		if (parsed.ok) timeline = parsed.timeline;
		else {
			// Name the column whose text failed: the start's, unless it reads well on its own.
			const blamed = single ? 'timeline' : startText && !parseTimeline(startText, year).ok ? 'timelineStart' : 'timelineEnd';
			problem(blamed, parsed.error, parsed.params);
		}
	}
	if (!content || !leadText || !timeline) return [];
	const productText = flat(cell('product'));
	const partnersText = cell('partners');
	return [
		{
			row: draft.row,
			section: draft.section,
			stt: cell('stt').replace(/\.$/, ''),
			content,
			product: parseProduct(productText),
			productText,
			timeline,
			timelineText: startText && endText && startText !== endText ? `${startText} – ${endText}` : startText || endText,
			leadText: flat(leadText),
			leadAgencies: splitAgencies(leadText),
			partnersText: flat(partnersText),
			cooperatingAgencies: splitAgencies(partnersText),
			note: cell('note')
		}
	];
}

/** A number appears once per section ("1." may start each section again). */
function checkNumbers(drafts: Draft[], header: Header, errors: RowError[]): void {
	const seen = new Map<string, number>();
	for (const draft of drafts) {
		const key = `${draft.section}:${draft.cells[header.index.stt!].trim().replace(/\.$/, '')}`;
		const other = seen.get(key);
		if (other !== undefined)
			errors.push({ row: draft.row, column: header.titles.stt, message: 'import.duplicateInFile', params: { other } });
		else seen.set(key, draft.row);
	}
}

/** A sheet (from `readTable`), its rows numbered as the sheet numbers them; its cells' problems come first. */
export function parseAnnexRows(table: string[][] | Grid, year: number): AnnexParse {
	const grid = toGrid(table);
	if (grid.rows.every(isBlankRow)) return { sections: [], tasks: [], errors: [...grid.errors, { row: 1, message: 'import.empty' }] };
	const parsed = parseAnnexTable(
		grid.rows.map((cells, i) => ({ row: i + 1, cells })),
		year,
		'\n',
		grid.merges
	);
	if (grid.errors.length === 0) return parsed;
	return { sections: [], tasks: [], errors: [...grid.errors, ...parsed.errors].sort((a, b) => a.row - b.row) };
}
