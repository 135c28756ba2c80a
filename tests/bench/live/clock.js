// The server's clock as a bench process sees it, measured the way the browser does (src/lib/live/clock.ts,
// src/lib/client/live.ts): the quickest of a few `live:clock` round trips, the server having read its
// clock about halfway. Every time the bench compares across processes is first put on the server's clock.
import { performance } from 'node:perf_hooks';

/** This process's wall clock with sub-millisecond resolution. */
export const localNow = () => performance.timeOrigin + performance.now();

/**
 * Server time minus this process's time, and the round trip of the sample it comes from.
 * @param {import('socket.io-client').Socket} socket
 * @param {number} samples
 */
export async function measureOffset(socket, samples = 5) {
	let best = { offset: 0, roundTrip: Infinity };
	for (let i = 0; i < samples; i++) {
		const sentAt = localNow();
		const serverNow = await socket.timeout(5000).emitWithAck('live:clock');
		const receivedAt = localNow();
		const roundTrip = receivedAt - sentAt;
		if (roundTrip < best.roundTrip) best = { offset: serverNow + roundTrip / 2 - receivedAt, roundTrip };
	}
	return best;
}
