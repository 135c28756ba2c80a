import { describe, expect, test } from 'vitest';
import type { AnnexTask } from './annex-table';
import { parseAnnexText } from './annex-text';
import { isDueIn, period, reportPeriods } from './periods';
import { timelineSpan } from './timeline';
import { seedPlan } from '../../../tests/fixtures/seeds';

const DAK_NONG_2020 = seedPlan('000_959ca475dbccc435.txt');
const BEN_TRE_2021 = seedPlan('002_77040273e88d3b8a.txt');
const byNumber = (tasks: AnnexTask[], stt: string) => tasks.find((t) => t.stt === stt)!;
const dueIn = (task: AnnexTask, year: number) =>
	reportPeriods(year)
		.filter((p) => isDueIn(task.timeline, p))
		.map((p) => p.kind);
const withoutRows = (tasks: AnnexTask[]) => tasks.map(({ row: _row, ...task }) => task);

describe('the Đắk Nông 2020 list, pasted with tabs', () => {
	const { tasks, sections, errors } = parseAnnexText(DAK_NONG_2020, 2020);

	test('has its sixteen tasks, headings repeated at page breaks skipped', () => {
		expect(errors).toEqual([]);
		expect(sections).toEqual([]);
		expect(tasks.map((t) => t.stt)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
		expect(tasks.every((t) => t.product === null)).toBe(true);
	});

	test('task 2 is the youth union’s contest, March to July', () => {
		const contest = byNumber(tasks, '2');
		expect(contest.content).toContain('“văn hóa công sở, đạo đức công vụ”');
		expect(contest.leadAgencies).toEqual(['Đoàn Khối các cơ quan và Doanh nghiệp tỉnh']);
		expect(contest.cooperatingAgencies).toEqual(['Sở Nội vụ', 'các cơ quan, đơn vị liên quan']);
		expect(timelineSpan(contest.timeline)).toEqual({ start: '2020-03-01', end: '2020-07-31' });
		expect(dueIn(contest, 2020)).toEqual(['Q3', '9M', 'Y']);
	});

	test('recurring tasks and tasks led by groups of units', () => {
		expect(byNumber(tasks, '3').timeline).toEqual({ kind: 'recurring', every: 'monthly', year: 2020 });
		expect(byNumber(tasks, '4').timeline).toEqual({ kind: 'recurring', every: 'weekly', year: 2020 });
		expect(byNumber(tasks, '16').timeline).toEqual({ kind: 'recurring', every: 'continuous', year: 2020 });
		expect(byNumber(tasks, '12').leadAgencies).toEqual(['Các Sở, Ban, ngành', 'UBND các huyện, thị xã']);
		expect(byNumber(tasks, '1').cooperatingAgencies).toEqual([
			'Các Sở, Ban, ngành',
			'UBND các huyện, thành phố',
			'UBND các xã, phường, thị trấn',
			'các cơ quan, đơn vị liên quan'
		]);
	});
});

describe('the Bến Tre 2021 annex, pasted with tabs', () => {
	const { tasks, errors } = parseAnnexText(BEN_TRE_2021, 2021);

	test('has its thirteen tasks, numbered by the lines they start on', () => {
		expect(errors).toEqual([]);
		expect(tasks).toHaveLength(13);
		expect(tasks[0]).toMatchObject({ row: 201, stt: '1', leadAgencies: ['Sở Nội vụ'] });
	});

	test('products carry their quantities', () => {
		expect(byNumber(tasks, '4').product).toEqual({ kind: 'Bài báo', target: 24, unit: 'bài', detail: '' });
		expect(byNumber(tasks, '6').product).toMatchObject({ kind: 'Tin, bài', target: null, detail: 'Không giới hạn' });
		expect(byNumber(tasks, '7').product).toMatchObject({ kind: 'Chuyên mục', target: 12 });
		expect(byNumber(tasks, '11').product).toEqual({ kind: 'Lớp', target: 3, unit: 'lớp', detail: '' });
		expect(byNumber(tasks, '12').product).toMatchObject({ kind: 'Buổi', target: 12 });
	});

	test('the two timeline columns make one span', () => {
		expect(byNumber(tasks, '5')).toMatchObject({ timelineText: 'Tháng 12/2020 – Tháng 01/2021' });
		expect(timelineSpan(byNumber(tasks, '5').timeline)).toEqual({ start: '2020-12-01', end: '2021-01-31' });
		expect(byNumber(tasks, '7')).toMatchObject({
			timelineText: 'Mỗi tháng',
			timeline: { kind: 'recurring', every: 'monthly', year: 2021 }
		});
		expect(dueIn(byNumber(tasks, '11'), 2021)).toEqual(['Q3', '9M', 'Y']);
	});

	test('task 10 is the commune chairmen’s contest, Quý II to III, Sở Nội vụ with the districts', () => {
		const contest = byNumber(tasks, '10');
		expect(contest.content).toBe('Tổ chức cuộc thi Chủ tịch UBND cấp xã với công tác CCHC năm 2021');
		expect(contest.product).toMatchObject({ kind: 'Cuộc thi', target: null });
		expect(contest.timeline).toEqual({ kind: 'quarter', from: { year: 2021, quarter: 2 }, to: { year: 2021, quarter: 3 } });
		expect(contest.leadAgencies).toEqual(['Sở Nội vụ']);
		expect(contest.cooperatingAgencies).toEqual(['UBND các huyện, thành phố']);
		expect(isDueIn(contest.timeline, period(2021, 'H1'))).toBe(false);
	});

	test('a task may have two leads', () => {
		expect(byNumber(tasks, '13').leadAgencies).toEqual(['Đoàn Đại biểu Quốc hội tỉnh', 'HĐND 03 cấp tỉnh, huyện, xã']);
	});
});

/** The Bến Tre annex's table lines (heading, sub-heading, tasks), as cells. */
const benTreCells = () =>
	BEN_TRE_2021.split('\n')
		.slice(198)
		.filter((line) => line.includes('\t'))
		.map((line) => line.split('\t').map((c) => c.trim()));

function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ').filter(Boolean)) {
		const last = lines.length - 1;
		if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
		else lines.push(word);
	}
	return lines;
}

describe('other layouts of the same annex', () => {
	const reference = withoutRows(parseAnnexText(BEN_TRE_2021, 2021).tasks);

	test('pipes, with a rule under the heading', () => {
		const [heading, sub, ...body] = benTreCells().map((cells) => `| ${cells.join(' | ')} |`);
		const text = [heading, sub, '|---|---|---|---|---|---|---|---|', ...body].join('\n');
		const parsed = parseAnnexText(text, 2021);
		expect(parsed.errors).toEqual([]);
		expect(withoutRows(parsed.tasks)).toEqual(reference);
	});

	test('fixed-width text, cells wrapped over several lines', () => {
		const widths = [6, 28, 24, 20, 20, 26, 26, 8];
		const lines: string[] = [];
		for (const cells of benTreCells()) {
			const wrapped = cells.map((cell, i) => wrap(cell, widths[i]));
			const height = Math.max(...wrapped.map((w) => w.length));
			for (let l = 0; l < height; l++)
				lines.push(
					wrapped
						.map((w, i) => (w[l] ?? '').padEnd(widths[i] + 2))
						.join('')
						.trimEnd()
				);
		}
		const parsed = parseAnnexText(['Phụ lục', '', ...lines].join('\n'), 2021);
		expect(parsed.errors).toEqual([]);
		expect(withoutRows(parsed.tasks)).toEqual(reference);
	});

	test('tabs from Word, where a cell’s text runs on to the next line', () => {
		const text = [
			'STT\tNội dung\tSản phẩm\tThời gian thực hiện\tCơ quan chủ trì\tCơ quan phối hợp',
			'1\tThực hiện Chuyên mục CCHC',
			'trên Báo Đồng Khởi\tBài báo (24 bài)\tNăm 2021\tBáo Đồng Khởi\tSở Nội vụ,',
			'Sở Tư pháp',
			'2\tTổ chức cuộc thi\tCuộc thi\tQuý II/2021\tSở Nội vụ\t'
		].join('\n');
		const { tasks, errors } = parseAnnexText(text, 2021);
		expect(errors).toEqual([]);
		expect(tasks.map((t) => [t.stt, t.content, t.cooperatingAgencies])).toEqual([
			['1', 'Thực hiện Chuyên mục CCHC trên Báo Đồng Khởi', ['Sở Nội vụ', 'Sở Tư pháp']],
			['2', 'Tổ chức cuộc thi', []]
		]);
	});
});

test('text without a heading line is said plainly', () => {
	expect(parseAnnexText('Kế hoạch năm 2021\nkhông có bảng', 2021).errors).toEqual([{ row: 1, message: 'plans.annex.noHeader' }]);
});
