/**
 * An annex pasted as text out of a document, turned into numbered rows for `parseAnnexTable`. Columns may
 * be separated by tabs (from Word or Excel), pipes, or runs of two or more spaces (fixed-width text: each
 * heading starts where its column starts). With tabs, a cell's text may run on over several lines, as
 * Word puts a cell's paragraphs on lines of their own.
 */
import { nulLines } from '$lib/import/nul';
import {
	isHeading,
	isSectionLine,
	isSectionNumber,
	isSubHeading,
	isTaskNumber,
	parseAnnexTable,
	type AnnexParse,
	type NumberedRow
} from './annex-table';

type Layout = 'tabs' | 'pipes' | 'spaces';

const PIPE_RULE = /^\s*\|?\s*:?-{3,}/;
const splitPipes = (line: string) =>
	line
		.trim()
		.replace(/^\|/, '')
		.replace(/\|$/, '')
		.split('|')
		.map((c) => c.trim());
const splitTabs = (line: string) => line.split('\t').map((c) => unquote(c.trim()));
const spaceChunks = (line: string) => [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ at: m.index!, text: m[0] }));

/** Excel quotes a copied cell that holds quotes or line breaks. */
function unquote(cell: string): string {
	return /^".*"$/s.test(cell) ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

function layoutOf(line: string): Layout | null {
	if (line.includes('\t') && isHeading(splitTabs(line))) return 'tabs';
	if (line.includes('|') && isHeading(splitPipes(line))) return 'pipes';
	if (isHeading(spaceChunks(line).map((c) => c.text))) return 'spaces';
	return null;
}

/** Fixed-width text: columns start where the heading's (and sub-heading's) texts start. */
function fixedWidthColumns(lines: string[], at: number): number[] {
	const starts = spaceChunks(lines[at]).map((c) => c.at);
	const next = lines.slice(at + 1).find((l) => l.trim());
	if (next && isSubHeading(spaceChunks(next).map((c) => c.text))) starts.push(...spaceChunks(next).map((c) => c.at));
	return [...new Set(starts)].sort((a, b) => a - b).filter((s, i, all) => i === 0 || s - all[i - 1] > 1);
}

function fixedWidthCells(line: string, starts: number[]): string[] {
	const cells = starts.map(() => '');
	for (const chunk of spaceChunks(line)) {
		const column = Math.max(
			0,
			starts.findLastIndex((s) => s <= chunk.at + 1)
		);
		cells[column] = cells[column] ? `${cells[column]} ${chunk.text}` : chunk.text;
	}
	return cells;
}

/** Whether a tab-separated line opens a row of its own rather than running on from the line above. */
function opensRow(cells: string[]): boolean {
	if (cells.length === 1) return isSectionLine(cells[0]) || isHeading(cells);
	return isTaskNumber(cells[0]) || isSectionNumber(cells[0]) || cells[0] === '' || isHeading(cells) || isSubHeading(cells);
}

/**
 * Pasted text: finds the heading line, which tells the layout, and turns the lines below it into rows.
 * Lines above the heading (the plan's prose, the annex's title) are ignored.
 */
export function parseAnnexText(text: string, year: number): AnnexParse {
	const nul = nulLines(text);
	if (nul.length > 0) return { sections: [], tasks: [], errors: nul };
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const at = lines.findIndex((line) => layoutOf(line) !== null);
	if (at < 0) return { sections: [], tasks: [], errors: [{ row: 1, message: 'plans.annex.noHeader' }] };
	const layout = layoutOf(lines[at])!;
	const rows: NumberedRow[] = [];
	if (layout === 'spaces') {
		const starts = fixedWidthColumns(lines, at);
		lines.forEach((line, i) => {
			if (i >= at) rows.push({ row: i + 1, cells: fixedWidthCells(line, starts) });
		});
		return parseAnnexTable(rows, year, ' ');
	}
	const columns = (layout === 'tabs' ? splitTabs : splitPipes)(lines[at]).length;
	lines.forEach((line, i) => {
		if (i < at || (layout === 'pipes' && PIPE_RULE.test(line))) return;
		if (!line.trim()) return rows.push({ row: i + 1, cells: [] });
		if (layout === 'pipes') return rows.push({ row: i + 1, cells: line.includes('|') ? splitPipes(line) : [line.trim()] });
		const cells = line.split('\t');
		const previous = rows.findLast((r) => r.cells.length > 0);
		const runsOn = previous && !opensRow(cells.map((c) => c.trim())) && (previous.cells.length < columns || cells.length === 1);
		if (runsOn) {
			// The line goes on with the cell the line above ended in, and any cells after it follow.
			const last = previous.cells.length - 1;
			previous.cells[last] = `${previous.cells[last].trimEnd()} ${cells[0].trim()}`.trim();
			previous.cells.push(...cells.slice(1));
		} else rows.push({ row: i + 1, cells });
	});
	return parseAnnexTable(
		rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => unquote(c.trim())) })),
		year,
		' '
	);
}
