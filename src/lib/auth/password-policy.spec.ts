import { describe, expect, test } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';

describe('passwordProblem', () => {
	test('accepts a password with letters and digits of a fair length', () => {
		expect(passwordProblem('hoithi2026')).toBeNull();
	});

	test('reports a password shorter than the minimum as too short', () => {
		expect(passwordProblem('abc1234')).toBe('tooShort');
		expect(passwordProblem('a'.repeat(PASSWORD_MIN_LENGTH - 2) + '12')).toBeNull();
	});

	test('reports a password longer than the maximum as too long', () => {
		expect(passwordProblem('a1'.repeat(PASSWORD_MAX_LENGTH / 2) + 'x')).toBe('tooLong');
		expect(passwordProblem('a1'.repeat(PASSWORD_MAX_LENGTH / 2))).toBeNull();
	});

	test('asks for a digit when there are only letters', () => {
		expect(passwordProblem('matkhauhoithi')).toBe('needsLetterAndDigit');
	});

	test('asks for a letter when there are only digits and symbols', () => {
		expect(passwordProblem('12345678!@')).toBe('needsLetterAndDigit');
	});

	test('counts Vietnamese letters as letters', () => {
		expect(passwordProblem('mậtkhẩu12')).toBeNull();
		expect(passwordProblem('đăng nhập1')).toBeNull();
	});

	test('refuses a password that contains the phone number', () => {
		expect(passwordProblem('a0912345678', '0912345678')).toBe('sameAsPhone');
	});

	test('ignores the phone check when no phone is given', () => {
		expect(passwordProblem('a0912345678', null)).toBeNull();
		expect(passwordProblem('a0912345678', '')).toBeNull();
	});
});
