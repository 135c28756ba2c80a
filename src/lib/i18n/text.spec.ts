import { describe, expect, test } from 'vitest';
import { compareVi, foldDiacritics, matchesFolded } from './text';

describe('compareVi', () => {
	test('sorts provinces in Vietnamese alphabetical order', () => {
		const names = ['Đà Nẵng', 'Cà Mau', 'Bắc Ninh', 'Ân Thi', 'An Giang'];
		expect(names.sort(compareVi)).toEqual(['An Giang', 'Ân Thi', 'Bắc Ninh', 'Cà Mau', 'Đà Nẵng']);
	});

	test('treats Â and Đ as letters of their own, after A and D', () => {
		expect(compareVi('Ân', 'An')).toBeGreaterThan(0);
		expect(compareVi('Đà', 'Dz')).toBeGreaterThan(0);
	});

	test('ignores case', () => {
		expect(compareVi('xã an', 'Xã An')).toBe(0);
	});

	test('compares numbers by value', () => {
		expect(compareVi('Phường 2', 'Phường 10')).toBeLessThan(0);
	});
});

describe('foldDiacritics', () => {
	test('lower-cases and strips tone marks and vowel marks', () => {
		expect(foldDiacritics('Cải Cách Hành Chính Ưu Tiên')).toBe('cai cach hanh chinh uu tien');
	});

	test('turns đ and Đ into d', () => {
		expect(foldDiacritics('Đoàn đội')).toBe('doan doi');
	});
});

describe('matchesFolded', () => {
	test('matches when every word of the query occurs, in any order', () => {
		expect(matchesFolded('Huyện Châu Thành', 'thanh chau')).toBe(true);
	});

	test('does not match when one word is missing', () => {
		expect(matchesFolded('Huyện Châu Thành', 'chau doc')).toBe(false);
	});

	test('ignores diacritics and case on both sides', () => {
		expect(matchesFolded('Sở Nội vụ', 'SỞ NOI')).toBe(true);
		expect(matchesFolded('Đoàn Thanh niên', 'đoan')).toBe(true);
	});

	test('matches everything with an empty or blank query', () => {
		expect(matchesFolded('Xã An', '')).toBe(true);
		expect(matchesFolded('Xã An', '   ')).toBe(true);
	});
});
