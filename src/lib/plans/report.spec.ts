import { describe, expect, test } from 'vitest';
import { scoreBands } from './contest-results';
import { planLabels, planReport, type ReportContestInput, type ReportTask } from './report';
import { formatCell, percent, reportSections } from './report-tables';

let nextId = 1;
const task = (fields: Partial<ReportTask>): ReportTask => ({
	id: nextId++,
	planId: 1,
	planTitle: 'Kế hoạch thông tin, tuyên truyền CCHC năm 2026',
	planUnitName: 'Ủy ban nhân dân tỉnh Bến Tre',
	planNumber: '105/KH-UBND',
	stt: String(nextId),
	content: 'Nhiệm vụ',
	productKind: '',
	productUnit: '',
	target: null,
	timelineText: 'Quý I/2026',
	leadName: 'Sở Nội vụ',
	doneInPeriod: 0,
	doneToDate: 0,
	status: 'not_started',
	...fields
});

const noContests: ReportContestInput = {
	rounds: [],
	contests: [],
	participants: 0,
	attempts: 0,
	units: [],
	prizeWinners: 0,
	averageScore: null,
	averageCorrectRate: null,
	weakestTopics: [],
	scoreBands: scoreBands([])
};

const articles = task({
	stt: '4',
	content: 'Chuyên mục CCHC trên Báo Đồng Khởi',
	productKind: 'Bài báo',
	productUnit: 'bài',
	target: 24,
	doneInPeriod: 6,
	doneToDate: 14,
	status: 'in_progress'
});
const radio = task({
	stt: '7',
	content: 'Chuyên mục trên sóng phát thanh',
	productKind: 'Chuyên mục',
	productUnit: 'chuyên mục',
	target: 12,
	doneInPeriod: 3,
	doneToDate: 12,
	status: 'done'
});
const moreArticles = task({
	stt: '5',
	content: 'Báo Xuân',
	productKind: 'Bài báo',
	productUnit: 'bài',
	target: 1,
	doneInPeriod: 0,
	doneToDate: 0,
	status: 'overdue'
});
const contestTask = task({
	stt: '10',
	content: 'Cuộc thi Chủ tịch UBND cấp xã với công tác CCHC',
	productKind: 'Cuộc thi',
	productUnit: 'cuộc thi',
	status: 'done'
});
const planning = task({ stt: '1', content: 'Xây dựng kế hoạch', status: 'not_started' });
// A district's plan derived from the province's: the same title, its own unit, no number yet.
const districtCopy = task({
	planId: 2,
	planUnitName: 'Huyện Châu Thành',
	planNumber: '',
	stt: '4',
	content: 'Bài viết trên trang huyện',
	productKind: 'Bài viết',
	productUnit: 'bài',
	target: 6,
	doneToDate: 2,
	doneInPeriod: 2,
	status: 'overdue'
});

describe('the figures of a period’s report', () => {
	test('count tasks planned and by status, for all plans and each plan', () => {
		const report = planReport([planning, articles, moreArticles, radio, contestTask, districtCopy], noContests);
		expect(report.planned).toBe(6);
		expect(report.byStatus).toEqual({ not_started: 1, in_progress: 1, done: 2, overdue: 2 });
		expect(report.doneShare).toBeCloseTo(2 / 6);
		expect(report.plans).toEqual([
			{
				planId: 1,
				title: 'Kế hoạch thông tin, tuyên truyền CCHC năm 2026',
				label: 'Ủy ban nhân dân tỉnh Bến Tre (105/KH-UBND)',
				planned: 5,
				byStatus: { not_started: 1, in_progress: 1, done: 2, overdue: 1 }
			},
			{
				planId: 2,
				title: 'Kế hoạch thông tin, tuyên truyền CCHC năm 2026',
				label: 'Huyện Châu Thành',
				planned: 1,
				byStatus: { not_started: 0, in_progress: 0, done: 0, overdue: 1 }
			}
		]);
	});

	test('set products done against their targets, and add up those counted in the same word', () => {
		const report = planReport([planning, articles, moreArticles, radio, contestTask, districtCopy], noContests);
		// The plan-writing task names no product and reported none: it is not a product line.
		expect(report.products.map((p) => p.stt)).toEqual(['4', '5', '7', '10', '4']);
		expect(report.products[0]).toMatchObject({ kind: 'Bài báo', target: 24, doneInPeriod: 6, doneToDate: 14, share: 14 / 24 });
		expect(report.products[3]).toMatchObject({ kind: 'Cuộc thi', target: null, share: null });
		expect(report.productTotals).toEqual([
			{ unit: 'bài', target: 31, doneInPeriod: 8, doneToDate: 16 },
			{ unit: 'chuyên mục', target: 12, doneInPeriod: 3, doneToDate: 12 }
		]);
	});

	test('list the unfinished tasks, overdue first, each group in the annex order', () => {
		const report = planReport([planning, articles, moreArticles, radio, contestTask, districtCopy], noContests);
		expect(report.unfinished.map((t) => [t.stt, t.status])).toEqual([
			['5', 'overdue'],
			['4', 'overdue'],
			['4', 'in_progress'],
			['1', 'not_started']
		]);
	});

	test('take the contest figures from the roll-in, counting only contests that held a round', () => {
		const contests: ReportContestInput = {
			contests: [
				{ id: 7, title: 'Cuộc thi trực tuyến tìm hiểu CCHC' },
				{ id: 8, title: 'Hội thi chưa tổ chức' }
			],
			rounds: [
				{
					roundId: 1,
					contestId: 7,
					name: 'Tuần 1',
					opensAt: new Date('2026-03-02T01:00:00Z'),
					participants: 40,
					attempts: 52,
					prizeWinners: 6
				},
				{
					roundId: 2,
					contestId: 7,
					name: 'Tuần 2',
					opensAt: new Date('2026-03-09T01:00:00Z'),
					participants: 35,
					attempts: 35,
					prizeWinners: 6
				}
			],
			participants: 60,
			attempts: 87,
			units: [
				{ unitId: 3, name: 'Xã Tân Thạch', participants: 40, headcount: 50, rate: 0.8 },
				{ unitId: 4, name: 'Sở Nội vụ', participants: 20, headcount: 0, rate: 0 }
			],
			prizeWinners: 12,
			averageScore: 7.456,
			averageCorrectRate: 0.7456,
			weakestTopics: ['A', 'B', 'C', 'D', 'E', 'F'].map((topic, i) => ({ topic, questions: 2, facility: 30 + 10 * i })),
			scoreBands: scoreBands([{ correct: 7, of: 10 }])
		};
		const { contests: figures } = planReport([contestTask], contests);
		expect(figures).toMatchObject({
			contestsHeld: 1,
			roundsHeld: 2,
			participants: 60,
			attempts: 87,
			unitsTakingPart: 2,
			prizeWinners: 12,
			averageScore: 7.456
		});
		expect(figures.rounds.map((r) => r.contestTitle)).toEqual(['Cuộc thi trực tuyến tìm hiểu CCHC', 'Cuộc thi trực tuyến tìm hiểu CCHC']);
		// The report names the five weakest topics, not every topic asked.
		expect(figures.weakestTopics.map((w) => w.topic)).toEqual(['A', 'B', 'C', 'D', 'E']);
		expect(figures.scoreBands[7].count).toBe(1);
	});

	test('of an empty period are zeros, not errors', () => {
		const report = planReport([], noContests);
		expect(report).toMatchObject({ planned: 0, doneShare: null, products: [], productTotals: [], unfinished: [], plans: [] });
		expect(report.contests).toMatchObject({ contestsHeld: 0, roundsHeld: 0, averageScore: null });
	});
});

describe('the report’s sections and tables', () => {
	test('are numbered I–IV with one table a part, figures kept as numbers', () => {
		const sections = reportSections(planReport([articles, moreArticles, radio], noContests));
		expect(sections.map((s) => [s.label, s.title])).toEqual([
			['I', 'Kết quả thực hiện nhiệm vụ'],
			['II', 'Sản phẩm thông tin, tuyên truyền'],
			['III', 'Các cuộc thi, hội thi tìm hiểu cải cách hành chính'],
			['IV', 'Nhiệm vụ chưa hoàn thành']
		]);
		const [tasks, products, contests] = sections;
		expect(tasks.paragraphs[0]).toBe(
			'Trong kỳ có 3 nhiệm vụ phải thực hiện: 1 nhiệm vụ hoàn thành, 1 nhiệm vụ đang thực hiện, 0 nhiệm vụ chưa triển khai, 1 nhiệm vụ quá hạn.'
		);
		expect(tasks.tables[0].rows).toEqual([
			['Chưa triển khai', 0, 0],
			['Đang thực hiện', 1, 33.3],
			['Hoàn thành', 1, 33.3],
			['Quá hạn', 1, 33.3]
		]);
		// One plan: no table by plan.
		expect(tasks.tables.map((t) => t.title)).toEqual(['Nhiệm vụ theo tình trạng', 'Danh sách nhiệm vụ']);
		expect(products.tables[0].rows[0]).toEqual(['4', 'Chuyên mục CCHC trên Báo Đồng Khởi', 'Bài báo', 24, 6, 14, 58.3]);
		expect(contests.paragraphs).toEqual(['Trong kỳ không có cuộc thi nào được tổ chức.']);
		expect(contests.tables).toEqual([]);
	});

	test('over several plans, every table of tasks says which plan each task comes from', () => {
		const [tasks, products, , unfinished] = reportSections(planReport([articles, moreArticles, districtCopy], noContests));
		// The province's task 4 and the district's task 4 are told apart by their plans.
		const byPlan = tasks.tables.find((t) => t.title === 'Nhiệm vụ theo từng kế hoạch')!;
		expect(byPlan.rows.map((row) => row[0])).toEqual(['Ủy ban nhân dân tỉnh Bến Tre (105/KH-UBND)', 'Huyện Châu Thành']);
		const list = tasks.tables.find((t) => t.title === 'Danh sách nhiệm vụ')!;
		expect(list.headings.slice(0, 3)).toEqual(['Kế hoạch', 'STT', 'Nội dung']);
		expect(list.rows.map((row) => row.slice(0, 2))).toEqual([
			['Ủy ban nhân dân tỉnh Bến Tre (105/KH-UBND)', '4'],
			['Ủy ban nhân dân tỉnh Bến Tre (105/KH-UBND)', '5'],
			['Huyện Châu Thành', '4']
		]);
		expect(list.wide).toEqual([0, 2, 3]);
		expect(products.tables[0].rows.map((row) => row.slice(0, 2))).toEqual(list.rows.map((row) => row.slice(0, 2)));
		expect(unfinished.tables[0].rows.map((row) => row.slice(0, 2))).toEqual([
			['Ủy ban nhân dân tỉnh Bến Tre (105/KH-UBND)', '5'],
			['Huyện Châu Thành', '4'],
			['Ủy ban nhân dân tỉnh Bến Tre (105/KH-UBND)', '4']
		]);
	});

	test('a unit’s two plans without numbers are told apart by their titles', () => {
		const plan = (planId: number, planTitle: string) => ({ planId, planTitle, planUnitName: 'Sở Nội vụ', planNumber: '' });
		expect([
			...planLabels([
				plan(1, 'Kế hoạch năm 2026'),
				plan(2, 'Kế hoạch bổ sung năm 2026'),
				{ ...plan(3, 'Kế hoạch năm 2026'), planUnitName: 'Huyện Mỏ Cày Nam' }
			]).values()
		]).toEqual(['Kế hoạch năm 2026 – Sở Nội vụ', 'Kế hoạch bổ sung năm 2026 – Sở Nội vụ', 'Huyện Mỏ Cày Nam']);
	});

	test('the contests part names the weakest topics with their share of right answers, and gives the spread of results', () => {
		const report = planReport([contestTask], {
			...noContests,
			contests: [{ id: 1, title: 'Cuộc thi' }],
			rounds: [{ roundId: 1, contestId: 1, name: 'Tuần 1', opensAt: new Date(), participants: 3, attempts: 3, prizeWinners: 1 }],
			participants: 3,
			attempts: 3,
			weakestTopics: [
				{ topic: 'Cải cách thủ tục hành chính', questions: 3, facility: 100 / 3 },
				{ topic: null, questions: 1, facility: 50 }
			],
			scoreBands: scoreBands([
				{ correct: 3, of: 10 },
				{ correct: 10, of: 10 },
				{ correct: 0, of: 10 }
			])
		});
		const contests = reportSections(report)[2];
		expect(contests.paragraphs[1]).toBe(
			'Các chủ đề có tỷ lệ trả lời đúng thấp nhất: Cải cách thủ tục hành chính (33,3%); Chưa phân chủ đề (50%).'
		);
		const topics = contests.tables.find((t) => t.sheet === 'Chủ đề yếu')!;
		expect(topics.rows).toEqual([
			[1, 'Cải cách thủ tục hành chính', 3, 33.3],
			[2, 'Chưa phân chủ đề', 1, 50]
		]);
		const bands = contests.tables.find((t) => t.sheet === 'Phân bố kết quả')!;
		expect(bands.rows[0]).toEqual(['0 – dưới 10 %', 1]);
		expect(bands.rows[3]).toEqual(['30 – dưới 40 %', 1]);
		expect(bands.rows[9]).toEqual(['90 – 100 %', 1]);
	});

	test('sheet names are unique and fit Excel’s 31 characters', () => {
		const report = planReport([articles, districtCopy], {
			...noContests,
			contests: [{ id: 1, title: 'Cuộc thi' }],
			rounds: [{ roundId: 1, contestId: 1, name: 'Tuần 1', opensAt: new Date(), participants: 1, attempts: 1, prizeWinners: 1 }],
			participants: 1,
			attempts: 1,
			units: [{ unitId: 1, name: 'Sở Nội vụ', participants: 1, headcount: 10, rate: 0.1 }],
			weakestTopics: [{ topic: 'Cải cách thể chế', questions: 1, facility: 0 }],
			scoreBands: scoreBands([{ correct: 1, of: 2 }])
		});
		const sheets = reportSections(report).flatMap((s) => s.tables.map((t) => t.sheet));
		expect(sheets).toHaveLength(11);
		expect(new Set(sheets).size).toBe(sheets.length);
		expect(sheets.every((name) => name.length <= 31 && !/[[\]:*?/\\]/.test(name))).toBe(true);
	});

	test('print numbers the Vietnamese way and a missing figure as a dash', () => {
		expect(formatCell(1234.5)).toBe('1.234,5');
		expect(formatCell(null)).toBe('—');
		expect(formatCell('Quý I/2026')).toBe('Quý I/2026');
		expect(percent(2 / 3)).toBe(66.7);
		expect(percent(null)).toBeNull();
	});
});
