import { afterEach, describe, expect, test } from 'vitest';
import { isMessageKey, setLocale, t, translate } from './index';

afterEach(() => setLocale('vi'));

describe('t', () => {
	test('returns the Vietnamese text by default', () => {
		expect(t('nav.home')).toBe('Trang chủ');
	});

	test('fills in named parameters', () => {
		expect(t('home.yourRole', { role: 'Thí sinh', unit: 'Xã An' })).toBe('Vai trò: Thí sinh · Đơn vị: Xã An');
		expect(t('units.count', { count: 0 })).toBe('0 đơn vị');
	});

	test('leaves a placeholder in place when its parameter is missing', () => {
		expect(t('home.yourRole', { role: 'Thí sinh' })).toBe('Vai trò: Thí sinh · Đơn vị: {unit}');
	});

	test('uses English where a translation exists after switching locale', () => {
		setLocale('en');
		expect(t('nav.home')).toBe('Home');
	});

	test('falls back to Vietnamese for keys English leaves out', () => {
		setLocale('en');
		expect(t('form.save')).toBe('Lưu');
	});
});

describe('translate', () => {
	test('translates a known key with parameters', () => {
		expect(translate('units.created', { name: 'Xã An' })).toBe('Đã thêm đơn vị Xã An.');
	});

	test('passes unknown text through unchanged', () => {
		expect(translate('Lỗi máy chủ')).toBe('Lỗi máy chủ');
		expect(translate('toString')).toBe('toString');
	});
});

describe('isMessageKey', () => {
	test('recognises only keys of the Vietnamese dictionary', () => {
		expect(isMessageKey('nav.home')).toBe(true);
		expect(isMessageKey('nav.nowhere')).toBe(false);
		expect(isMessageKey('constructor')).toBe(false);
	});
});
