import type { Audience, Effect } from '$lib/live/events';
import type { LiveMessage } from '$lib/realtime/events';
import { clusterRedis } from '$lib/server/cluster';
import { ioServer } from '$lib/server/realtime/server';

/** A live game's Socket.IO rooms, and how the effects of a committed batch reach them. */

export const gameRoom = (gameId: number) => `live:${gameId}`;
export const staffRoom = (gameId: number) => `live:${gameId}:staff`;
export const playerRoom = (gameId: number, playerId: string) => `live:${gameId}:p:${playerId}`;
export const judgeRoom = (gameId: number, judgeId: string) => `live:${gameId}:j:${judgeId}`;

/** Effects for the storage layer, and the answer's acknowledgement its handler gives: never sent to a room. */
const STORAGE: ReadonlySet<Effect['type']> = new Set<Exclude<Effect, LiveMessage>['type']>([
	'persistAnswer',
	'persistResults',
	'persistStandings',
	'ackAnswer'
]);
const isMessage = (effect: Effect): effect is LiveMessage => !STORAGE.has(effect.type);

/** Answer counters reach the host and the big screen at most this often, however fast answers come. */
const COUNTERS_MS = 250;
/** Per game, the latest counters waiting for the end of the wait. */
const pendingCounters = new Map<number, LiveMessage>();

function roomOf(gameId: number, to: Audience): string {
	if (to === 'all') return gameRoom(gameId);
	if (to === 'staff') return staffRoom(gameId);
	return 'player' in to ? playerRoom(gameId, to.player) : judgeRoom(gameId, to.judge);
}

function send(gameId: number, message: LiveMessage): void {
	// The audit log is kept and shown to the staff only.
	ioServer()
		?.to(roomOf(gameId, message.type === 'audit' ? 'staff' : message.to))
		.emit('live:message', message);
}

/**
 * The longest one turn of the event loop spends sending a game's messages. A reveal to thousands of
 * phones is one result each: sent in one go it would hold every acknowledgement and every join behind
 * it, so it goes out in slices, in order, with the event loop free between them.
 */
const SLICE_MS = 8;
/** Per game, the messages still to send, oldest first; a game with none has no entry. */
const queues = new Map<number, { messages: LiveMessage[]; next: number }>();

function pump(gameId: number): void {
	const queue = queues.get(gameId);
	if (!queue) return;
	const until = performance.now() + SLICE_MS;
	do send(gameId, queue.messages[queue.next++]);
	while (queue.next < queue.messages.length && (queue.next % 32 !== 0 || performance.now() < until));
	if (queue.next === queue.messages.length) return void queues.delete(gameId);
	// What was sent goes, so a game whose queue never empties does not keep it all.
	queue.messages = queue.messages.slice(queue.next);
	queue.next = 0;
	setImmediate(pump, gameId);
}

function enqueue(gameId: number, messages: readonly LiveMessage[]): void {
	if (messages.length === 0) return;
	const queue = queues.get(gameId);
	if (queue) {
		for (const message of messages) queue.messages.push(message);
		return;
	}
	queues.set(gameId, { messages: [...messages], next: 0 });
	pump(gameId);
}

/**
 * Carries a committed batch's effects to the sockets, in the order they happened: one message per room,
 * never one per answer to all; the answer counters at most every COUNTERS_MS.
 */
export function deliver(gameId: number, effects: readonly Effect[]): void {
	const messages: LiveMessage[] = [];
	for (const message of effects.filter(isMessage)) {
		if (message.type !== 'counters') {
			messages.push(message);
			continue;
		}
		const waiting = pendingCounters.has(gameId);
		pendingCounters.set(gameId, message);
		if (!waiting)
			setTimeout(() => {
				const latest = pendingCounters.get(gameId);
				pendingCounters.delete(gameId);
				if (latest) enqueue(gameId, [latest]);
			}, COUNTERS_MS);
	}
	enqueue(gameId, messages);
}

/** Whether any socket still plays the seat (a reload racing the old tab, a team's phones). */
export async function seatHasSockets(seat: { gameId: number; playerId: string }): Promise<boolean> {
	const io = ioServer();
	if (!io) return false;
	const room = playerRoom(seat.gameId, seat.playerId);
	if (io.sockets.adapter.rooms.get(room)?.size) return true;
	// In scale-out mode the seat's other phone may be on another process: ask them all.
	return clusterRedis() !== null && (await io.in(room).fetchSockets()).length > 0;
}
