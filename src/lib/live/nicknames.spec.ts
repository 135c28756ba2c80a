import { describe, expect, test } from 'vitest';
import { checkNickname, generateNickname, isRude, nicknameSuggestion } from './nicknames';

describe('generateNickname', () => {
	test('gives a clean two-part Vietnamese nickname for any random numbers', () => {
		for (const [a, b] of [
			[0, 0],
			[0.5, 0.5],
			[0.999999, 0.999999]
		]) {
			const name = generateNickname(a, b);
			expect(name.split(' ').length).toBe(4);
			expect(checkNickname(name)).toEqual({ ok: true, name });
		}
	});
});

describe('isRude', () => {
	test('catches rude words with their diacritics, and chat abbreviations in any spelling', () => {
		for (const name of ['Đồ lồn', 'ĐÉO quan tâm', 'Thằng chó', 'vcl', 'D.M.M', 'v c l', 'Anh Dkm', 'fuck it']) {
			expect(isRude(name), name).toBe(true);
		}
	});

	test('leaves innocent names alone, even those that look alike without diacritics', () => {
		for (const name of ['Lon Nước Ngọt', 'Đeo Kính', 'Cúc Hoạ Mi', 'Đinh Văn Đức', 'Chó Mực Trung Thành', 'Lê Văn Lợi', 'Dương Minh']) {
			expect(isRude(name), name).toBe(false);
		}
	});
});

describe('checkNickname', () => {
	test('tidies spaces and composes diacritics', () => {
		expect(checkNickname('Ha\u0309i Âu')).toEqual({ ok: true, name: 'Hải Âu' });
		expect(checkNickname('  Sơn   Ca  ')).toEqual({ ok: true, name: 'Sơn Ca' });
	});

	test('refuses empty, too long and rude names, saying why', () => {
		expect(checkNickname('   ')).toEqual({ ok: false, reason: 'empty' });
		expect(checkNickname('a'.repeat(31))).toEqual({ ok: false, reason: 'tooLong' });
		expect(checkNickname('đụ')).toEqual({ ok: false, reason: 'rude' });
	});
});

describe('a nickname unique within the game', () => {
	test('is free when nobody has it, in any case', () => {
		expect(nicknameSuggestion('Sen Hồng', ['Dừa Xiêm'])).toBeNull();
		expect(nicknameSuggestion('Sen Hồng', ['sen hồng'])).toBe('Sen Hồng 2');
	});

	test('suggests the first free number, within the length', () => {
		expect(nicknameSuggestion('Sen Hồng', ['Sen Hồng', 'Sen Hồng 2'])).toBe('Sen Hồng 3');
		const long = 'Sen Hồng thơm ngát bên hồ Tây!';
		expect([...long].length).toBe(30);
		expect(nicknameSuggestion(long, [long])).toBe('Sen Hồng thơm ngát bên hồ Tâ 2');
	});
});
