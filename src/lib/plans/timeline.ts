/**
 * "Thời gian triển khai / hoàn thành" of a plan's task, as plans write it: a month ("Tháng 01/2021"), a
 * quarter ("Quý II/2021", "Quý I, II/2021"), a year ("Năm 2021"), a date ("Trước ngày 15/3"), a range of
 * those ("Tháng 01/2020 đến tháng 8/2020", "Quý II - III/2021"), or recurring work ("Thường xuyên trong
 * năm", "Định kỳ hàng tháng", "Mỗi tháng"). Texts without a year take the plan's year.
 */
import { t, type MessageKey } from '$lib/i18n';
import { foldDiacritics } from '$lib/i18n/text';

export type Recurrence = 'weekly' | 'monthly' | 'quarterly' | 'continuous';
export interface YearMonth {
	year: number;
	month: number;
}
export interface YearQuarter {
	year: number;
	quarter: number;
}

/**
 * A single month or quarter has `from` equal to `to`. A date's `from` is null for "Trước ngày 15/3",
 * whose `to` is the last day allowed (14/3): on 15/3 the task is overdue.
 */
export type Timeline =
	| { kind: 'month'; from: YearMonth; to: YearMonth }
	| { kind: 'quarter'; from: YearQuarter; to: YearQuarter }
	| { kind: 'year'; year: number }
	| { kind: 'date'; from: string | null; to: string }
	| { kind: 'recurring'; every: Recurrence; year: number };

export type TimelineResult = { ok: true; timeline: Timeline } | { ok: false; error: MessageKey; params: { value: string } };

/** Calendar dates as "yyyy-mm-dd", first and last day included. */
export interface DateSpan {
	start: string;
	end: string;
}

const ROMAN = ['i', 'ii', 'iii', 'iv'];
const ROMAN_UPPER = ['I', 'II', 'III', 'IV'];
const RECURRENCE_WORDS: Record<string, Recurrence> = { tuan: 'weekly', thang: 'monthly', quy: 'quarterly' };

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The day after / before an ISO date, through UTC so that no time zone shifts it. */
export function shiftDate(iso: string, days: number): string {
	const date = new Date(`${iso}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** Folded, single-spaced, dashes as " - ", commas as ", ", no final full stop. */
function normalise(text: string): string {
	return foldDiacritics(text)
		.replace(/\s+/g, ' ')
		.replace(/\s*[-–—]\s*/g, ' - ')
		.replace(/\s*,\s*/g, ', ')
		.replace(/\s*\/\s*/g, '/')
		.trim()
		.replace(/[.;:]+$/, '')
		.trim();
}

function recurring(text: string, planYear: number): Timeline | null {
	const yearOf = (match: RegExpExecArray, at: number) => (match[at] ? Number(match[at]) : planYear);
	const continuous = /^thuong xuyen(?:, lien tuc)?(?: (?:trong )?(?:ca )?nam)?(?: (\d{4}))?$/.exec(text);
	if (continuous) return { kind: 'recurring', every: 'continuous', year: yearOf(continuous, 1) };
	const periodic = /^(?:dinh ky )?(?:hang|moi) (tuan|thang|quy)(?: (?:trong )?(?:ca )?(?:nam )?(\d{4}))?$/.exec(text);
	if (periodic) return { kind: 'recurring', every: RECURRENCE_WORDS[periodic[1]], year: yearOf(periodic, 2) };
	const year = /^(?:trong |ca )?nam(?: (\d{4}))?$|^(\d{4})$/.exec(text);
	if (year) return { kind: 'year', year: Number(year[1] ?? year[2] ?? planYear) };
	return null;
}

type Unit = 'month' | 'quarter' | 'date';
/** One side of a range: a unit word (or none, inherited from the other side), numbers, an optional year. */
interface Item {
	unit: Unit | null;
	values: number[];
	day?: number;
	year: number | null;
	before: boolean;
}

const NUMBER = '(?:[ivx]+|\\d{1,2})';

function readNumber(token: string): number {
	const roman = ROMAN.indexOf(token);
	return roman >= 0 ? roman + 1 : /^\d+$/.test(token) ? Number(token) : NaN;
}

function parseItem(text: string): Item | null {
	const date = /^(?:(truoc|han|cham nhat) )?(?:(?:ngay) )?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(text);
	if (date && (date[1] || text.includes('ngay') || date[4])) {
		return {
			unit: 'date',
			day: Number(date[2]),
			values: [Number(date[3])],
			year: date[4] ? Number(date[4]) : null,
			before: date[1] === 'truoc'
		};
	}
	const list = new RegExp(`^(?:(thang|quy) )?(${NUMBER}(?:(?:, | va )${NUMBER})*)(?:/(\\d{4}))?$`).exec(text);
	if (!list) return null;
	const values = list[2].split(/, | va /).map(readNumber);
	const unit = list[1] === 'thang' ? 'month' : list[1] === 'quy' ? 'quarter' : null;
	return { unit, values, year: list[3] ? Number(list[3]) : null, before: false };
}

/** Consecutive numbers only: "Quý I, II" is a span, "Quý I, III" is not. */
function contiguous(values: number[]): boolean {
	return values.every((v, i) => i === 0 || v === values[i - 1] + 1);
}

function ranged(text: string, planYear: number): Timeline | null {
	const parts = text.replace(/^tu /, '').split(/ den | - /);
	if (parts.length > 2) return null;
	let items = parts.map(parseItem);
	// "Từ ngày 01/3 đến 15/3": the second date borrows the first one's word.
	if (items.some((item) => item?.unit === 'date')) items = parts.map((part, i) => items[i] ?? parseItem(`ngay ${part}`));
	if (items.some((item) => item === null)) return null;
	const [first, last = first] = items as Item[];
	const unit = first.unit ?? last.unit;
	if (!unit || (first.unit && last.unit && first.unit !== last.unit)) return null;
	const lastYear = last.year ?? first.year ?? planYear;
	const firstYear = first.year ?? lastYear;
	const from = first.values[0];
	const to = last.values[last.values.length - 1];
	if (![...first.values, ...last.values].every(Number.isInteger) || !contiguous(first.values) || !contiguous(last.values)) return null;
	if (unit === 'month') {
		if (from < 1 || from > 12 || to < 1 || to > 12) return null;
		return { kind: 'month', from: { year: firstYear, month: from }, to: { year: lastYear, month: to } };
	}
	if (unit === 'quarter') {
		if (from < 1 || from > 4 || to < 1 || to > 4) return null;
		return { kind: 'quarter', from: { year: firstYear, quarter: from }, to: { year: lastYear, quarter: to } };
	}
	const dateOf = ({ day = 0, values: [month] }: Item, year: number) =>
		month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month) ? isoDate(year, month, day) : null;
	const start = dateOf(first, firstYear);
	const end = dateOf(last, lastYear);
	if (!start || !end || last.values.length > 1) return null;
	if (parts.length === 1 && first.before) return { kind: 'date', from: null, to: shiftDate(start, -1) };
	return { kind: 'date', from: start, to: end };
}

/** Parses one timeline text; texts without a year take `planYear`. */
export function parseTimeline(text: string, planYear: number): TimelineResult {
	const value = text.trim();
	if (value === '') return { ok: false, error: 'plans.timeline.empty', params: { value } };
	const folded = normalise(value);
	const timeline = recurring(folded, planYear) ?? ranged(folded, planYear);
	if (!timeline) return { ok: false, error: 'plans.timeline.unknown', params: { value } };
	const { start, end } = timelineSpan(timeline);
	if (start > end) return { ok: false, error: 'plans.timeline.backwards', params: { value } };
	return { ok: true, timeline };
}

/** The first and last day the timeline covers; recurring work covers its whole year. */
export function timelineSpan(timeline: Timeline): DateSpan {
	switch (timeline.kind) {
		case 'month':
			return {
				start: isoDate(timeline.from.year, timeline.from.month, 1),
				end: isoDate(timeline.to.year, timeline.to.month, lastDay(timeline.to.year, timeline.to.month))
			};
		case 'quarter': {
			const endMonth = timeline.to.quarter * 3;
			return {
				start: isoDate(timeline.from.year, timeline.from.quarter * 3 - 2, 1),
				end: isoDate(timeline.to.year, endMonth, lastDay(timeline.to.year, endMonth))
			};
		}
		case 'year':
		case 'recurring':
			return { start: isoDate(timeline.year, 1, 1), end: isoDate(timeline.year, 12, 31) };
		case 'date':
			return { start: timeline.from ?? `${timeline.to.slice(0, 4)}-01-01`, end: timeline.to };
	}
}

/** Months a month-like timeline spans, so that "Tháng 12/2020" and "Quý I/2021" can make one range. */
function asMonths(timeline: Timeline): { from: YearMonth; to: YearMonth } | null {
	if (timeline.kind === 'date' || timeline.kind === 'recurring') return null;
	const { start, end } = timelineSpan(timeline);
	return {
		from: { year: Number(start.slice(0, 4)), month: Number(start.slice(5, 7)) },
		to: { year: Number(end.slice(0, 4)), month: Number(end.slice(5, 7)) }
	};
}

/**
 * One timeline from the two columns "triển khai" (start) and "hoàn thành" (end): from the start of the
 * first to the end of the second. Mixed months and quarters become months; recurring work and dates
 * combine only with their own kind.
 */
export function combineTimelines(start: Timeline, end: Timeline): Timeline | null {
	if (JSON.stringify(start) === JSON.stringify(end)) return start;
	let combined: Timeline | null = null;
	if (start.kind === 'month' && end.kind === 'month') combined = { kind: 'month', from: start.from, to: end.to };
	else if (start.kind === 'quarter' && end.kind === 'quarter') combined = { kind: 'quarter', from: start.from, to: end.to };
	else if (start.kind === 'date' && end.kind === 'date') combined = { kind: 'date', from: start.from ?? start.to, to: end.to };
	else if (start.kind === 'recurring' && end.kind === 'recurring' && start.every === end.every)
		combined = { ...start, year: Math.max(start.year, end.year) };
	else {
		const a = asMonths(start);
		const b = asMonths(end);
		if (a && b) combined = { kind: 'month', from: a.from, to: b.to };
	}
	if (!combined) return null;
	const span = timelineSpan(combined);
	return span.start <= span.end ? combined : null;
}

/**
 * Parses the "triển khai" and "hoàn thành" columns into one timeline; an empty column takes the other's
 * value. Errors name the text that failed.
 */
export function parseTimelineColumns(startText: string, endText: string, planYear: number): TimelineResult {
	const startValue = startText.trim() || endText.trim();
	const endValue = endText.trim() || startValue;
	const start = parseTimeline(startValue, planYear);
	if (!start.ok || startValue === endValue) return start;
	const end = parseTimeline(endValue, planYear);
	if (!end.ok) return end;
	const combined = combineTimelines(start.timeline, end.timeline);
	if (!combined) return { ok: false, error: 'plans.timeline.mismatch', params: { value: `${startValue} – ${endValue}` } };
	return { ok: true, timeline: combined };
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Display text, in the plans' own wording; `parseTimeline` reads it back to the same value. */
export function formatTimeline(timeline: Timeline): string {
	switch (timeline.kind) {
		case 'month': {
			const { from, to } = timeline;
			if (from.year === to.year && from.month === to.month) return t('plans.timeline.month', { month: pad(from.month), year: from.year });
			return t('plans.timeline.monthRange', { fromMonth: pad(from.month), fromYear: from.year, toMonth: pad(to.month), toYear: to.year });
		}
		case 'quarter': {
			const { from, to } = timeline;
			const q = (n: number) => ROMAN_UPPER[n - 1];
			if (from.year === to.year && from.quarter === to.quarter)
				return t('plans.timeline.quarter', { quarter: q(from.quarter), year: from.year });
			if (from.year === to.year) return t('plans.timeline.quarterSpan', { from: q(from.quarter), to: q(to.quarter), year: to.year });
			return t('plans.timeline.quarterRange', { from: q(from.quarter), fromYear: from.year, to: q(to.quarter), toYear: to.year });
		}
		case 'year':
			return t('plans.timeline.year', { year: timeline.year });
		case 'recurring':
			return t(`plans.timeline.every.${timeline.every}`, { year: timeline.year });
		case 'date':
			if (timeline.from === null) return t('plans.timeline.before', { date: dmy(shiftDate(timeline.to, 1)) });
			if (timeline.from === timeline.to) return t('plans.timeline.date', { date: dmy(timeline.to) });
			return t('plans.timeline.dateRange', { from: dmy(timeline.from), to: dmy(timeline.to) });
	}
}
