import { describe, expect, test } from 'vitest';
import { loginIdentifier, normalizePhone } from './phone';

describe('normalizePhone', () => {
	test('keeps a national 10-digit number as it is', () => {
		expect(normalizePhone('0912345678')).toBe('0912345678');
	});

	test('drops spaces, dots, dashes and brackets', () => {
		expect(normalizePhone(' 0912 345 678 ')).toBe('0912345678');
		expect(normalizePhone('0912.345.678')).toBe('0912345678');
		expect(normalizePhone('(091) 234-5678')).toBe('0912345678');
	});

	test('turns +84 into a leading 0', () => {
		expect(normalizePhone('+84 912 345 678')).toBe('0912345678');
	});

	test('turns a bare 84 prefix into a leading 0', () => {
		expect(normalizePhone('84912345678')).toBe('0912345678');
	});

	test('refuses numbers that are too short or too long', () => {
		expect(normalizePhone('091234567')).toBeNull();
		expect(normalizePhone('09123456789')).toBeNull();
		expect(normalizePhone('+84912345')).toBeNull();
	});

	test('refuses text that is not a number', () => {
		expect(normalizePhone('')).toBeNull();
		expect(normalizePhone('09123abc78')).toBeNull();
	});

	test('accepts +84 followed by the trunk 0', () => {
		expect(normalizePhone('+84 0912 345 678')).toBe('0912345678');
	});
});

describe('loginIdentifier', () => {
	test('treats input with an @ as a lower-cased, trimmed email', () => {
		expect(loginIdentifier('  An.Nguyen@Example.VN ')).toEqual({ email: 'an.nguyen@example.vn' });
	});

	test('treats other input as a phone number in national form', () => {
		expect(loginIdentifier('+84 912.345.678')).toEqual({ phone: '0912345678' });
	});

	test('returns null for input that is neither an email nor a phone number', () => {
		expect(loginIdentifier('nguyenvana')).toBeNull();
		expect(loginIdentifier('12345')).toBeNull();
	});
});
