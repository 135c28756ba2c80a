import type { Position } from '$lib/live/config';
import { bestOffset, clockSample } from '$lib/live/clock';
import type { HostView, JudgeView, ScreenView } from '$lib/live/views';
import type { LiveStaffRole, LiveStaffView } from '$lib/realtime/events';
import { request } from './request';
import { connectSocket, followNetwork, type ClientSocket } from './socket';

/** The browser's side of a live game: one connection per page, the server's clock, answers that get through. */

let shared: { socket: ClientSocket; stopListening: () => void } | null = null;

/**
 * One connection for the joining page and the game page, so moving from one to the other never drops
 * the seat; back at once when the network is.
 */
export function liveSocket(): ClientSocket {
	if (!shared) {
		const socket = connectSocket();
		shared = { socket, stopListening: followNetwork(socket) };
	}
	return shared.socket;
}

/** The device's durable seat token, one per game: a reload or a new tab of the same browser gets the same player. */
const seatKey = (gameId: number) => `hoithi:live:${gameId}`;
export const storeSeat = (gameId: number, token: string) => localStorage.setItem(seatKey(gameId), token);
export const storedSeat = (gameId: number): string | null => localStorage.getItem(seatKey(gameId));
export const forgetSeat = (gameId: number) => localStorage.removeItem(seatKey(gameId));
/** Every seat token this device holds, whatever the game: a join sends them, so a removed guest stays out. */
export function storedSeats(): string[] {
	const tokens: string[] = [];
	for (let i = 0; i < localStorage.length && tokens.length < 20; i++) {
		const key = localStorage.key(i);
		const token = key && /^hoithi:live:\d+$/.test(key) ? localStorage.getItem(key) : null;
		if (token) tokens.push(token);
	}
	return tokens;
}

const ACK_TIMEOUT_MS = 5000;
const CLOCK_SAMPLES = 3;

/** Server time minus browser time, from the quickest of a few round trips. */
export async function measureClockOffset(socket: ClientSocket): Promise<number> {
	const samples = [];
	for (let i = 0; i < CLOCK_SAMPLES; i++) {
		const sentAt = Date.now();
		try {
			const serverNow = await request(socket, 'live:clock', { timeoutMs: ACK_TIMEOUT_MS });
			samples.push(clockSample(sentAt, serverNow, Date.now()));
		} catch {
			break;
		}
	}
	return bestOffset(samples);
}

/** A fresh answer id: one per question, kept for every retry so that the server keeps the answer once. */
export function newAnswerId(position: Position): string {
	const random = crypto.getRandomValues(new Uint32Array(2));
	return `a${position.segment}.${position.question}.${random[0].toString(36)}${random[1].toString(36)}`;
}

const RETRY_DELAYS_MS = [500, 1000, 2000, 4000];
/** Replies that mean "not this time" rather than "no": the seat is being resumed, or the server stumbled. */
const TRANSIENT = new Set(['live.errors.seatLost', 'live.errors.moving', 'errors.unexpected']);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type SendStatus = 'sending' | 'sent' | 'retrying' | { error: string };

/**
 * Sends one answer until the server acknowledges it (it does so only once the answer is committed),
 * always with the same answer id. A refusal (late, locked) is final; timeouts, drops and a seat not yet
 * resumed on a new connection are retried while `stillWanted()` holds.
 */
export async function sendAnswer(
	socket: ClientSocket,
	input: { answerId: string; position: Position; response: unknown },
	seated: () => Promise<boolean>,
	stillWanted: () => boolean,
	onStatus: (status: SendStatus) => void
): Promise<boolean> {
	onStatus('sending');
	for (let attempt = 0; stillWanted(); attempt++) {
		if (attempt > 0) {
			onStatus('retrying');
			await wait(RETRY_DELAYS_MS[Math.min(attempt - 1, RETRY_DELAYS_MS.length - 1)]);
		}
		if (!(await seated())) continue;
		try {
			const reply = await request(socket, 'live:answer', input, { timeoutMs: ACK_TIMEOUT_MS });
			if (reply.ok) {
				onStatus('sent');
				return true;
			}
			if (!TRANSIENT.has(reply.error)) {
				onStatus({ error: reply.error });
				return false;
			}
		} catch {
			// no acknowledgement in time: the same answer id goes again
		}
	}
	return false;
}

/** Runs `fn` at once, then at most once per `ms` with the latest call kept for the end of the wait. */
export function throttle(fn: () => void, ms: number): { (): void; cancel(): void } {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let queued = false;
	const run = () => {
		queued = false;
		fn();
		timer = setTimeout(() => {
			timer = null;
			if (queued) run();
		}, ms);
	};
	const throttled = () => {
		if (timer) queued = true;
		else run();
	};
	throttled.cancel = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		queued = false;
	};
	return throttled;
}

/** Staff screens are few: they take a fresh view from the server after every message, at most this often. */
const STAFF_REFRESH_MS = 300;

interface StaffView {
	host: HostView;
	screen: ScreenView;
	judge: JudgeView;
}

/** The view in the server's reply, if it is the one this role watches. */
const viewFor: { [R in LiveStaffRole]: (reply: LiveStaffView) => StaffView[R] | null } = {
	host: (reply) => (reply.role === 'host' ? reply.view : null),
	screen: (reply) => (reply.role === 'screen' ? reply.view : null),
	judge: (reply) => (reply.role === 'judge' ? reply.view : null)
};

/**
 * Follows a game as host, big screen or judge: the view and the server's clock on every (re)connect, and
 * a fresh view (throttled) whenever the game sends a message. `serverNow()` reads the server's clock.
 */
export function followGame<R extends LiveStaffRole>(
	gameId: number,
	as: R,
	onView: (view: StaffView[R]) => void,
	onState: (state: { connected: boolean; error: string | null }) => void
): { socket: ClientSocket; serverNow: () => number; stop: () => void } {
	const socket = connectSocket();
	const stopListening = followNetwork(socket);
	let offset = 0;
	const fetchView = async () => {
		try {
			const reply = await request(socket, 'live:watch', { gameId, as }, { timeoutMs: ACK_TIMEOUT_MS });
			const view = reply.ok ? viewFor[as](reply.data) : null;
			if (view) onView(view);
			onState({ connected: true, error: reply.ok ? null : reply.error });
		} catch {
			// the next message or reconnect fetches again
		}
	};
	const refresh = throttle(() => void fetchView(), STAFF_REFRESH_MS);
	socket.on('connect', async () => {
		await fetchView();
		offset = await measureClockOffset(socket);
	});
	socket.on('disconnect', () => onState({ connected: false, error: null }));
	socket.on('live:message', refresh);
	return {
		socket,
		serverNow: () => Date.now() + offset,
		stop: () => {
			refresh.cancel();
			stopListening();
			socket.close();
		}
	};
}

/** Leaving the game page ends the connection, so the player shows as gone until they come back. */
export function closeLiveSocket(): void {
	shared?.stopListening();
	shared?.socket.close();
	shared = null;
}
