import ExcelJS from 'exceljs';
import { foldDiacritics } from '$lib/i18n/text';
import { parseCsv } from '$lib/import/csv';
import { columnLetter, type CellRange, type Grid } from '$lib/import/grid';
import { nulCells } from '$lib/import/nul';
import type { RowError } from '$lib/import/row-error';
import { cellText } from './cell-text';
import { fileText, ImportFileError, uploadedFile } from './upload';

/** The sheet to read: the one the template names, when it is visible, else the first visible one. */
function pickSheet(workbook: ExcelJS.Workbook, name?: string): ExcelJS.Worksheet | undefined {
	const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible');
	const named = name ? visible.find((sheet) => foldDiacritics(sheet.name.trim()) === foldDiacritics(name)) : undefined;
	return named ?? visible[0] ?? workbook.worksheets[0];
}

async function readXlsx(bytes: ArrayBuffer, sheetName?: string): Promise<Grid> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes);
	} catch {
		throw new ImportFileError('import.unreadable');
	}
	const sheet = pickSheet(workbook, sheetName);
	if (!sheet) return { rows: [], merges: [], errors: [] };
	// Only cells with a value are visited, so a stray format far down or across costs nothing.
	const cells: { row: number; column: number; text: string }[] = [];
	const errors: RowError[] = [];
	// Each merged range from its cells, each of which knows its top-left one (the sheet's own list
	// comes with a model of every row).
	const merges = new Map<ExcelJS.Cell, CellRange>();
	sheet.eachRow({ includeEmpty: false }, (row, r) => {
		row.eachCell({ includeEmpty: false }, (cell, c) => {
			if (cell.isMerged) {
				const { master } = cell;
				const { row: top, col: left } = master.fullAddress;
				const range = merges.get(master) ?? { top: top - 1, left: left - 1, bottom: top - 1, right: left - 1 };
				merges.set(master, { ...range, bottom: Math.max(range.bottom, r - 1), right: Math.max(range.right, c - 1) });
			}
			const { text, problem } = cellText(cell);
			if (problem) errors.push({ row: r, column: columnLetter(c - 1), ...problem });
			if (text.trim()) cells.push({ row: r - 1, column: c - 1, text: text.trim() });
		});
	});
	// Row numbers stay true to the sheet: rows above the last filled one are kept, even blank.
	const height = cells.reduce((n, c) => Math.max(n, c.row + 1), 0);
	const width = cells.reduce((n, c) => Math.max(n, c.column + 1), 0);
	const rows = Array.from({ length: height }, () => Array<string>(width).fill(''));
	for (const { row, column, text } of cells) rows[row][column] = text;
	return { rows, merges: [...merges.values()].filter((m) => m.bottom > m.top || m.right > m.left), errors };
}

/**
 * Reads an uploaded .xlsx (the first visible sheet, or the visible one named `sheet`) or UTF-8 .csv
 * into a grid of trimmed cell text, with the sheet's merged ranges and the problems of single cells.
 */
export async function readTable(entry: FormDataEntryValue | null, sheet?: string): Promise<Grid> {
	const file = uploadedFile(entry, ['.xlsx', '.csv']);
	if (file.name.toLowerCase().endsWith('.xlsx')) return readXlsx(await file.arrayBuffer(), sheet);
	const rows = parseCsv(await fileText(file));
	return { rows, merges: [], errors: nulCells(rows) };
}

export interface Sheet {
	name: string;
	headings: string[];
	rows: (string | number)[][];
	/** A list to sort and filter (exports): the heading row frozen, with filters on every column. */
	list?: boolean;
}

/**
 * Text as Excel stores it literally: "_x0041_" in a cell is Excel's escape for a character, so its "_" is
 * itself escaped ("_x005F_"), as Excel does; ExcelJS writes strings as they are.
 */
const literal = (cell: string | number) => (typeof cell === 'string' ? cell.replace(/_(?=x[0-9A-F]{4}_)/g, '_x005F_') : cell);

/** A workbook with bold headings on every sheet: templates and exports. Cells are values, never formulas. */
export async function workbookOfSheets(sheets: Sheet[]): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	for (const { name, headings, rows, list } of sheets) {
		const sheet = workbook.addWorksheet(name, list ? { views: [{ state: 'frozen', ySplit: 1 }] } : undefined);
		sheet.addRow(headings).font = { bold: true };
		for (const row of rows) sheet.addRow(row.map(literal));
		sheet.columns.forEach((column) => (column.width = 24));
		if (list) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: headings.length } };
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const workbookOf = (name: string, headings: string[], rows: (string | number)[][]) => workbookOfSheets([{ name, headings, rows }]);
