/**
 * Report periods of a plan year, as units report on their communication work: each quarter, the first
 * six months, the first nine months and the whole year. Periods are calendar dates in Vietnam's time
 * (UTC+7 all year, no daylight saving), so a round that opens at 23:30 on 31/3 in Hà Nội is in Quý I.
 */
import { t } from '$lib/i18n';
import { isoDate, timelineSpan, type Timeline } from './timeline';

export const PERIOD_KINDS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const satisfies readonly PeriodKind[];

export interface Period {
	year: number;
	kind: PeriodKind;
	/** First and last calendar day, "yyyy-mm-dd", both included. */
	start: string;
	end: string;
}

const LAST_MONTH: Record<PeriodKind, number> = { Q1: 3, Q2: 6, Q3: 9, Q4: 12, H1: 6, '9M': 9, Y: 12 };
const FIRST_MONTH: Record<PeriodKind, number> = { Q1: 1, Q2: 4, Q3: 7, Q4: 10, H1: 1, '9M': 1, Y: 1 };
const VIETNAM_OFFSET = '+07:00';

export function period(year: number, kind: PeriodKind): Period {
	const last = LAST_MONTH[kind];
	const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
	return { year, kind, start: isoDate(year, FIRST_MONTH[kind], 1), end: isoDate(year, last, lastDay) };
}

/** Every report period of a year, quarters first. */
export const reportPeriods = (year: number): Period[] => PERIOD_KINDS.map((kind) => period(year, kind));

/** "2021-Q2": the key progress and reports are stored under. */
export const periodId = (p: Pick<Period, 'year' | 'kind'>): string => `${p.year}-${p.kind}`;

export function parsePeriodId(id: string): Period | null {
	const match = /^(\d{4})-(Q[1-4]|H1|9M|Y)$/.exec(id);
	return match ? period(Number(match[1]), match[2] as PeriodKind) : null;
}

/** The quarters a period is made of: Q2 is itself, 6 tháng is Q1 and Q2, the year all four. */
export function quartersOf(p: Period): Period[] {
	return QUARTERS.map((kind) => period(p.year, kind)).filter((q) => q.start >= p.start && q.end <= p.end);
}

export function periodLabel(p: Pick<Period, 'year' | 'kind'>): string {
	return t(`plans.period.${p.kind}`, { year: p.year });
}

/** The calendar date an instant falls on in Vietnam. */
export function vietnamDate(instant: Date): string {
	return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The instant a Vietnamese calendar day starts. */
export const startOfVietnamDay = (iso: string): Date => new Date(`${iso}T00:00:00${VIETNAM_OFFSET}`);

/** The period as instants: from its first midnight in Vietnam, until (excluded) the midnight after its last day. */
export function periodInstants(p: Period): { from: Date; until: Date } {
	const until = startOfVietnamDay(p.end);
	until.setUTCDate(until.getUTCDate() + 1);
	return { from: startOfVietnamDay(p.start), until };
}

/**
 * Whether a task falls due in a period: its last day lies within it. Recurring work ("thường xuyên",
 * "hàng tháng") falls due in every period of its year, since each one expects some of it done.
 */
export function isDueIn(timeline: Timeline, p: Period): boolean {
	if (timeline.kind === 'recurring') return timeline.year === p.year;
	const { end } = timelineSpan(timeline);
	return end >= p.start && end <= p.end;
}

/** Whether a task runs at some time within a period (started by its end, not finished before its start). */
export function isActiveIn(timeline: Timeline, p: Period): boolean {
	const { start, end } = timelineSpan(timeline);
	return start <= p.end && end >= p.start;
}

/**
 * The quarters a task's progress may be recorded for: those of its plan's year and of every year its
 * timeline reaches into ("Tháng 12/2020" in a 2021 plan).
 */
export function recordableQuarters(planYear: number, span: { startsOn: string; endsOn: string }): Period[] {
	const years = [planYear, Number(span.startsOn.slice(0, 4)), Number(span.endsOn.slice(0, 4))];
	const quarters: Period[] = [];
	for (let year = Math.min(...years); year <= Math.max(...years); year++) quarters.push(...QUARTERS.map((kind) => period(year, kind)));
	return quarters;
}
