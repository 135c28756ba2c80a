import { describe, expect, test } from 'vitest';
import { period } from './periods';
import { progressAsOf, statusInPeriod, taskStatus, type ProgressEntry, type StatusTask } from './status';
import { parseTimeline } from './timeline';

const task = (timelineText: string, target: number | null): StatusTask => {
	const result = parseTimeline(timelineText, 2021);
	if (!result.ok) throw new Error(timelineText);
	return { timeline: result.timeline, target };
};
const entry = (quarter: string, doneQuantity: number, extra: Partial<ProgressEntry> = {}): ProgressEntry => ({
	period: `2021-${quarter}`,
	doneQuantity,
	completed: false,
	...extra
});

describe('a task with a number to reach: 24 articles in the year', () => {
	const articles = task('Tháng 01/2021 đến tháng 12/2021', 24);
	const entries = [entry('Q1', 6), entry('Q2', 8), entry('Q3', 6)];

	test('counts the quarters begun by the date', () => {
		expect(progressAsOf(entries, '2021-03-31')).toEqual({ done: 6, completed: false, active: true });
		expect(progressAsOf(entries, '2021-04-01')).toEqual({ done: 14, completed: false, active: true });
	});

	test('is not started before anything is recorded, then in progress', () => {
		expect(taskStatus(articles, [], '2021-02-01')).toBe('not_started');
		expect(taskStatus(articles, entries, '2021-02-01')).toBe('in_progress');
	});

	test('is overdue after its last day short of the number, done once it is reached', () => {
		expect(taskStatus(articles, entries, '2022-01-01')).toBe('overdue');
		expect(taskStatus(articles, [...entries, entry('Q4', 4)], '2021-12-31')).toBe('done');
		expect(taskStatus(articles, [...entries, entry('Q4', 4)], '2022-01-05')).toBe('done');
	});

	test('a finished mark does not replace the number', () => {
		expect(taskStatus(articles, [...entries, entry('Q4', 0, { completed: true })], '2022-01-01')).toBe('overdue');
	});
});

describe('a task without a number: unlimited articles, a contest', () => {
	const unlimited = task('Thường xuyên trong năm', null);

	test('a note counts as activity; only the finished mark makes it done', () => {
		expect(taskStatus(unlimited, [entry('Q1', 0, { hasReport: true })], '2021-05-01')).toBe('in_progress');
		expect(taskStatus(unlimited, [entry('Q1', 30)], '2021-05-01')).toBe('in_progress');
		expect(taskStatus(unlimited, [entry('Q1', 30), entry('Q4', 5, { completed: true })], '2021-12-31')).toBe('done');
	});

	test('recurring work is overdue only after its year', () => {
		expect(taskStatus(unlimited, [], '2021-12-31')).toBe('not_started');
		expect(taskStatus(unlimited, [], '2022-01-01')).toBe('overdue');
	});
});

describe('status for a report period', () => {
	const contest = task('Quý II - III/2021', null);
	const finished = [entry('Q3', 1, { completed: true })];

	test('is the status on the period’s last day', () => {
		expect(statusInPeriod(contest, finished, period(2021, 'H1'), '2022-02-01')).toBe('not_started');
		expect(statusInPeriod(contest, finished, period(2021, '9M'), '2022-02-01')).toBe('done');
		expect(statusInPeriod(contest, [], period(2021, 'Y'), '2022-02-01')).toBe('overdue');
	});

	test('or today’s while the period runs', () => {
		expect(statusInPeriod(contest, [], period(2021, 'Y'), '2021-08-15')).toBe('not_started');
	});
});

describe('a task carried out by a contest', () => {
	const contest = task('Quý II/2021 - Quý III/2021', null);

	test('is under way from the day a linked contest opens its first round, without anything typed in', () => {
		const held = { ...contest, contestSince: '2021-05-05' };
		expect(taskStatus(held, [], '2021-05-04')).toBe('not_started');
		expect(taskStatus(held, [], '2021-05-05')).toBe('in_progress');
		// Only its lead unit says when it is done; past its time it is overdue like any other.
		expect(taskStatus(held, [], '2021-10-01')).toBe('overdue');
		expect(taskStatus(held, [entry('Q3', 0, { completed: true })], '2021-10-01')).toBe('done');
	});
});
