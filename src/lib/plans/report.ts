/**
 * The figures of a communication-work report for one period and one unit with its subtree: tasks
 * planned and how far they got, products done against their targets, and what the linked contests
 * produced. Pure: the tasks come from the task board, the contest figures from the roll-in.
 */
import type { TopicFacility } from '$lib/contests/item-statistics';
import type { ScoreBand } from './contest-results';
import type { TaskStatus } from './status';

/** A task as the board gives it for the period (`TaskBoardRow`). */
export interface ReportTask {
	id: number;
	planId: number;
	planTitle: string;
	/** The unit that issued the task's plan, and the plan's số / ký hiệu (empty while unnumbered). */
	planUnitName: string;
	planNumber: string;
	stt: string;
	content: string;
	productKind: string;
	productUnit: string;
	target: number | null;
	timelineText: string;
	leadName: string;
	doneInPeriod: number;
	doneToDate: number;
	status: TaskStatus;
}

/** The contest roll-in over the report's tasks (`ContestRollIn`), the fields a report reads. */
export interface ReportContestInput {
	rounds: {
		roundId: number;
		contestId: number;
		name: string;
		opensAt: Date;
		participants: number;
		attempts: number;
		prizeWinners: number;
	}[];
	contests: { id: number; title: string }[];
	participants: number;
	attempts: number;
	units: { unitId: number; name: string; participants: number; headcount: number; rate: number }[];
	prizeWinners: number;
	averageScore: number | null;
	averageCorrectRate: number | null;
	weakestTopics: TopicFacility[];
	scoreBands: ScoreBand[];
}

export type StatusCounts = Record<TaskStatus, number>;

export interface ProductLine {
	taskId: number;
	planId: number;
	stt: string;
	content: string;
	kind: string;
	unit: string;
	/** null: the plan sets no number. */
	target: number | null;
	doneInPeriod: number;
	doneToDate: number;
	/** doneToDate / target; null without a target. Over 1 when the target was exceeded. */
	share: number | null;
}

export interface ContestFigures {
	/** Contests that held at least one round in the period. */
	contestsHeld: number;
	roundsHeld: number;
	participants: number;
	attempts: number;
	unitsTakingPart: number;
	prizeWinners: number;
	averageScore: number | null;
	averageCorrectRate: number | null;
	rounds: (ReportContestInput['rounds'][number] & { contestTitle: string })[];
	units: ReportContestInput['units'];
	/** The few topics answered worst (`WEAKEST_TOPICS`). */
	weakestTopics: TopicFacility[];
	scoreBands: ScoreBand[];
}

/** How many of the weakest topics a report names. */
export const WEAKEST_TOPICS = 5;

export interface PlanReport {
	/** The period's tasks in the board's order. */
	tasks: readonly ReportTask[];
	planned: number;
	byStatus: StatusCounts;
	/** Share of the planned tasks that are done; null when nothing was planned. */
	doneShare: number | null;
	/**
	 * The same counts for each plan the tasks come from (a province's and its districts' derived plans),
	 * each with the short name the report's tables give it (`planLabels`).
	 */
	plans: { planId: number; title: string; label: string; planned: number; byStatus: StatusCounts }[];
	products: ProductLine[];
	/** Targets and quantities added up by the word counted ("bài", "lớp"), for tasks with a target. */
	productTotals: { unit: string; target: number; doneInPeriod: number; doneToDate: number }[];
	/** Tasks past their time and not done, then those still running or not started. */
	unfinished: ReportTask[];
	contests: ContestFigures;
}

export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

const noStatuses = (): StatusCounts => ({ not_started: 0, in_progress: 0, done: 0, overdue: 0 });

function countStatuses(tasks: readonly ReportTask[]): StatusCounts {
	const counts = noStatuses();
	for (const task of tasks) counts[task.status] += 1;
	return counts;
}

/** A task counts as producing something when the plan names a product or some quantity was reported. */
const isProduct = (task: ReportTask) => task.productKind !== '' || task.doneToDate > 0;

function productLines(tasks: readonly ReportTask[]): ProductLine[] {
	return tasks.filter(isProduct).map((task) => ({
		taskId: task.id,
		planId: task.planId,
		stt: task.stt,
		content: task.content,
		kind: task.productKind,
		unit: task.productUnit,
		target: task.target,
		doneInPeriod: task.doneInPeriod,
		doneToDate: task.doneToDate,
		share: task.target === null ? null : share(task.doneToDate, task.target)
	}));
}

function productTotals(lines: readonly ProductLine[]): PlanReport['productTotals'] {
	const totals = new Map<string, PlanReport['productTotals'][number]>();
	for (const line of lines) {
		if (line.target === null) continue;
		const total = totals.get(line.unit) ?? { unit: line.unit, target: 0, doneInPeriod: 0, doneToDate: 0 };
		total.target += line.target;
		total.doneInPeriod += line.doneInPeriod;
		total.doneToDate += line.doneToDate;
		totals.set(line.unit, total);
	}
	return [...totals.values()];
}

function contestFigures(input: ReportContestInput): ContestFigures {
	const titleOf = new Map(input.contests.map((c) => [c.id, c.title]));
	return {
		contestsHeld: new Set(input.rounds.map((r) => r.contestId)).size,
		roundsHeld: input.rounds.length,
		participants: input.participants,
		attempts: input.attempts,
		unitsTakingPart: input.units.length,
		prizeWinners: input.prizeWinners,
		averageScore: input.averageScore,
		averageCorrectRate: input.averageCorrectRate,
		rounds: input.rounds.map((r) => ({ ...r, contestTitle: titleOf.get(r.contestId) ?? '' })),
		units: input.units,
		weakestTopics: input.weakestTopics.slice(0, WEAKEST_TOPICS),
		scoreBands: input.scoreBands
	};
}

type PlanOfTask = Pick<ReportTask, 'planId' | 'planTitle' | 'planUnitName' | 'planNumber'>;

/**
 * A short name for each plan, to tell apart in a table the plans a report covers: its issuing unit,
 * with its number once it has one ("Ủy ban nhân dân tỉnh Bến Tre (105/KH-UBND)"). A derived plan keeps
 * its province's title, so the title alone would not do; it is added only where a unit has two plans
 * that the rest cannot tell apart.
 */
export function planLabels(plans: readonly PlanOfTask[]): Map<number, string> {
	const short = (p: PlanOfTask) => (p.planNumber ? `${p.planUnitName} (${p.planNumber})` : p.planUnitName);
	const uses = new Map<string, Set<number>>();
	for (const p of plans) uses.set(short(p), (uses.get(short(p)) ?? new Set()).add(p.planId));
	return new Map(plans.map((p) => [p.planId, uses.get(short(p))!.size > 1 ? `${p.planTitle} – ${short(p)}` : short(p)]));
}

const UNFINISHED_ORDER: Record<TaskStatus, number> = { overdue: 0, in_progress: 1, not_started: 2, done: 3 };

export function planReport(tasks: readonly ReportTask[], contests: ReportContestInput): PlanReport {
	const byStatus = countStatuses(tasks);
	const plans = new Map<number, { planId: number; title: string; tasks: ReportTask[] }>();
	for (const task of tasks) {
		const entry = plans.get(task.planId) ?? { planId: task.planId, title: task.planTitle, tasks: [] };
		entry.tasks.push(task);
		plans.set(task.planId, entry);
	}
	const labels = planLabels([...plans.values()].map(({ tasks: [first] }) => first));
	const products = productLines(tasks);
	return {
		tasks,
		planned: tasks.length,
		byStatus,
		doneShare: share(byStatus.done, tasks.length),
		plans: [...plans.values()].map(({ planId, title, tasks: own }) => ({
			planId,
			title,
			label: labels.get(planId)!,
			planned: own.length,
			byStatus: countStatuses(own)
		})),
		products,
		productTotals: productTotals(products),
		// A stable sort keeps the annex's order within each status.
		unfinished: tasks.filter((t) => t.status !== 'done').sort((a, b) => UNFINISHED_ORDER[a.status] - UNFINISHED_ORDER[b.status]),
		contests: contestFigures(contests)
	};
}
