import { describe, expect, test } from 'vitest';
import { combineTimelines, formatTimeline, parseTimeline, parseTimelineColumns, timelineSpan, type Timeline } from './timeline';

const parsed = (text: string, year = 2021): Timeline => {
	const result = parseTimeline(text, year);
	if (!result.ok) throw new Error(`${text}: ${result.error}`);
	return result.timeline;
};
const month = (year: number, m: number) => ({ year, month: m });
const quarter = (year: number, q: number) => ({ year, quarter: q });

describe('parseTimeline', () => {
	test.each<[string, Timeline]>([
		['Tháng 01/2021', { kind: 'month', from: month(2021, 1), to: month(2021, 1) }],
		['tháng 8', { kind: 'month', from: month(2021, 8), to: month(2021, 8) }],
		['Tháng 01/2020 đến tháng 8/2020', { kind: 'month', from: month(2020, 1), to: month(2020, 8) }],
		['Từ tháng 3 đến tháng 7/2020', { kind: 'month', from: month(2020, 3), to: month(2020, 7) }],
		['Tháng 3-7/2020', { kind: 'month', from: month(2020, 3), to: month(2020, 7) }],
		['Tháng 12/2020 – tháng 01/2021', { kind: 'month', from: month(2020, 12), to: month(2021, 1) }],
		['Quý II/2021', { kind: 'quarter', from: quarter(2021, 2), to: quarter(2021, 2) }],
		['QUÝ IV', { kind: 'quarter', from: quarter(2021, 4), to: quarter(2021, 4) }],
		['Quý I, II/2021', { kind: 'quarter', from: quarter(2021, 1), to: quarter(2021, 2) }],
		['Quý II - III/2021', { kind: 'quarter', from: quarter(2021, 2), to: quarter(2021, 3) }],
		['Quý IV/2020 đến quý I/2021', { kind: 'quarter', from: quarter(2020, 4), to: quarter(2021, 1) }],
		['Quý 3/2021', { kind: 'quarter', from: quarter(2021, 3), to: quarter(2021, 3) }],
		['Năm 2021', { kind: 'year', year: 2021 }],
		['Trong năm', { kind: 'year', year: 2021 }],
		['Thường xuyên trong năm', { kind: 'recurring', every: 'continuous', year: 2021 }],
		['Thường xuyên trong năm 2020', { kind: 'recurring', every: 'continuous', year: 2020 }],
		['Thường xuyên', { kind: 'recurring', every: 'continuous', year: 2021 }],
		['Định kỳ hàng tháng', { kind: 'recurring', every: 'monthly', year: 2021 }],
		['Mỗi tháng', { kind: 'recurring', every: 'monthly', year: 2021 }],
		['Định kỳ hàng tuần', { kind: 'recurring', every: 'weekly', year: 2021 }],
		['Hàng quý', { kind: 'recurring', every: 'quarterly', year: 2021 }],
		['Trước ngày 15/3', { kind: 'date', from: null, to: '2021-03-14' }],
		['Ngày 30/6/2021', { kind: 'date', from: '2021-06-30', to: '2021-06-30' }],
		['Từ ngày 01/3 đến 15/3/2021', { kind: 'date', from: '2021-03-01', to: '2021-03-15' }]
	])('reads "%s"', (text, expected) => {
		expect(parsed(text)).toEqual(expected);
	});

	test('ignores diacritics, case, extra spaces and a final full stop', () => {
		expect(parsed('  thuong   xuyen TRONG nam 2021. ')).toEqual({ kind: 'recurring', every: 'continuous', year: 2021 });
		expect(parsed('quy ii/2021')).toEqual(parsed('Quý II/2021'));
	});

	test('names the text it cannot read', () => {
		expect(parseTimeline('Sớm nhất có thể', 2021)).toEqual({
			ok: false,
			error: 'plans.timeline.unknown',
			params: { value: 'Sớm nhất có thể' }
		});
		expect(parseTimeline('Tháng 13/2021', 2021)).toMatchObject({ ok: false, error: 'plans.timeline.unknown' });
		expect(parseTimeline('Ngày 30/2/2021', 2021)).toMatchObject({ ok: false, error: 'plans.timeline.unknown' });
		// Quarters with a gap are not one span.
		expect(parseTimeline('Quý I, III/2021', 2021)).toMatchObject({ ok: false, error: 'plans.timeline.unknown' });
		expect(parseTimeline('Tháng 8 đến tháng 3/2021', 2021)).toMatchObject({ ok: false, error: 'plans.timeline.backwards' });
		expect(parseTimeline('  ', 2021)).toMatchObject({ ok: false, error: 'plans.timeline.empty' });
	});
});

describe('timelineSpan', () => {
	test('gives the first and last calendar day covered', () => {
		expect(timelineSpan(parsed('Quý II/2021'))).toEqual({ start: '2021-04-01', end: '2021-06-30' });
		expect(timelineSpan(parsed('Tháng 02/2024'))).toEqual({ start: '2024-02-01', end: '2024-02-29' });
		expect(timelineSpan(parsed('Tháng 12/2020 đến tháng 01/2021'))).toEqual({ start: '2020-12-01', end: '2021-01-31' });
		expect(timelineSpan(parsed('Trước ngày 15/3'))).toEqual({ start: '2021-01-01', end: '2021-03-14' });
		expect(timelineSpan(parsed('Mỗi tháng'))).toEqual({ start: '2021-01-01', end: '2021-12-31' });
	});
});

describe('two columns: triển khai and hoàn thành', () => {
	test('make one range from the start of the first to the end of the second', () => {
		const columns = (a: string, b: string) => parseTimelineColumns(a, b, 2021);
		expect(columns('Quý II/2021', 'Quý III/2021')).toEqual({
			ok: true,
			timeline: { kind: 'quarter', from: quarter(2021, 2), to: quarter(2021, 3) }
		});
		expect(columns('Tháng 12/2020', 'Quý I/2021')).toEqual({
			ok: true,
			timeline: { kind: 'month', from: month(2020, 12), to: month(2021, 3) }
		});
		expect(columns('Mỗi tháng', 'Mỗi tháng')).toEqual({ ok: true, timeline: { kind: 'recurring', every: 'monthly', year: 2021 } });
		expect(columns('', 'Quý III/2021')).toEqual(columns('Quý III/2021', 'Quý III/2021'));
	});

	test('refuse a pair that is no range', () => {
		expect(parseTimelineColumns('Mỗi tháng', 'Tháng 3/2021', 2021)).toEqual({
			ok: false,
			error: 'plans.timeline.mismatch',
			params: { value: 'Mỗi tháng – Tháng 3/2021' }
		});
		expect(combineTimelines(parsed('Quý III/2021'), parsed('Quý I/2021'))).toBeNull();
	});
});

describe('formatTimeline', () => {
	test('writes the plans’ own wording', () => {
		expect(formatTimeline(parsed('tháng 1/2021'))).toBe('Tháng 01/2021');
		expect(formatTimeline(parsed('Tháng 01/2020 đến tháng 8/2020'))).toBe('Tháng 01/2020 đến tháng 08/2020');
		expect(formatTimeline(parsed('Quý I, II/2021'))).toBe('Quý I - II/2021');
		expect(formatTimeline(parsed('Thường xuyên trong năm'))).toBe('Thường xuyên trong năm 2021');
		expect(formatTimeline(parsed('Trước ngày 15/3'))).toBe('Trước ngày 15/03/2021');
	});

	test('reads back to the same value', () => {
		for (const text of [
			'Tháng 12/2020 – tháng 01/2021',
			'Quý II/2021',
			'Quý II - III/2021',
			'Quý IV/2020 đến quý I/2021',
			'Năm 2021',
			'Định kỳ hàng tuần',
			'Mỗi tháng',
			'Hàng quý',
			'Thường xuyên',
			'Ngày 30/6/2021',
			'Trước ngày 1/1/2022',
			'Từ ngày 01/3 đến 15/3/2021'
		]) {
			expect(parsed(formatTimeline(parsed(text)), 1999)).toEqual(parsed(text));
		}
	});
});
