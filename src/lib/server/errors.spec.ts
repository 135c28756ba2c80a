import { describe, expect, test } from 'vitest';
import { AppError } from '$lib/errors';
import { UserError } from './auth/users';
import { toFailure, toJson } from './errors';

function form(entries: Record<string, string>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(entries)) data.set(key, value);
	return data;
}

describe('toFailure', () => {
	test('a refusal with a field puts its message under that field and refills the form without secrets', () => {
		const failure = toFailure(new UserError('auth.phoneTaken'), form({ phone: '0912345678', password: 'bí-mật-1' }));
		expect(failure.status).toBe(400);
		expect(failure.data).toMatchObject({ values: { phone: '0912345678' }, errors: { phone: ['auth.phoneTaken'] }, message: undefined });
		expect(failure.data.values).not.toHaveProperty('password');
	});

	test('a refusal without a field is the whole form’s message, with its status and parameters', () => {
		const failure = toFailure(new AppError('auth.tooManyAttempts', { status: 429, params: { seconds: 30 } }));
		expect(failure.status).toBe(429);
		expect(failure.data).toEqual({
			values: undefined,
			errors: {},
			message: 'auth.tooManyAttempts',
			params: { seconds: 30 },
			rows: undefined
		});
	});

	test('anything that is not a refusal is rethrown, for handleError', () => {
		const bug = new TypeError('x is undefined');
		expect(() => toFailure(bug, form({}))).toThrow(bug);
	});
});

describe('toJson', () => {
	test('an endpoint answers a refusal with ok: false, its code and its status', async () => {
		const response = toJson(new AppError('contest.late', { status: 409 }), { headers: { 'retry-after': '3' } });
		expect(response.status).toBe(409);
		expect(response.headers.get('retry-after')).toBe('3');
		expect(await response.json()).toEqual({ ok: false, error: 'contest.late' });
	});

	test('anything else is rethrown', () => {
		expect(() => toJson(new Error('boom'))).toThrow('boom');
	});
});
