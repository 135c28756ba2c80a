import { fail, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';

export type FieldErrors = Record<string, string[] | undefined>;

export interface FormFailure {
	values: Record<string, string>;
	errors: FieldErrors;
	/** An i18n key for the whole form, with its parameters. */
	message?: string;
	params?: Record<string, string | number>;
}

const SECRET_FIELD = /password|confirm/i;

/** Form fields as strings; secrets are never echoed back to the page. */
export function safeValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form) {
		if (typeof value === 'string' && !SECRET_FIELD.test(key)) values[key] = value;
	}
	return values;
}

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
		})
	};
}

interface FormErrorOptions {
	field?: string;
	status?: number;
	params?: FormFailure['params'];
}

/** A failure with one message for the whole form, or for one field, keeping the safe values. */
export function formError(form: FormData, message: string, { field, status = 400, params }: FormErrorOptions = {}) {
	return fail(status, {
		values: safeValues(form),
		errors: field ? { [field]: [message] } : {},
		message: field ? undefined : message,
		params
	} satisfies FormFailure);
}

/**
 * A form field carrying JSON the page itself wrote (an import's previewed rows): parsed, then checked
 * with `schema` like any other client input. Unreadable or changed data is "stale".
 */
export function jsonField<Schema extends z.ZodType>(schema: Schema) {
	return z
		.string()
		.transform((text, ctx) => {
			try {
				return JSON.parse(text) as unknown;
			} catch {
				ctx.addIssue({ code: 'custom', message: 'import.stale' });
				return z.NEVER;
			}
		})
		.pipe(schema);
}
