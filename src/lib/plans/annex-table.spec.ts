import { describe, expect, test } from 'vitest';
import { parseAnnexRows } from './annex-table';

describe('spreadsheet rows', () => {
	const HEADING = ['STT', 'Nội dung', 'Sản phẩm', 'Thời gian thực hiện', '', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Ghi chú'];
	const SUB = ['', '', '', 'Triển khai', 'Hoàn thành', '', '', ''];

	test('numbered headings open sections; an unnumbered row adds to the task above', () => {
		const { sections, tasks, errors } = parseAnnexRows(
			[
				['PHỤ LỤC NHIỆM VỤ NĂM 2021'],
				HEADING,
				SUB,
				['I', 'Nhiệm vụ chung', '', '', '', '', '', ''],
				['1', 'Xây dựng kế hoạch', 'Kế hoạch', 'Tháng 01/2021', 'Tháng 02/2021', 'Sở Nội vụ', 'Sở Tư pháp', ''],
				['', '', '', '', '', '', 'Văn phòng UBND tỉnh', ''],
				['II. Nhiệm vụ cụ thể'],
				['1', 'Mở lớp tập huấn', 'Lớp (03 lớp)', 'Quý III/2021', 'Quý III/2021', 'Sở Nội vụ', '', 'Kinh phí tỉnh']
			],
			2021
		);
		expect(errors).toEqual([]);
		expect(sections).toEqual([
			{ label: 'I', title: 'Nhiệm vụ chung', row: 4 },
			{ label: 'II', title: 'Nhiệm vụ cụ thể', row: 7 }
		]);
		expect(tasks.map((t) => [t.row, t.section, t.stt, t.cooperatingAgencies, t.note])).toEqual([
			[5, 0, '1', ['Sở Tư pháp', 'Văn phòng UBND tỉnh'], ''],
			[8, 1, '1', [], 'Kinh phí tỉnh']
		]);
		expect(tasks[0].timeline).toEqual({ kind: 'month', from: { year: 2021, month: 1 }, to: { year: 2021, month: 2 } });
	});

	test('names every error by row and column, in Vietnamese keys', () => {
		const { errors } = parseAnnexRows(
			[
				HEADING,
				SUB,
				['', 'Dòng lạc không số', '', '', '', '', '', ''],
				['1', '', 'Kế hoạch', 'Tháng 01/2021', '', 'Sở Nội vụ', '', ''],
				['2', 'Tuyên truyền', '', 'Sớm nhất có thể', '', 'Sở Nội vụ', '', ''],
				['3', 'Tập huấn', '', 'Quý I/2021', 'Quý 7', '', '', ''],
				['a)', 'Hội nghị', '', 'Quý I/2021', '', 'Sở Nội vụ', '', ''],
				['2', 'Tọa đàm', '', 'Quý I/2021', '', 'Sở Nội vụ', '', '']
			],
			2021
		);
		expect(errors).toEqual([
			{ row: 3, column: 'STT', message: 'plans.annex.noNumber' },
			{ row: 4, column: 'Nội dung', message: 'import.required' },
			{ row: 5, column: 'Thời gian thực hiện / Triển khai', message: 'plans.timeline.unknown', params: { value: 'Sớm nhất có thể' } },
			{ row: 6, column: 'Cơ quan chủ trì', message: 'import.required' },
			{ row: 6, column: 'Thời gian thực hiện / Hoàn thành', message: 'plans.timeline.unknown', params: { value: 'Quý 7' } },
			{ row: 7, column: 'STT', message: 'plans.annex.badNumber', params: { value: 'a)' } },
			{ row: 8, column: 'STT', message: 'import.duplicateInFile', params: { other: 5 } }
		]);
	});

	test('a missing column or heading is said plainly', () => {
		expect(parseAnnexRows([['STT', 'Nội dung', 'Thời gian thực hiện', 'Ghi chú']], 2021).errors).toEqual([
			{ row: 1, column: 'Cơ quan chủ trì', message: 'import.missingColumn' }
		]);
		expect(parseAnnexRows([HEADING, SUB], 2021).errors).toEqual([{ row: 2, message: 'import.empty' }]);
	});
});
