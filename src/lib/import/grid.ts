/**
 * A sheet as the import readers see it: rows of cell text as a person reads them, the sheet's merged
 * ranges, and the problems found in single cells while reading (a formula error, a NUL). A merged value
 * sits in its range's top-left cell only; the readers decide where else it belongs (a heading over the
 * columns below it, a value merged down over several records).
 */
import type { RowError } from './row-error';

/** A merged range, 0-based and inclusive. */
export interface CellRange {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

export interface Grid {
	rows: string[][];
	merges: CellRange[];
	/** Problems of single cells, by sheet row (from 1) and column letter. */
	errors: RowError[];
}

/** Rows of a CSV (or a test) as a grid without merges. */
export const toGrid = (table: string[][] | Grid): Grid => (Array.isArray(table) ? { rows: table, merges: [], errors: [] } : table);

/** Excel's name of a 0-based column: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

const covers = (range: CellRange, row: number, column: number) =>
	row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;

const cell = (rows: string[][], row: number, column: number) => (rows[row]?.[column] ?? '').trim();

/** The text a heading cell shows: a merged range's value reaches every cell it covers. */
function headingText(grid: Grid, row: number, column: number): string {
	const range = grid.merges.find((m) => covers(m, row, column));
	return range ? cell(grid.rows, range.top, range.left) : cell(grid.rows, row, column);
}

export interface HeaderBlock {
	/** Index of the header's first row. */
	at: number;
	/** How many rows it takes: more than one when its cells are merged down, or across sub-headings. */
	depth: number;
	/** Each column's heading, the texts of its rows joined: "Thời gian thực hiện / Hoàn thành". */
	headings: string[];
}

const MAX_HEADER_DEPTH = 3;

/** The header block that starts at row `at`. */
export function headerBlock(grid: Grid, at: number): HeaderBlock {
	let depth = 1;
	for (const range of grid.merges) {
		if (range.top !== at) continue;
		depth = Math.max(depth, range.bottom - range.top + 1);
		// A heading merged across columns names the sub-headings under it.
		const under = range.right > range.left && range.bottom === at;
		if (under && Array.from({ length: range.right - range.left + 1 }, (_, i) => cell(grid.rows, at + 1, range.left + i)).some(Boolean))
			depth = Math.max(depth, 2);
	}
	depth = Math.min(depth, MAX_HEADER_DEPTH, grid.rows.length - at);
	const width = Math.max(0, ...grid.rows.slice(at, at + depth).map((r) => r.length));
	const headings = Array.from({ length: width }, (_, column) => {
		const texts = Array.from({ length: depth }, (_, i) => headingText(grid, at + i, column)).filter(Boolean);
		return [...new Set(texts)].join(' / ');
	});
	return { at, depth, headings };
}

const HEADER_SEARCH = 20;

/**
 * The header: among the first non-blank rows, the first block whose headings `score` rates highest, so
 * that title rows above it ("KẾ HOẠCH …", "DANH SÁCH CÂU HỎI") are passed over. With no row scoring
 * above zero, the first non-blank row (where a missing column is then reported).
 */
export function findHeader(grid: Grid, score: (headings: string[]) => number): HeaderBlock {
	let best: { block: HeaderBlock; score: number } | null = null;
	let seen = 0;
	for (let at = 0; at < grid.rows.length && seen < HEADER_SEARCH; at++) {
		if (grid.rows[at].every((c) => c.trim() === '')) continue;
		seen++;
		const block = headerBlock(grid, at);
		const points = score(block.headings);
		if (!best || points > best.score) best = { block, score: points };
	}
	return best?.block ?? { at: 0, depth: 1, headings: [] };
}

/**
 * The rows, with each value merged down over later rows also in those of them that are records of their
 * own (a lead agency merged over three tasks belongs to each), never in the rows that continue a record.
 * `isRecord` sees a row as read, before any spreading; only ranges starting at `from` or below count.
 */
export function spreadDown(rows: string[][], merges: CellRange[], from: number, isRecord: (cells: string[]) => boolean): string[][] {
	const spread = rows.map((cells) => [...cells]);
	for (const range of merges) {
		if (range.top < from || range.bottom === range.top) continue;
		const value = rows[range.top]?.[range.left] ?? '';
		for (let row = range.top + 1; row <= range.bottom && row < rows.length; row++) {
			if (!isRecord(rows[row])) continue;
			while (spread[row].length < range.left) spread[row].push('');
			spread[row][range.left] = value;
		}
	}
	return spread;
}
