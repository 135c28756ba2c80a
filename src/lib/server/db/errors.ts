/**
 * Name of the unique constraint a failed statement violated, or null. Drizzle wraps driver errors
 * (`cause`); postgres.js calls the field `constraint_name`, PGlite `constraint`.
 */
export function violatedUniqueConstraint(error: unknown): string | null {
	for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
		const fields = e as { code?: string; constraint_name?: string; constraint?: string };
		if (fields.code === '23505') return fields.constraint_name ?? fields.constraint ?? '';
	}
	return null;
}
