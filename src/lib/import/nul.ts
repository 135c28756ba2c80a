/**
 * The NUL character (code 0) is the one no database text can hold: a file carrying it is refused at the
 * preview, where it is found, rather than failing when the import is committed.
 */
import { columnLetter } from './grid';
import type { RowError } from './row-error';

const NUL = '\u0000';

/** Each cell holding a NUL, by sheet row (from 1) and column letter. */
export function nulCells(rows: string[][]): RowError[] {
	return rows.flatMap((cells, r) =>
		cells.flatMap((text, c) => (text.includes(NUL) ? [{ row: r + 1, column: columnLetter(c), message: 'import.nulChar' as const }] : []))
	);
}

/** Each line of a text holding a NUL, by line number (from 1). */
export function nulLines(text: string): RowError[] {
	if (!text.includes(NUL)) return [];
	return text.split(/\r\n|\r|\n/).flatMap((line, i) => (line.includes(NUL) ? [{ row: i + 1, message: 'import.nulChar' as const }] : []));
}
