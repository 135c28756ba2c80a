import { AppError } from '$lib/errors';
import type { InputOf, Reply, ReplyOf, RequestEvent } from '$lib/realtime/events';
import { isDatabaseUnavailable } from '$lib/server/db/errors';
import { errorFields, log, logThrottled } from '$lib/server/log';
import { liveInputs } from '$lib/server/live/socket-schemas';
import { id, noInput, type InputRules } from './inputs';
import type { AppSocket } from './server';

/** Every request the server answers, with the rule its input must pass. */
export const requestInputs = {
	'session:whoami': noInput,
	// A board that cannot exist is not found.
	'leaderboard:watch': { schema: id, invalid: 'errors.notFound' },
	...liveInputs
} satisfies InputRules<RequestEvent>;
// As the mapped type, `rules[event]` is the rule of whichever event `handle` is given.
const rules: InputRules<RequestEvent> = requestInputs;

/** What a request's handler does with its checked input: the acknowledgement's reply. */
type Handlers = { [K in RequestEvent]: (input: InputOf<K>) => Promise<ReplyOf<K>> };

export const fail = (error: string): Reply<never> => ({ ok: false, error });

/**
 * Registers a request's handler on a socket: the input (the first argument, if the event has one) is
 * checked by the event's rule, the handler's reply is the acknowledgement (the last argument); a
 * handler that throws an `AppError` answers its code, the database away answers `errors.unavailable`
 * (transient), any other throw is logged and answers `errors.unexpected` instead of leaving the client waiting.
 */
export function handle<E extends RequestEvent>(socket: AppSocket, event: E, handler: Handlers[E]): void {
	const rule = rules[event];
	// Socket.IO types a listener only for a known event name; the rule is what checks the arguments.
	const name: RequestEvent = event;
	socket.on(name, async (...args: unknown[]) => {
		const ack = args.at(-1);
		if (typeof ack !== 'function') return;
		const input = rule.schema.safeParse(args.length > 1 ? args[0] : undefined);
		if (!input.success) return ack(fail(rule.invalid));
		try {
			ack(await handler(input.data));
		} catch (error) {
			// A refusal the service raised is its answer; anything else is a bug, logged.
			if (error instanceof AppError) return ack(fail(error.code));
			// The database away: "try again", which the clients do, and one log line per few seconds.
			if (isDatabaseUnavailable(error)) {
				logThrottled('database.unavailable', 'error', 'database.unavailable', { request: event, error: String(error) });
				return ack(fail('errors.unavailable'));
			}
			log('error', 'socket.request_failed', { request: event, ...errorFields(error) });
			ack(fail('errors.unexpected'));
		}
	});
}
