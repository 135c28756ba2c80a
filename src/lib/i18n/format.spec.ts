import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime, formatDateTimeSeconds, formatIsoDate, formatScore, parseDate } from './format';

describe('formatDate', () => {
	test('shows the date in Vietnam, not in UTC', () => {
		expect(formatDate(new Date('2026-11-23T20:00:00Z'))).toBe('24/11/2026');
	});

	test('pads day and month to two digits', () => {
		expect(formatDate(new Date('2026-03-05T05:00:00Z'))).toBe('05/03/2026');
	});
});

describe('formatDateTimeSeconds', () => {
	test('adds the seconds, two digits', () => {
		expect(formatDateTimeSeconds(new Date('2026-11-23T20:05:07Z'))).toBe('24/11/2026 03:05:07');
		expect(formatDateTimeSeconds(new Date('2026-11-23T17:00:00.900Z'))).toBe('24/11/2026 00:00:00');
	});
});

describe('formatDateTime', () => {
	test('shows date and 24-hour time in Vietnam', () => {
		expect(formatDateTime(new Date('2026-11-23T20:05:00Z'))).toBe('24/11/2026 03:05');
		expect(formatDateTime(new Date('2026-11-23T06:00:00Z'))).toBe('23/11/2026 13:00');
	});

	test('shows midnight as 00, not 24', () => {
		expect(formatDateTime(new Date('2026-11-23T17:00:00Z'))).toBe('24/11/2026 00:00');
	});
});

describe('formatIsoDate', () => {
	test('turns yyyy-mm-dd into dd/mm/yyyy without a time zone shift', () => {
		expect(formatIsoDate('1998-03-25')).toBe('25/03/1998');
	});
});

describe('parseDate', () => {
	test('reads dd/mm/yyyy, with or without leading zeros', () => {
		expect(parseDate('25/3/1998')).toBe('1998-03-25');
		expect(parseDate(' 05/03/1998 ')).toBe('1998-03-05');
	});

	test('reads yyyy-mm-dd from a date input', () => {
		expect(parseDate('1998-03-25')).toBe('1998-03-25');
	});

	test('accepts 29 February in a leap year only', () => {
		expect(parseDate('29/02/2020')).toBe('2020-02-29');
		expect(parseDate('29/02/2021')).toBeNull();
	});

	test('rejects days that do not exist', () => {
		expect(parseDate('31/02/2020')).toBeNull();
		expect(parseDate('00/01/2020')).toBeNull();
		expect(parseDate('2020-13-01')).toBeNull();
	});

	test('rejects text that is not a date', () => {
		expect(parseDate('')).toBeNull();
		expect(parseDate('hôm qua')).toBeNull();
		expect(parseDate('25-03-1998')).toBeNull();
		expect(parseDate('25/03/98')).toBeNull();
	});
});

describe('formatScore', () => {
	test('writes a decimal comma and thousands dots', () => {
		expect(formatScore(707.5)).toBe('707,5');
		expect(formatScore(1250)).toBe('1.250');
		expect(formatScore(8)).toBe('8');
	});
});
