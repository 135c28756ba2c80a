/**
 * A task's status, as of a date or for a report period. The rule:
 *
 * - Progress is recorded per quarter (`2021-Q2`): the quantity done in that quarter, and a mark that the
 *   task is finished. As of a date, the quarters that have begun by then count; quantities add up.
 * - **hoàn thành** (done): a task with a number to reach (24 bài) when the quantities reach it; a task
 *   without one (unlimited, "theo quy định", a single contest) when its lead unit has marked it finished.
 *   The mark does not replace a number: 20 of 24 articles marked finished is still not done.
 * - **quá hạn** (overdue): not done, and the date is past the timeline's last day (recurring work: its year).
 * - **đang thực hiện** (in progress): not done, not overdue, and some progress recorded (a quantity, a note,
 *   evidence or the mark), or a contest linked to the task has held a round.
 * - **chưa triển khai** (not started): nothing recorded yet.
 *
 * For a period, the date is the period's last day, or today while the period is still running.
 */
import { parsePeriodId, type Period } from './periods';
import { timelineSpan, type Timeline } from './timeline';

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'overdue'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface ProgressEntry {
	/** A quarter's id, "2021-Q2". */
	period: string;
	doneQuantity: number;
	completed: boolean;
	/** Whether a note or evidence was recorded, which counts as activity even with nothing counted yet. */
	hasReport?: boolean;
}

export interface StatusTask {
	timeline: Timeline;
	/** null: no number to reach, done when marked finished. */
	target: number | null;
	/** The day a contest linked to the task first opened a round ("yyyy-mm-dd"): from then on it is under way. */
	contestSince?: string | null;
}

export interface ProgressTotal {
	done: number;
	completed: boolean;
	active: boolean;
}

/** What was recorded in quarters that began by `asOf` ("yyyy-mm-dd"). */
export function progressAsOf(entries: readonly ProgressEntry[], asOf: string): ProgressTotal {
	let done = 0;
	let completed = false;
	let active = false;
	for (const entry of entries) {
		const quarter = parsePeriodId(entry.period);
		if (!quarter || quarter.start > asOf) continue;
		done += entry.doneQuantity;
		completed ||= entry.completed;
		active ||= entry.doneQuantity > 0 || entry.completed || Boolean(entry.hasReport);
	}
	return { done, completed, active };
}

export function isComplete(target: number | null, total: ProgressTotal): boolean {
	return target === null ? total.completed : total.done >= target;
}

export function taskStatus(task: StatusTask, entries: readonly ProgressEntry[], asOf: string): TaskStatus {
	const total = progressAsOf(entries, asOf);
	if (isComplete(task.target, total)) return 'done';
	if (asOf > timelineSpan(task.timeline).end) return 'overdue';
	const contestHeld = task.contestSince != null && task.contestSince <= asOf;
	return total.active || contestHeld ? 'in_progress' : 'not_started';
}

/** The status a report for `period` shows: as of its last day, or `today` if that comes first. */
export function statusInPeriod(task: StatusTask, entries: readonly ProgressEntry[], period: Period, today: string): TaskStatus {
	return taskStatus(task, entries, today < period.end ? today : period.end);
}
