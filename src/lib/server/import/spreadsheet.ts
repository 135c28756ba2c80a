import ExcelJS from 'exceljs';
import { AppError } from '$lib/errors';
import { isUtf8, parseCsv } from '$lib/import/csv';

/** A file that cannot be read at all (as opposed to rows with errors): a message for the whole form. */
export class ImportFileError extends AppError<'import.unsupportedFile' | 'import.notUtf8' | 'import.unreadable' | 'import.noFile'> {}

/** Cell text as a person sees it in Excel: numbers and dates as shown, formulas as their result. */
function cellText(cell: ExcelJS.Cell): string {
	const value = cell.value;
	if (value && typeof value === 'object' && 'formula' in value) return String(value.result ?? '');
	return cell.text ?? '';
}

async function readXlsx(bytes: ArrayBuffer): Promise<string[][]> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes);
	} catch {
		throw new ImportFileError('import.unreadable');
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) return [];
	// rowCount and columnCount are computed on every read: take them once (else quadratic).
	const rowCount = sheet.rowCount;
	const columnCount = sheet.columnCount;
	const rows: string[][] = Array.from({ length: rowCount }, () => Array<string>(columnCount).fill(''));
	sheet.eachRow({ includeEmpty: false }, (row, r) => {
		row.eachCell({ includeEmpty: false }, (cell, c) => {
			if (c <= columnCount) rows[r - 1][c - 1] = cellText(cell).trim();
		});
	});
	// Keep row numbers true to the sheet: drop only trailing blank rows.
	while (rows.length && rows[rows.length - 1].every((c) => c === '')) rows.pop();
	return rows;
}

/** Reads the first sheet of an .xlsx, or a UTF-8 .csv, into rows of trimmed cell text. */
export async function readTable(file: File | null): Promise<string[][]> {
	if (!file || file.size === 0) throw new ImportFileError('import.noFile');
	const name = file.name.toLowerCase();
	const bytes = await file.arrayBuffer();
	if (name.endsWith('.xlsx')) return readXlsx(bytes);
	if (name.endsWith('.csv')) {
		const data = new Uint8Array(bytes);
		if (!isUtf8(data)) throw new ImportFileError('import.notUtf8');
		return parseCsv(new TextDecoder().decode(data));
	}
	throw new ImportFileError('import.unsupportedFile');
}

export interface Sheet {
	name: string;
	headings: string[];
	rows: (string | number)[][];
}

/** A workbook with bold headings on every sheet: templates and exports. Cells are values, never formulas. */
export async function workbookOfSheets(sheets: Sheet[]): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	for (const { name, headings, rows } of sheets) {
		const sheet = workbook.addWorksheet(name);
		sheet.addRow(headings).font = { bold: true };
		for (const row of rows) sheet.addRow(row);
		sheet.columns.forEach((column) => (column.width = 24));
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const workbookOf = (name: string, headings: string[], rows: (string | number)[][]) => workbookOfSheets([{ name, headings, rows }]);
