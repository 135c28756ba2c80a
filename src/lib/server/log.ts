/**
 * The server's log: one JSON line per event on stdout, with its time, level and fields, so a log
 * collector (or `bench:live`) reads it without parsing prose. `LOG_LEVEL` (debug, info, warn, error;
 * default info) sets the least level written.
 */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof LEVELS;

const isLevel = (value: string | undefined): value is LogLevel => value !== undefined && value in LEVELS;

function least(): number {
	const configured = process.env.LOG_LEVEL;
	return LEVELS[isLevel(configured) ? configured : 'info'];
}

/** An error as fields: its message and stack, and its cause's message if it has one. */
export function errorFields(error: unknown): Record<string, unknown> {
	if (!(error instanceof Error)) return { error: String(error) };
	const cause = error.cause instanceof Error ? error.cause.message : undefined;
	return { error: error.message, stack: error.stack, ...(cause ? { cause } : {}) };
}

export function log(level: LogLevel, event: string, fields: Record<string, unknown> = {}): void {
	if (LEVELS[level] < least()) return;
	const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
	if (LEVELS[level] >= LEVELS.warn) process.stderr.write(line + '\n');
	else process.stdout.write(line + '\n');
}

/** Whether `log(level, …)` would write: lets a caller skip building fields nobody reads. */
export const logs = (level: LogLevel): boolean => LEVELS[level] >= least();

const lastWritten = new Map<string, { at: number; suppressed: number }>();

/**
 * `log`, at most once per `everyMs` for one `kind` of failure: a database away for three seconds during a
 * live game is a few lines, not one per request. The next line written says how many were left out.
 */
export function logThrottled(
	kind: string,
	level: LogLevel,
	event: string,
	fields: Record<string, unknown> = {},
	everyMs = 5000,
	now = Date.now()
): void {
	const last = lastWritten.get(kind);
	if (last && now - last.at < everyMs) {
		last.suppressed++;
		return;
	}
	lastWritten.set(kind, { at: now, suppressed: 0 });
	log(level, event, { kind, ...fields, ...(last?.suppressed ? { suppressed: last.suppressed } : {}) });
}
