import type { ReplyOf, RequestArgs, RequestEvent } from '$lib/realtime/events';
import type { ClientSocket } from './socket';

export interface RequestOptions {
	/** How long to wait for the acknowledgement; past it the request rejects, and the caller decides what next. */
	timeoutMs: number;
}

/** The socket as the wire carries a request: an event name and its arguments (typed by the signature above it). */
interface Wire {
	timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
}

/**
 * Sends one request (its input, if the event has one) and resolves with the server's reply, typed by the
 * event map; rejects when no acknowledgement comes in time. The one place the browser waits for an ack.
 */
export function request<E extends RequestEvent>(
	socket: ClientSocket,
	event: E,
	...args: [...RequestArgs<E>, RequestOptions]
): Promise<ReplyOf<E>>;
export function request(socket: Wire, event: RequestEvent, ...args: [RequestOptions] | [unknown, RequestOptions]): Promise<unknown> {
	const timed = socket.timeout((args.length === 1 ? args[0] : args[1]).timeoutMs);
	return args.length === 1 ? timed.emitWithAck(event) : timed.emitWithAck(event, args[0]);
}
