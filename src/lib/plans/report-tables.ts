/**
 * A report's numbered sections with their sentences and tables, worded once for the three places
 * that show them: the page, the .docx in the official layout and the .xlsx (one sheet a table).
 * Cells keep numbers as numbers so that the spreadsheet can add them up.
 */
import { t } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import type { ScoreBand } from './contest-results';
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

/**
 * Over several plans (a province's and a district's derived from it), a first column names the plan
 * each row comes from: their STT start again in each, and a derived plan keeps its parent's title.
 */
function fromPlans(report: PlanReport, table: ReportTable, planIds: readonly number[]): ReportTable {
	if (report.plans.length < 2) return table;
	const labelOf = new Map(report.plans.map((p) => [p.planId, p.label]));
	return {
		...table,
		headings: [t('plans.report.col.plan'), ...table.headings],
		rows: table.rows.map((row, i) => [labelOf.get(planIds[i]) ?? '', ...row]),
		wide: [0, ...table.wide.map((column) => column + 1)]
	};
}

function taskTable(report: PlanReport, tasks: PlanReport['tasks'], sheet: string, title: string): ReportTable {
	const table: ReportTable = {
		sheet,
		title,
		headings: [
			t('plans.report.col.stt'),
			t('plans.report.col.content'),
			t('plans.report.col.lead'),
			t('plans.report.col.timeline'),
			t('plans.report.col.status')
		],
		rows: tasks.map((task) => [task.stt, task.content, task.leadName, task.timelineText, statusName(task.status)]),
		wide: [1, 2]
	};
	return fromPlans(
		report,
		table,
		tasks.map((task) => task.planId)
	);
}

/** "0 – dưới 10 %" … "90 – 100 %": the last band holds the full marks. */
export const bandLabel = (band: ScoreBand): string =>
	t(band.to >= 100 ? 'plans.report.bandLast' : 'plans.report.band', { from: band.from, to: band.to });

/** A topic's share of right answers as a report prints it: a percentage with one decimal. */
const topicShare = (facility: number) => Math.round(facility * 10) / 10;

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
			rows: report.plans.map((p) => [p.label, p.planned, ...TASK_STATUSES.map((s) => p.byStatus[s])]),
			wide: [0]
		});
	tables.push(taskTable(report, report.tasks, t('plans.report.sheet.tasks'), t('plans.report.table.tasks')));
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
	if (report.products.length > 0) {
		const products: ReportTable = {
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
		};
		tables.push(
			fromPlans(
				report,
				products,
				report.products.map((p) => p.planId)
			)
		);
	}
	if (report.productTotals.length > 0)
		tables.push({
			sheet: t('plans.report.sheet.productTotals'),
			title: t('plans.report.table.productTotals'),
			headings: [
				t('plans.report.col.unit'),
				t('plans.report.col.target'),
				t('plans.report.col.doneInPeriod'),
				t('plans.report.col.doneToDate'),
				t('plans.report.col.share')
			],
			rows: report.productTotals.map((p) => [p.unit, p.target, p.doneInPeriod, p.doneToDate, percent(share(p.doneToDate, p.target))]),
			wide: [0]
		});
	return {
		label: 'II',
		title: t('plans.report.section.products'),
		paragraphs: tables.length ? [] : [t('plans.report.noProducts')],
		tables
	};
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
			headings: [
				t('plans.report.col.contest'),
				t('plans.report.col.round'),
				t('plans.report.col.opensOn'),
				t('plans.report.col.participants'),
				t('plans.report.col.attempts'),
				t('plans.report.col.prizes')
			],
			rows: c.rounds.map((r) => [r.contestTitle, r.name, formatDate(r.opensAt), r.participants, r.attempts, r.prizeWinners]),
			wide: [0]
		}
	];
	if (c.units.length > 0)
		tables.push({
			sheet: t('plans.report.sheet.units'),
			title: t('plans.report.table.units'),
			headings: [
				t('plans.report.col.index'),
				t('plans.report.col.unitName'),
				t('plans.report.col.participants'),
				t('plans.report.col.headcount'),
				t('plans.report.col.rate')
			],
			rows: c.units.map((u, i) => [i + 1, u.name, u.participants, u.headcount, u.headcount > 0 ? percent(u.rate) : null]),
			wide: [1]
		});
	if (c.scoreBands.some((band) => band.count > 0))
		tables.push({
			sheet: t('plans.report.sheet.scores'),
			title: t('plans.report.table.scores'),
			headings: [t('plans.report.col.band'), t('plans.report.col.counted')],
			rows: c.scoreBands.map((band) => [bandLabel(band), band.count]),
			wide: [0]
		});
	const paragraphs = [
		t('plans.report.contestsSummary', {
			contests: c.contestsHeld,
			rounds: c.roundsHeld,
			participants: c.participants,
			attempts: c.attempts,
			units: c.unitsTakingPart,
			prizes: c.prizeWinners
		})
	];
	if (c.weakestTopics.length > 0) {
		const topicName = (topic: string | null) => topic ?? t('stats.noTopic');
		paragraphs.push(
			t('plans.report.weakestTopics', {
				topics: c.weakestTopics
					.map((w) => t('plans.report.topicShare', { topic: topicName(w.topic), share: formatCell(topicShare(w.facility)) }))
					.join('; ')
			})
		);
		tables.push({
			sheet: t('plans.report.sheet.topics'),
			title: t('plans.report.table.topics'),
			headings: [
				t('plans.report.col.index'),
				t('plans.report.col.topic'),
				t('plans.report.col.questions'),
				t('plans.report.col.rightShare')
			],
			rows: c.weakestTopics.map((w, i) => [i + 1, topicName(w.topic), w.questions, topicShare(w.facility)]),
			wide: [1]
		});
	}
	return { label: 'III', title, paragraphs, tables };
}

function unfinishedSection(report: PlanReport): ReportSection {
	const title = t('plans.report.section.unfinished');
	if (report.unfinished.length === 0)
		return { label: 'IV', title, paragraphs: [t(report.planned ? 'plans.report.allDone' : 'plans.report.noTasks')], tables: [] };
	return {
		label: 'IV',
		title,
		paragraphs: report.byStatus.overdue > 0 ? [t('plans.report.overdueSummary', { count: report.byStatus.overdue })] : [],
		tables: [taskTable(report, report.unfinished, t('plans.report.sheet.unfinished'), t('plans.report.table.unfinished'))]
	};
}

export function reportSections(report: PlanReport): ReportSection[] {
	return [tasksSection(report), productsSection(report), contestsSection(report), unfinishedSection(report)];
}
