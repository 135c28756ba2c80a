import { describe, expect, test } from 'vitest';
import { QUESTION_COLUMNS, rowsToDrafts } from '$lib/bank/formats/table';
import { parseAnnexRows } from '$lib/plans/annex-table';
import { formatTimeline } from '$lib/plans/timeline';
import { validateUnitRows } from '$lib/units/import-rows';
import { readTable, workbookOf } from './spreadsheet';
import { annexSheet, workbookFile } from './workbook-fixtures';

describe('readTable', () => {
	test('a merged value sits in its top-left cell only', async () => {
		const file = await workbookFile([
			{
				name: 'Câu hỏi',
				rows: [
					['Câu hỏi dài', null, null],
					['a', 'b', 'c']
				],
				merges: ['A1:C1']
			}
		]);
		const { rows, merges } = await readTable(file);
		expect(rows).toEqual([
			['Câu hỏi dài', '', ''],
			['a', 'b', 'c']
		]);
		expect(merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
	});

	test('a hidden first sheet is skipped for the first visible one, or the visible one the template names', async () => {
		const hidden = { name: 'Dữ liệu cũ', state: 'hidden' as const, rows: [['cũ']] };
		const first = { name: 'Tổng hợp', rows: [['tổng hợp']] };
		const named = { name: 'Cau hoi', rows: [['câu hỏi']] };
		expect((await readTable(await workbookFile([hidden, first, named]))).rows).toEqual([['tổng hợp']]);
		expect((await readTable(await workbookFile([hidden, first, named]), 'Câu hỏi')).rows).toEqual([['câu hỏi']]);
		const hiddenNamed = { ...named, state: 'veryHidden' as const };
		expect((await readTable(await workbookFile([hiddenNamed, first]), 'Câu hỏi')).rows).toEqual([['tổng hợp']]);
	});

	test('dates read as dd/mm/yyyy, numbers as shown, formulas as their saved result', async () => {
		const file = await workbookFile([
			{
				name: 'Trang 1',
				rows: [
					[
						new Date(Date.UTC(2011, 10, 8)),
						{ value: new Date(Date.UTC(2025, 2, 15, 8, 30)), numFmt: 'dd/mm/yyyy hh:mm' },
						0.1 + 0.2,
						{ value: 0.5, numFmt: '0%' },
						{ value: 3.5, numFmt: '0.00' },
						{ formula: 'A2+1', result: 2 },
						{ formula: 'TODAY()', result: new Date(Date.UTC(2025, 0, 2)) },
						true,
						{ richText: [{ text: 'Sở ' }, { text: 'Nội vụ', font: { bold: true } }] }
					]
				]
			}
		]);
		const { rows, errors } = await readTable(file);
		expect(errors).toEqual([]);
		expect(rows[0]).toEqual(['08/11/2011', '15/03/2025 08:30', '0.3', '50%', '3.50', '2', '02/01/2025', 'TRUE', 'Sở Nội vụ']);
	});

	test('a formula error, a formula saved without its result and a NUL are each named by row and column', async () => {
		const file = await workbookFile([
			{
				name: 'Trang 1',
				rows: [
					['Tiêu đề', 'Tiêu đề'],
					[{ formula: '1/0', result: { error: '#DIV/0!' } }, { formula: 'B1' }],
					// Excel writes a NUL in a shared string as "_x0000_"; ExcelJS reads it back as the character.
					[null, { error: '#N/A' }, 'có_x0000_ký tự']
				]
			}
		]);
		const { rows, errors } = await readTable(file);
		expect(rows[1][0]).toBe('#DIV/0!');
		expect(errors).toEqual([
			{ row: 2, column: 'A', message: 'import.cellError', params: { value: '#DIV/0!' } },
			{ row: 2, column: 'B', message: 'import.formulaNoResult' },
			{ row: 3, column: 'B', message: 'import.cellError', params: { value: '#N/A' } },
			{ row: 3, column: 'C', message: 'import.nulChar' }
		]);
	});

	test('text our exports write reads back as it was, Excel’s "_x0041_" escape included', async () => {
		const bytes = await workbookOf('Câu hỏi', ['Câu hỏi'], [['a_x0041_b'], ['=1+1']]);
		expect((await readTable(new File([new Uint8Array(bytes)], 'xuat.xlsx'))).rows).toEqual([['Câu hỏi'], ['a_x0041_b'], ['=1+1']]);
	});

	test('a NUL in a CSV cell is named by row and column', async () => {
		const { errors } = await readTable(new File(['a,b\nc,d\u0000\n'], 'tep.csv'));
		expect(errors).toEqual([{ row: 2, column: 'B', message: 'import.nulChar' }]);
	});
});

describe('an annex whose headings span two merged rows under a title row', () => {
	test('imports every task with both ends of its timeline', async () => {
		const file = await workbookFile([
			annexSheet(
				[
					['I', 'NHIỆM VỤ CHUNG', null, null, null, null, null, null],
					[1, 'Tuyên truyền trên Cổng thông tin điện tử', 'Tin, bài (24 bài)', 'Quý II', 'Quý III', 'Sở Nội vụ', 'Các sở, ngành', null],
					[2, 'Tổ chức Hội thi tìm hiểu CCHC', 'Cuộc thi', 'Tháng 3', 'Tháng 10', 'Sở Nội vụ', 'Tỉnh Đoàn', 'Trực tuyến'],
					[3, 'Tập huấn nghiệp vụ', 'Lớp (02 lớp)', 'Quý I', 'Quý IV', 'Sở Tư pháp', null, null]
				],
				['B4:H4']
			)
		]);
		const parsed = parseAnnexRows(await readTable(file), 2025);
		expect(parsed.errors).toEqual([]);
		expect(parsed.sections).toEqual([{ label: 'I', title: 'NHIỆM VỤ CHUNG', row: 4 }]);
		expect(parsed.tasks.map((t) => [t.row, t.stt, t.timelineText, formatTimeline(t.timeline)])).toEqual([
			[5, '1', 'Quý II – Quý III', 'Quý II - III/2025'],
			[6, '2', 'Tháng 3 – Tháng 10', 'Tháng 03/2025 đến tháng 10/2025'],
			[7, '3', 'Quý I – Quý IV', 'Quý I - IV/2025']
		]);
	});

	test('a lead agency merged down over several tasks belongs to each; a merged row without a number continues its task', async () => {
		const file = await workbookFile([
			annexSheet(
				[
					[1, 'Tuyên truyền', null, 'Quý I', 'Quý II', 'Sở Nội vụ', 'Sở Tư pháp', null],
					[2, 'Hội thi', null, 'Quý II', 'Quý III', null, null, null],
					[3, 'Tập huấn', null, 'Quý III', 'Quý IV', 'Sở Tư pháp', 'Sở Tài chính', null],
					[null, null, null, null, null, null, 'Văn phòng UBND tỉnh', null]
				],
				['F4:F5', 'A6:A7', 'B6:B7']
			)
		]);
		const parsed = parseAnnexRows(await readTable(file), 2025);
		expect(parsed.errors).toEqual([]);
		expect(parsed.tasks.map((t) => [t.stt, t.leadText, t.cooperatingAgencies])).toEqual([
			['1', 'Sở Nội vụ', ['Sở Tư pháp']],
			['2', 'Sở Nội vụ', []],
			['3', 'Sở Tư pháp', ['Sở Tài chính', 'Văn phòng UBND tỉnh']]
		]);
	});
});

describe('an empty sheet or a blank CSV', () => {
	test('is said to hold no data in every template, not to miss its columns', async () => {
		const empty = await readTable(await workbookFile([{ name: 'Trang 1', rows: [] }]));
		const blank = await readTable(new File([' , \r\n,,\r\n'], 'tep.csv'));
		for (const grid of [empty, blank]) {
			expect(rowsToDrafts(grid).errors).toEqual([{ row: 1, message: 'import.empty' }]);
			expect(validateUnitRows(grid, new Set()).errors).toEqual([{ row: 1, message: 'import.empty' }]);
			expect(parseAnnexRows(grid, 2025).errors).toEqual([{ row: 1, message: 'import.empty' }]);
		}
	});
});

describe('the question template as provinces fill it', () => {
	const HEADINGS = [...QUESTION_COLUMNS];
	const question = (stem: string, options: string[], key: string, topic = '') => [
		'Một đáp án',
		topic,
		'Dễ',
		stem,
		...[0, 1, 2, 3, 4, 5].map((i) => options[i] ?? null),
		key,
		null,
		null,
		null
	];

	test('a title row above the headings is skipped, and a topic merged down belongs to each question', async () => {
		const file = await workbookFile([
			{
				name: 'Câu hỏi',
				rows: [
					['DANH SÁCH CÂU HỎI THI TÌM HIỂU CẢI CÁCH HÀNH CHÍNH'],
					HEADINGS,
					question('Cơ quan nào ban hành Nghị quyết 76/NQ-CP?', ['Quốc hội', 'Chính phủ'], 'B', 'Cải cách thể chế'),
					question('Nghị định 61/2018/NĐ-CP quy định về nội dung nào?', ['Một cửa', 'Công vụ'], 'A')
				],
				merges: ['A1:N1', 'B3:B4']
			}
		]);
		const { drafts, errors } = rowsToDrafts(await readTable(file));
		expect(errors).toEqual([]);
		expect(drafts.map((d) => [d.row, d.topic])).toEqual([
			[3, 'Cải cách thể chế'],
			[4, 'Cải cách thể chế']
		]);
	});

	test('a stem merged across the first option leaves option A empty, named, instead of becoming it', async () => {
		const file = await workbookFile([
			{
				name: 'Câu hỏi',
				rows: [HEADINGS, question('Câu hỏi dài tràn sang ô bên cạnh?', ['', 'Đúng', 'Sai'], 'B')],
				merges: ['D2:E2']
			}
		]);
		const { drafts, errors } = rowsToDrafts(await readTable(file));
		expect(drafts).toEqual([]);
		expect(errors).toEqual([{ row: 2, column: 'Phương án A', message: 'import.required' }]);
	});

	test('options under one "Phương án" heading merged across A to F are read by their sub-headings', async () => {
		const top = ['Loại', 'Câu hỏi', 'Phương án', null, null, null, null, null, 'Đáp án'];
		const sub = [null, null, 'A', 'B', 'C', 'D', 'E', 'F', null];
		const file = await workbookFile([
			{
				name: 'Câu hỏi',
				rows: [top, sub, ['Một đáp án', 'Ai ban hành?', 'Quốc hội', 'Chính phủ', null, null, null, null, 'B']],
				merges: ['A1:A2', 'B1:B2', 'C1:H1', 'I1:I2']
			}
		]);
		const { drafts, errors } = rowsToDrafts(await readTable(file));
		expect(errors).toEqual([]);
		expect(drafts[0]).toMatchObject({ row: 3, content: { type: 'single', options: ['Quốc hội', 'Chính phủ'], correct: 1 } });
	});

	test('a formula error in a question row blocks the import, named by row and column', async () => {
		const file = await workbookFile([
			{
				name: 'Câu hỏi',
				rows: [
					HEADINGS,
					question('Bao nhiêu?', ['1', '2'], 'A').map((c, i) => (i === 4 ? { formula: '1/0', result: { error: '#DIV/0!' } } : c))
				]
			}
		]);
		const { drafts, errors } = rowsToDrafts(await readTable(file));
		expect(drafts).toEqual([]);
		expect(errors).toContainEqual({ row: 2, column: 'E', message: 'import.cellError', params: { value: '#DIV/0!' } });
	});
});

describe('the unit template as provinces fill it', () => {
	test('a title row above the headings is skipped and rows keep their sheet numbers', async () => {
		const file = await workbookFile([
			{
				name: 'Đơn vị',
				rows: [
					['DANH SÁCH ĐƠN VỊ'],
					['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên', 'Số CBCCVC/thành viên'],
					['MCB', 'Huyện Mỏ Cày Bắc', 'Huyện', null, 1200],
					['MCB.01', 'Xã Phước Mỹ Trung', 'Làng', 'MCB', 24]
				],
				merges: ['A1:E1']
			}
		]);
		const { units, errors } = validateUnitRows(await readTable(file), new Set());
		expect(units).toEqual([]);
		expect(errors).toEqual([{ row: 4, column: 'Loại', message: 'units.unknownKind', params: { value: 'Làng' } }]);
	});
});
