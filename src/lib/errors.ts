/**
 * The one error model. A service refuses with an `AppError` (or an area's subclass of it, which keeps
 * each code's status and field in one table); `$lib/server/errors` turns it into a form action's
 * `FormFailure`, an endpoint's JSON or an error page. Anything else thrown is a bug, for `handleError`.
 */
import type { MessageKey, Params } from '$lib/i18n';
import type { RowError } from '$lib/import/row-error';

/** How a refusal is answered: HTTP status (400 unless said), the form field it belongs to, its parameters. */
export interface Refusal {
	status?: number;
	/** The form field the message goes under; none: the message is the whole form's. */
	field?: string;
	params?: Params;
	/** An import refused as a whole: every row's problem. */
	rows?: RowError[];
}

/** A refusal people are told about. `code` is a dictionary key, so a code without a Vietnamese text does not type-check. */
export class AppError<Code extends MessageKey = MessageKey> extends Error {
	readonly status: number;
	readonly field?: string;
	readonly params?: Params;
	readonly rows?: RowError[];

	constructor(
		readonly code: Code,
		{ status = 400, field, params, rows }: Refusal = {}
	) {
		super(code);
		this.status = status;
		this.field = field;
		this.params = params;
		this.rows = rows;
	}
}

export type FormValues = Record<string, string>;
/** i18n keys by form field (zod's flattened field errors, or one refusal's field). */
export type FieldErrors = Record<string, string[] | undefined>;

/**
 * What every failed form action hands back, and so what every page reads: `form?.errors?.<field>`,
 * `form?.message` (through `FormMessage`), `form?.values` to refill the form.
 */
export interface FormFailure<Values = FormValues> {
	/** The submitted values, secrets left out; absent where the form has no fields. */
	values?: Values;
	errors: FieldErrors;
	/** An i18n key for the whole form, with its parameters (which field errors may use too). */
	message?: string;
	params?: Params;
	rows?: RowError[];
}
