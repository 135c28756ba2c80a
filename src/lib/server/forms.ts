import { fail, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import { AppError, type FieldErrors, type FormFailure, type Refusal } from '$lib/errors';
import type { MessageKey } from '$lib/i18n';
import { safeValues, toFailure } from './errors';

/**
 * Validates a submitted form with its zod schema. On failure returns a `fail(400)` with the field
 * errors (i18n keys) and the safe values, ready to hand back from the action.
 */
export function parseForm<Schema extends z.ZodType>(
	schema: Schema,
	form: FormData
): { data: z.output<Schema>; failure?: undefined } | { data?: undefined; failure: ActionFailure<FormFailure> } {
	const entries = Object.fromEntries([...form].filter(([, v]) => typeof v === 'string'));
	const parsed = schema.safeParse(entries);
	if (parsed.success) return { data: parsed.data };
	const { fieldErrors, formErrors } = z.flattenError(parsed.error);
	return {
		failure: fail(400, {
			values: safeValues(form),
			errors: fieldErrors as FieldErrors,
			message: formErrors[0]
		} satisfies FormFailure)
	};
}

/** A refusal the action itself finds (not a service), as the same failure: for one field, or for the whole form. */
export function formError(form: FormData, code: MessageKey, refusal?: Refusal) {
	return toFailure(new AppError(code, refusal), form);
}

/**
 * A form field carrying JSON the page itself wrote (an import's previewed rows): parsed, then checked
 * with `schema` like any other client input. Unreadable or changed data is "stale", and so is a NUL
 * character in any text: the preview refuses files holding one, so only a crafted post carries it, and
 * no database text can hold it.
 */
export function jsonField<Schema extends z.ZodType>(schema: Schema) {
	return z
		.string()
		.transform((text, ctx) => {
			try {
				return JSON.parse(text, refuseNul) as unknown;
			} catch {
				ctx.addIssue({ code: 'custom', message: 'import.stale' });
				return z.NEVER;
			}
		})
		.pipe(schema);
}

function refuseNul(_key: string, value: unknown) {
	if (typeof value === 'string' && value.includes('\u0000')) throw new Error('NUL in a text');
	return value;
}
