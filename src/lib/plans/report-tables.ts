/**
 * A report's numbered sections with their sentences and tables, worded once for the three places
 * that show them: the page, the .docx in the official layout and the .xlsx (one sheet a table).
 * Cells keep numbers as numbers so that the spreadsheet can add them up.
 */
import { t } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { share, type PlanReport } from './report';
import { TASK_STATUSES, type TaskStatus } from './status';

export type Cell = string | number | null;

export interface ReportTable {
	/** A sheet name: short, unique, without the characters Excel refuses. */
	sheet: string;
	title: string;
	headings: string[];
	rows: Cell[][];
	/** Columns given most of the width (content, names); the others hold short texts and figures. */
	wide: number[];
}

export interface ReportSection {
	/** "I", "II"… as official documents number their parts. */
	label: string;
	title: string;
	paragraphs: string[];
	tables: ReportTable[];
}

const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A cell as printed: numbers the Vietnamese way (1.234,5), a missing figure as a dash. */
export const formatCell = (cell: Cell): string => (cell === null ? '—' : typeof cell === 'number' ? decimal.format(cell) : cell);

/** A share as a percentage with one decimal, the way reports print rates; null stays null. */
export const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

const statusName = (status: TaskStatus) => t(`plans.status.${status}`);

function tasksSection(report: PlanReport): ReportSection {
	const { byStatus } = report;
	const tables: ReportTable[] = [
		{
			sheet: t('plans.report.sheet.statuses'),
			title: t('plans.report.table.statuses'),
			headings: [t('plans.report.col.status'), t('plans.report.col.tasks'), t('plans.report.col.share')],
			rows: TASK_STATUSES.map((status) => [statusName(status), byStatus[status], percent(share(byStatus[status], report.planned))]),
			wide: [0]
		}
	];
	if (report.plans.length > 1)
		tables.push({
			sheet: t('plans.report.sheet.plans'),
			title: t('plans.report.table.plans'),
			headings: [t('plans.report.col.plan'), t('plans.report.col.tasks'), ...TASK_STATUSES.map(statusName)],
			rows: report.plans.map((p) => [p.title, p.planned, ...TASK_STATUSES.map((s) => p.byStatus[s])]),
			wide: [0]
		});
	tables.push({
		sheet: t('plans.report.sheet.tasks'),
		title: t('plans.report.table.tasks'),
		headings: [t('plans.report.col.stt'), t('plans.report.col.content'), t('plans.report.col.lead'), t('plans.report.col.timeline'), t('plans.report.col.status')],
		rows: report.tasks.map((task) => [task.stt, task.content, task.leadName, task.timelineText, statusName(task.status)]),
		wide: [1, 2]
	});
	return {
		label: 'I',
		title: t('plans.report.section.tasks'),
		paragraphs: [
			report.planned === 0
				? t('plans.report.noTasks')
				: t('plans.report.tasksSummary', {
						planned: report.planned,
						done: byStatus.done,
						inProgress: byStatus.in_progress,
						notStarted: byStatus.not_started,
						overdue: byStatus.overdue
					})
		],
		tables: report.planned === 0 ? [] : tables
	};
}

function productsSection(report: PlanReport): ReportSection {
	const tables: ReportTable[] = [];
	if (report.products.length > 0)
		tables.push({
			sheet: t('plans.report.sheet.products'),
			title: t('plans.report.table.products'),
			headings: [
				t('plans.report.col.stt'),
				t('plans.report.col.content'),
				t('plans.report.col.product'),
				t('plans.report.col.target'),
				t('plans.report.col.doneInPeriod'),
				t('plans.report.col.doneToDate'),
				t('plans.report.col.share')
			],
			rows: report.products.map((p) => [p.stt, p.content, p.kind || p.unit, p.target, p.doneInPeriod, p.doneToDate, percent(p.share)]),
			wide: [1]
		});
	if (report.productTotals.length > 0)
		tables.push({
			sheet: t('plans.report.sheet.productTotals'),
			title: t('plans.report.table.productTotals'),
			headings: [t('plans.report.col.unit'), t('plans.report.col.target'), t('plans.report.col.doneInPeriod'), t('plans.report.col.doneToDate'), t('plans.report.col.share')],
			rows: report.productTotals.map((p) => [p.unit, p.target, p.doneInPeriod, p.doneToDate, percent(share(p.doneToDate, p.target))]),
			wide: [0]
		});
	return { label: 'II', title: t('plans.report.section.products'), paragraphs: tables.length ? [] : [t('plans.report.noProducts')], tables };
}

function contestsSection(report: PlanReport): ReportSection {
	const c = report.contests;
	const title = t('plans.report.section.contests');
	if (c.roundsHeld === 0) return { label: 'III', title, paragraphs: [t('plans.report.noContests')], tables: [] };
	const figures: [string, Cell][] = [
		[t('plans.report.figure.contests'), c.contestsHeld],
		[t('plans.report.figure.rounds'), c.roundsHeld],
		[t('plans.report.figure.participants'), c.participants],
		[t('plans.report.figure.attempts'), c.attempts],
		[t('plans.report.figure.units'), c.unitsTakingPart],
		[t('plans.report.figure.prizes'), c.prizeWinners],
		[t('plans.report.figure.averageScore'), round2(c.averageScore)],
		[t('plans.report.figure.correctRate'), percent(c.averageCorrectRate)]
	];
	const tables: ReportTable[] = [
		{
			sheet: t('plans.report.sheet.contests'),
			title: t('plans.report.table.contests'),
			headings: [t('plans.report.col.figure'), t('plans.report.col.value')],
			rows: figures,
			wide: [0]
		},
		{
			sheet: t('plans.report.sheet.rounds'),
			title: t('plans.report.table.rounds'),
			headings: [t('plans.report.col.contest'), t('plans.report.col.round'), t('plans.report.col.opensOn'), t('plans.report.col.participants'), t('plans.report.col.attempts'), t('plans.report.col.prizes')],
			rows: c.rounds.map((r) => [r.contestTitle, r.name, formatDate(r.opensAt), r.participants, r.attempts, r.prizeWinners]),
			wide: [0]
		}
	];
	if (c.units.length > 0)
		tables.push({
			sheet: t('plans.report.sheet.units'),
			title: t('plans.report.table.units'),
			headings: [t('plans.report.col.index'), t('plans.report.col.unitName'), t('plans.report.col.participants'), t('plans.report.col.headcount'), t('plans.report.col.rate')],
			rows: c.units.map((u, i) => [i + 1, u.name, u.participants, u.headcount, u.headcount > 0 ? percent(u.rate) : null]),
			wide: [1]
		});
	return {
		label: 'III',
		title,
		paragraphs: [t('plans.report.contestsSummary', { contests: c.contestsHeld, rounds: c.roundsHeld, participants: c.participants, attempts: c.attempts, units: c.unitsTakingPart, prizes: c.prizeWinners })],
		tables
	};
}

function unfinishedSection(report: PlanReport): ReportSection {
	const title = t('plans.report.section.unfinished');
	if (report.unfinished.length === 0) return { label: 'IV', title, paragraphs: [t(report.planned ? 'plans.report.allDone' : 'plans.report.noTasks')], tables: [] };
	return {
		label: 'IV',
		title,
		paragraphs: report.byStatus.overdue > 0 ? [t('plans.report.overdueSummary', { count: report.byStatus.overdue })] : [],
		tables: [
			{
				sheet: t('plans.report.sheet.unfinished'),
				title: t('plans.report.table.unfinished'),
				headings: [t('plans.report.col.stt'), t('plans.report.col.content'), t('plans.report.col.lead'), t('plans.report.col.timeline'), t('plans.report.col.status')],
				rows: report.unfinished.map((task) => [task.stt, task.content, task.leadName, task.timelineText, statusName(task.status)]),
				wide: [1, 2]
			}
		]
	};
}

export function reportSections(report: PlanReport): ReportSection[] {
	return [tasksSection(report), productsSection(report), contestsSection(report), unfinishedSection(report)];
}
