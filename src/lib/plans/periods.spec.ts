import { describe, expect, test } from 'vitest';
import {
	isActiveIn,
	isDueIn,
	parsePeriodId,
	period,
	periodId,
	periodInstants,
	periodLabel,
	quartersOf,
	recordableQuarters,
	reportPeriods,
	vietnamDate
} from './periods';
import { parseTimeline, type Timeline } from './timeline';

const timeline = (text: string): Timeline => {
	const result = parseTimeline(text, 2021);
	if (!result.ok) throw new Error(text);
	return result.timeline;
};

describe('report periods', () => {
	test('a year has four quarters, six months, nine months and the year, as calendar days', () => {
		expect(reportPeriods(2021).map((p) => [periodLabel(p), p.start, p.end])).toEqual([
			['Quý I/2021', '2021-01-01', '2021-03-31'],
			['Quý II/2021', '2021-04-01', '2021-06-30'],
			['Quý III/2021', '2021-07-01', '2021-09-30'],
			['Quý IV/2021', '2021-10-01', '2021-12-31'],
			['6 tháng đầu năm 2021', '2021-01-01', '2021-06-30'],
			['9 tháng đầu năm 2021', '2021-01-01', '2021-09-30'],
			['Năm 2021', '2021-01-01', '2021-12-31']
		]);
	});

	test('ids read back, and nonsense reads as nothing', () => {
		expect(parsePeriodId(periodId(period(2021, '9M')))).toEqual(period(2021, '9M'));
		expect(parsePeriodId('2021-Q5')).toBeNull();
		expect(parsePeriodId('Q1')).toBeNull();
	});

	test('a longer period is made of its quarters', () => {
		expect(quartersOf(period(2021, 'H1')).map((p) => p.kind)).toEqual(['Q1', 'Q2']);
		expect(quartersOf(period(2021, 'Y')).map((p) => p.kind)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
		expect(quartersOf(period(2021, 'Q3')).map((p) => p.kind)).toEqual(['Q3']);
	});

	test('days are Vietnam’s: 23:30 on 31 March in Hà Nội is still Quý I, 00:30 on 1 April is not', () => {
		const { from, until } = periodInstants(period(2021, 'Q1'));
		expect(from.toISOString()).toBe('2020-12-31T17:00:00.000Z');
		expect(until.toISOString()).toBe('2021-03-31T17:00:00.000Z');
		expect(vietnamDate(new Date('2021-03-31T16:30:00Z'))).toBe('2021-03-31');
		expect(vietnamDate(new Date('2021-03-31T17:30:00Z'))).toBe('2021-04-01');
	});
});

describe('tasks in a period', () => {
	test('a task falls due in the periods that hold its last day', () => {
		const contest = timeline('Quý II - III/2021');
		const due = reportPeriods(2021)
			.filter((p) => isDueIn(contest, p))
			.map((p) => p.kind);
		expect(due).toEqual(['Q3', '9M', 'Y']);
		const newspaper = timeline('Tháng 12/2020 đến tháng 01/2021');
		expect(
			reportPeriods(2021)
				.filter((p) => isDueIn(newspaper, p))
				.map((p) => p.kind)
		).toEqual(['Q1', 'H1', '9M', 'Y']);
	});

	test('recurring work falls due in every period of its year and no other', () => {
		const monthly = timeline('Mỗi tháng');
		expect(reportPeriods(2021).every((p) => isDueIn(monthly, p))).toBe(true);
		expect(isDueIn(monthly, period(2022, 'Q1'))).toBe(false);
	});

	test('a task is active in the periods it overlaps', () => {
		const contest = timeline('Quý II - III/2021');
		expect(
			reportPeriods(2021)
				.filter((p) => isActiveIn(contest, p))
				.map((p) => p.kind)
		).toEqual(['Q2', 'Q3', 'H1', '9M', 'Y']);
	});
});

describe('the quarters a task may report', () => {
	test('are its plan year’s, and those of a year its timeline reaches into', () => {
		expect(recordableQuarters(2021, { startsOn: '2021-01-01', endsOn: '2021-12-31' }).map(periodId)).toEqual([
			'2021-Q1',
			'2021-Q2',
			'2021-Q3',
			'2021-Q4'
		]);
		expect(recordableQuarters(2021, { startsOn: '2020-12-01', endsOn: '2021-01-31' }).map(periodId)).toEqual([
			'2020-Q1',
			'2020-Q2',
			'2020-Q3',
			'2020-Q4',
			'2021-Q1',
			'2021-Q2',
			'2021-Q3',
			'2021-Q4'
		]);
	});
});
