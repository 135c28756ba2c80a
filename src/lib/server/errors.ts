/**
 * `AppError` to HTTP, the one way: `toFailure` for form actions, `toJson` for `+server.ts` endpoints.
 * Both rethrow anything that is not an `AppError`, so a bug still reaches `handleError` (500, logged).
 */
import { fail, json, type ActionFailure } from '@sveltejs/kit';
import { AppError, type FormFailure, type FormValues } from '$lib/errors';

const SECRET_FIELD = /password|confirm/i;

/** Form fields as strings; secrets are never echoed back to the page. */
export function safeValues(form: FormData): FormValues {
	const values: FormValues = {};
	for (const [key, value] of form) {
		if (typeof value === 'string' && !SECRET_FIELD.test(key)) values[key] = value;
	}
	return values;
}

/**
 * A form action's answer to a refusal: `fail(status)` with the message under its field (or for the
 * whole form) and the values to refill the form with: the safe values of `form`, or the page's own
 * (the question editor's), or none for a form without fields.
 */
export function toFailure(error: unknown): ActionFailure<FormFailure<never>>;
export function toFailure(error: unknown, form: FormData): ActionFailure<FormFailure>;
export function toFailure<Values extends object>(error: unknown, values: Values): ActionFailure<FormFailure<Values>>;
export function toFailure(error: unknown, from?: object): ActionFailure<FormFailure<object>> {
	if (!(error instanceof AppError)) throw error;
	return fail(error.status, {
		values: from instanceof FormData ? safeValues(from) : from,
		errors: error.field ? { [error.field]: [error.code] } : {},
		message: error.field ? undefined : error.code,
		params: error.params,
		rows: error.rows
	});
}

/** An endpoint's answer to a refusal: `{ ok: false, error: code }` with its status. */
export function toJson(error: unknown, init?: ResponseInit): Response {
	if (!(error instanceof AppError)) throw error;
	return json({ ok: false, error: error.code }, { ...init, status: error.status });
}
