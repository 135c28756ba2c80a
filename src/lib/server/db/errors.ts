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

/** postgres.js and Node's socket codes for a server that cannot be reached or dropped the connection. */
const UNREACHABLE = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN',
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT'
]);
/**
 * PostgreSQL's own: connection exceptions (08…), shutting down or starting up (57P01–57P03), too many
 * connections (53300).
 */
const SERVER_AWAY = /^(08...|57P0[1-3]|53300)$/;

/**
 * Whether `error` says the database is away (down, restarting, unreachable) rather than that a statement
 * was wrong: a transient condition to answer with 503 and retry, not a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
	for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && (UNREACHABLE.has(code) || SERVER_AWAY.test(code))) return true;
	}
	return false;
}
