import { describe, expect, it } from 'vitest';
import { safeRedirect, withRedirect } from './redirect';

describe('safeRedirect', () => {
	it('keeps paths of this app, with their query and fragment', () => {
		expect(safeRedirect('/c/12')).toBe('/c/12');
		expect(safeRedirect('/thi/3?x=1#q2')).toBe('/thi/3?x=1#q2');
	});
	it('refuses anything a browser could take to another site', () => {
		for (const target of [
			'https://evil.example/',
			'//evil.example',
			'/\\evil.example',
			'/\t/evil.example',
			'\\\\evil.example',
			'javascript:alert(1)',
			'c/12',
			'',
			null,
			undefined
		])
			expect(safeRedirect(target), String(target)).toBe('/');
	});
	it('falls back where told', () => {
		expect(safeRedirect('//evil.example', '/profile')).toBe('/profile');
	});
});

describe('withRedirect', () => {
	it('carries a safe destination to the login or registration page, and drops an unsafe one', () => {
		expect(withRedirect('/register', '/c/12')).toBe('/register?redirectTo=%2Fc%2F12');
		expect(withRedirect('/login', '//evil.example')).toBe('/login');
		expect(withRedirect('/login', '/')).toBe('/login');
	});
});
