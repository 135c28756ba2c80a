import { foldDiacritics } from '$lib/i18n/text';
import { isBlankRow } from '$lib/import/csv';
import { findHeader, spreadDown, toGrid, type Grid } from '$lib/import/grid';
import type { RowError } from '$lib/import/row-error';
import { isUnitKind, type UnitKind } from './kinds';

/** Column headings of the unit import template, in order. */
export const UNIT_IMPORT_COLUMNS = {
	code: 'Mã đơn vị',
	name: 'Tên đơn vị',
	kind: 'Loại',
	parentCode: 'Mã đơn vị cấp trên',
	headcount: 'Số CBCCVC/thành viên'
} as const;

type Field = keyof typeof UNIT_IMPORT_COLUMNS;

/** The template's sheet: an import reads it when it is visible, whatever sheet comes first. */
export const UNIT_SHEET = 'Đơn vị';

export interface ImportedUnit {
	row: number;
	code: string;
	name: string;
	kind: UnitKind;
	parentCode: string | null;
	headcount: number;
}

export interface UnitImportPreview {
	units: ImportedUnit[];
	errors: RowError[];
}

// Folded words people write in the "Loại" column, mapped to our kinds.
const KIND_WORDS: Record<string, UnitKind> = {
	tinh: 'province',
	'thanh pho truc thuoc trung uong': 'province',
	so: 'department',
	ban: 'department',
	nganh: 'department',
	'so, ban, nganh': 'department',
	huyen: 'district',
	'thi xa': 'district',
	'thanh pho': 'district',
	quan: 'district',
	xa: 'commune',
	phuong: 'commune',
	'thi tran': 'commune',
	doan: 'youth_union',
	'doan thanh nien': 'youth_union',
	'cong doan': 'trade_union',
	hoi: 'association',
	khac: 'other'
};

export function parseUnitKind(text: string): UnitKind | null {
	const value = text.trim();
	if (isUnitKind(value)) return value;
	return KIND_WORDS[foldDiacritics(value).replace(/\s+/g, ' ')] ?? null;
}

/** A whole number as Vietnamese write it: "1.200" and "1 200" are twelve hundred; "12.5" is no headcount. */
function parseHeadcount(text: string): number {
	if (text === '') return 0;
	const grouped = /^\d{1,3}([.\s]\d{3})+$/.test(text) ? text.replace(/[.\s]/g, '') : text;
	return /^\d+$/.test(grouped) ? Number(grouped) : NaN;
}

function headerIndex(header: string[]): Partial<Record<Field, number>> {
	const folded = header.map(foldHeading);
	const index: Partial<Record<Field, number>> = {};
	for (const [field, title] of Object.entries(UNIT_IMPORT_COLUMNS) as [Field, string][]) {
		const at = folded.indexOf(foldHeading(title));
		if (at >= 0) index[field] = at;
	}
	return index;
}

const foldHeading = (text: string) =>
	foldDiacritics(text)
		.replace(/[\s/]+/g, ' ')
		.trim();

/**
 * Checks a unit table against the units that already exist, by code. Its headings are found past any
 * title rows above them (the first rows naming most columns); a value merged down over several units
 * belongs to each. Returns every error at once (the sheet's own cell problems first), and the units
 * ordered so that each parent is inserted before its children.
 */
export function validateUnitRows(table: string[][] | Grid, existingCodes: ReadonlySet<string>): UnitImportPreview {
	const grid = toGrid(table);
	if (grid.rows.every(isBlankRow)) return { units: [], errors: [...grid.errors, { row: 1, message: 'import.empty' }] };
	const header = findHeader(grid, (headings) => Object.keys(headerIndex(headings)).length);
	const index = headerIndex(header.headings);
	const errors: RowError[] = [];
	for (const field of ['code', 'name', 'kind'] as const) {
		if (index[field] === undefined)
			errors.push({ row: header.at + 1, column: UNIT_IMPORT_COLUMNS[field], message: 'import.missingColumn' });
	}
	if (errors.length > 0) return { units: [], errors };
	const bodyFrom = header.at + header.depth;
	const body = spreadDown(grid.rows, grid.merges, bodyFrom, (cells) => !isBlankRow(cells)).slice(bodyFrom);
	errors.push(...grid.errors);
	if (body.every(isBlankRow) && errors.length === 0) return { units: [], errors: [{ row: bodyFrom + 1, message: 'import.empty' }] };

	const cell = (cells: string[], field: Field) => {
		const at = index[field];
		return at === undefined ? '' : (cells[at] ?? '').trim();
	};
	const units: ImportedUnit[] = [];
	const seenCodes = new Map<string, number>();
	body.forEach((cells, i) => {
		if (isBlankRow(cells)) return;
		const row = bodyFrom + i + 1;
		const problem = (field: Field, message: RowError['message'], params?: RowError['params']) =>
			errors.push({ row, column: UNIT_IMPORT_COLUMNS[field], message, params });
		const code = cell(cells, 'code');
		const name = cell(cells, 'name');
		const kindText = cell(cells, 'kind');
		const headcountText = cell(cells, 'headcount');
		const kind = parseUnitKind(kindText);
		const headcount = parseHeadcount(headcountText);

		if (!code) problem('code', 'import.required');
		else if (existingCodes.has(code)) problem('code', 'import.codeExists', { code });
		else if (seenCodes.has(code)) problem('code', 'import.duplicateInFile', { other: seenCodes.get(code)! });
		if (!name) problem('name', 'import.required');
		if (!kindText) problem('kind', 'import.required');
		else if (!kind) problem('kind', 'units.unknownKind', { value: kindText });
		if (!Number.isInteger(headcount) || headcount < 0) problem('headcount', 'import.notWholeNumber', { value: headcountText });
		if (code && !seenCodes.has(code)) seenCodes.set(code, row);
		if (code && name && kind && Number.isInteger(headcount) && headcount >= 0) {
			units.push({ row, code, name, kind, parentCode: cell(cells, 'parentCode') || null, headcount });
		}
	});

	const byCode = new Map(units.map((u) => [u.code, u]));
	for (const unit of units) {
		if (unit.parentCode && !byCode.has(unit.parentCode) && !existingCodes.has(unit.parentCode)) {
			errors.push({
				row: unit.row,
				column: UNIT_IMPORT_COLUMNS.parentCode,
				message: 'units.unknownParent',
				params: { code: unit.parentCode }
			});
		}
	}
	const ordered = parentsFirst(units, byCode, errors);
	errors.sort((a, b) => a.row - b.row);
	return { units: errors.length === 0 ? ordered : [], errors };
}

/** Depth-first order that puts parents before children and reports rows caught in a cycle. */
function parentsFirst(units: ImportedUnit[], byCode: Map<string, ImportedUnit>, errors: RowError[]): ImportedUnit[] {
	const ordered: ImportedUnit[] = [];
	const state = new Map<string, 'visiting' | 'done'>();
	const visit = (unit: ImportedUnit): void => {
		if (state.get(unit.code) === 'done') return;
		if (state.get(unit.code) === 'visiting') {
			errors.push({ row: unit.row, column: UNIT_IMPORT_COLUMNS.parentCode, message: 'units.cycle' });
			return;
		}
		state.set(unit.code, 'visiting');
		const parent = unit.parentCode ? byCode.get(unit.parentCode) : undefined;
		if (parent) visit(parent);
		state.set(unit.code, 'done');
		ordered.push(unit);
	};
	units.forEach(visit);
	return ordered;
}
