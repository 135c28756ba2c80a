import { describe, expect, test } from 'vitest';
import { columnLetter, findHeader, headerBlock, spreadDown, type CellRange, type Grid } from './grid';

/** "B1:C2" as a 0-based range. */
const range = (reference: string): CellRange => {
	const [[left, top], [right, bottom]] = reference.split(':').map((cell) => [cell.charCodeAt(0) - 65, Number(cell.slice(1)) - 1]);
	return { top, left, bottom, right };
};
const grid = (rows: string[][], merges: string[] = []): Grid => ({ rows, merges: merges.map(range), errors: [] });

describe('columnLetter', () => {
	test('names columns as Excel does', () => {
		expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
	});
});

describe('headerBlock', () => {
	test('a heading merged across joins the sub-headings under it; one merged down is said once', () => {
		const sheet = grid(
			[
				['STT', 'Thời gian thực hiện', '', 'Phương án', ''],
				['', 'Triển khai', 'Hoàn thành', 'A', 'B']
			],
			['A1:A2', 'B1:C1', 'D1:E1']
		);
		expect(headerBlock(sheet, 0)).toEqual({
			at: 0,
			depth: 2,
			headings: ['STT', 'Thời gian thực hiện / Triển khai', 'Thời gian thực hiện / Hoàn thành', 'Phương án / A', 'Phương án / B']
		});
	});

	test('a row without merges is a header of its own', () => {
		expect(
			headerBlock(
				grid([
					['Mã', 'Tên'],
					['1', 'Sở']
				]),
				0
			)
		).toEqual({ at: 0, depth: 1, headings: ['Mã', 'Tên'] });
	});
});

describe('findHeader', () => {
	const score = (headings: string[]) => headings.filter((h) => ['Mã', 'Tên', 'Loại'].includes(h)).length;

	test('skips title rows above the headings', () => {
		const sheet = grid([['DANH SÁCH ĐƠN VỊ', '', ''], [], ['Mã', 'Tên', 'Loại'], ['X', 'Xã', 'Xã']], ['A1:C1']);
		expect(findHeader(sheet, score)).toMatchObject({ at: 2, depth: 1 });
	});

	test('falls back to the first non-blank row when no row names a column', () => {
		expect(findHeader(grid([[], ['Tiêu đề'], ['a']]), score)).toMatchObject({ at: 1 });
	});
});

describe('spreadDown', () => {
	test('a value merged down reaches the records it covers, not the rows that continue one', () => {
		const rows = [
			['1', 'Sở Nội vụ'],
			['2', ''],
			['', '']
		];
		const isRecord = (cells: string[]) => cells[0] !== '';
		expect(spreadDown(rows, [range('B1:B3')], 0, isRecord)).toEqual([
			['1', 'Sở Nội vụ'],
			['2', 'Sở Nội vụ'],
			['', '']
		]);
		expect(spreadDown(rows, [range('B1:B3')], 1, isRecord)[1]).toEqual(['2', '']);
	});
});
