import { describe, expect, test } from 'vitest';
import { formatDate, formatScore } from './cell-value';

describe('cell values as Excel shows them', () => {
	test('dates as dd/mm/yyyy, with the time only when there is one', () => {
		expect(formatDate(new Date(Date.UTC(2011, 10, 8)))).toBe('08/11/2011');
		expect(formatDate(new Date(Date.UTC(2025, 0, 2, 7, 5)))).toBe('02/01/2025 07:05');
	});

	test('numbers without floating-point noise, percentages and fixed decimals as formatted', () => {
		expect(formatScore(0.1 + 0.2)).toBe('0.3');
		expect(formatScore(1200)).toBe('1200');
		expect(formatScore(0.5, '0%')).toBe('50%');
		expect(formatScore(0.125, '0.0%')).toBe('12.5%');
		expect(formatScore(3.5, '0.00')).toBe('3.50');
		expect(formatScore(1234.5, '#,##0')).toBe('1235');
		expect(formatScore(42, '"Số "0')).toBe('42');
		expect(formatScore(3.25, '[Red]0.0;-0.0')).toBe('3.3');
		expect(formatScore(7, 'mm:ss')).toBe('7');
	});
});
