/**
 * Spreadsheets for the import specs, made with ExcelJS the way provinces' files come: title rows,
 * headings merged over two rows, hidden sheets, dates, formulas and their errors. Test code only.
 */
import ExcelJS from 'exceljs';

export type FixtureCell = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string };

export interface FixtureSheet {
	name: string;
	rows: FixtureCell[][];
	merges?: string[];
	state?: ExcelJS.WorksheetState;
}

const isFormatted = (cell: FixtureCell): cell is { value: ExcelJS.CellValue; numFmt: string } =>
	typeof cell === 'object' && cell !== null && 'numFmt' in cell;

export async function workbookFile(sheets: FixtureSheet[], name = 'tep.xlsx'): Promise<File> {
	const workbook = new ExcelJS.Workbook();
	for (const { name: sheetName, rows, merges = [], state = 'visible' } of sheets) {
		const sheet = workbook.addWorksheet(sheetName);
		sheet.state = state;
		rows.forEach((cells, r) =>
			cells.forEach((cell, c) => {
				const target = sheet.getCell(r + 1, c + 1);
				if (isFormatted(cell)) {
					target.value = cell.value;
					target.numFmt = cell.numFmt;
				} else target.value = cell;
			})
		);
		for (const range of merges) sheet.mergeCells(range);
	}
	return new File([new Uint8Array(await workbook.xlsx.writeBuffer())], name);
}

/**
 * An annex as provinces lay it out: a title row, then headings over two rows ("THỜI GIAN THỰC HIỆN"
 * merged across "Triển khai" / "Hoàn thành", the other headings merged down over both).
 */
export const annexSheet = (tasks: FixtureCell[][], extraMerges: string[] = []): FixtureSheet => ({
	name: 'Phụ lục',
	rows: [
		['PHỤ LỤC: NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2025'],
		['Số TT', 'Nội dung nhiệm vụ', 'Sản phẩm', 'THỜI GIAN THỰC HIỆN', null, 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Ghi chú'],
		[null, null, null, 'Triển khai', 'Hoàn thành', null, null, null],
		...tasks
	],
	merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'G2:G3', 'H2:H3', ...extraMerges]
});
