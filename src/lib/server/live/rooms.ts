import type { Audience, Effect } from '$lib/live/events';
import type { LiveMessage } from '$lib/realtime/events';
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

/** Carries a committed batch's effects to the sockets: one message per room, never one per answer to all. */
export function deliver(gameId: number, effects: readonly Effect[]): void {
	for (const message of effects.filter(isMessage)) {
		if (message.type !== 'counters') {
			send(gameId, message);
			continue;
		}
		const waiting = pendingCounters.has(gameId);
		pendingCounters.set(gameId, message);
		if (!waiting)
			setTimeout(() => {
				const latest = pendingCounters.get(gameId);
				pendingCounters.delete(gameId);
				if (latest) send(gameId, latest);
			}, COUNTERS_MS);
	}
}

/** Whether any socket still plays the seat (a reload racing the old tab, a team's phones). */
export function seatHasSockets(seat: { gameId: number; playerId: string }): boolean {
	return !!ioServer()?.sockets.adapter.rooms.get(playerRoom(seat.gameId, seat.playerId))?.size;
}
