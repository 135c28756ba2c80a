import type ExcelJS from 'exceljs';
import type { MessageKey } from '$lib/i18n';
import { formatDate, formatScore } from '$lib/import/cell-value';

export interface CellReading {
	text: string;
	/** Why the cell cannot be taken as it is; the reader names its row and column. */
	problem?: { message: MessageKey; params?: Record<string, string> };
}

type Value = ExcelJS.CellValue;
type Plain = string | number | boolean | Date | ExcelJS.CellErrorValue | undefined;

const isError = (value: unknown): value is ExcelJS.CellErrorValue =>
	typeof value === 'object' && value !== null && 'error' in value && typeof value.error === 'string';

function plainText(value: Plain, numFmt: string): CellReading {
	if (value === undefined) return { text: '' };
	if (value instanceof Date) return { text: formatDate(value) };
	if (typeof value === 'number') return { text: formatScore(value, numFmt) };
	if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
	if (isError(value)) return { text: value.error, problem: { message: 'import.cellError', params: { value: value.error } } };
	return { text: value };
}

const isFormula = (value: Value): value is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue =>
	typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);

/**
 * A cell's text as Excel shows it: a formula as the result Excel saved with it, a date as dd/mm/yyyy, a
 * number as its format shows it; an error value, or a formula saved without a result, is a problem.
 * Cells a merged range covers (other than its top-left one) are blank.
 */
export function cellText(cell: ExcelJS.Cell): CellReading {
	if (cell.isMerged && cell.master !== cell) return { text: '' };
	const value = cell.value;
	const numFmt = cell.numFmt ?? '';
	let reading: CellReading;
	if (value === null || value === undefined) reading = { text: '' };
	else if (isFormula(value)) {
		reading = value.result === undefined ? { text: '', problem: { message: 'import.formulaNoResult' } } : plainText(value.result, numFmt);
	} else if (typeof value === 'object' && !(value instanceof Date) && !isError(value)) reading = { text: cell.text ?? '' };
	else reading = plainText(value, numFmt);
	if (!reading.problem && reading.text.includes('\u0000')) reading.problem = { message: 'import.nulChar' };
	return reading;
}
