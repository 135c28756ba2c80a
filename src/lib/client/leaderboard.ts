import type { LeaderboardSnapshot } from '$lib/realtime/events';
import { request } from './request';
import { connectSocket } from './socket';

/** Without submissions no update comes; asking again now and then keeps "per minute" current. */
const REFRESH_MS = 60_000;
const WATCH_TIMEOUT_MS = 10_000;

/**
 * Follows a round's live board: a full snapshot on every (re)connect, throttled updates in between.
 * Returns the function that stops following.
 */
export function followBoard(
	roundId: number,
	onSnapshot: (board: LeaderboardSnapshot) => void,
	onLive: (live: boolean) => void
): () => void {
	const socket = connectSocket();
	const watch = async () => {
		try {
			const reply = await request(socket, 'leaderboard:watch', roundId, { timeoutMs: WATCH_TIMEOUT_MS });
			if (reply.ok) onSnapshot(reply.data);
			onLive(reply.ok);
		} catch {
			// no reply in time: the next reconnect or refresh asks again
		}
	};
	socket.on('connect', watch);
	socket.on('disconnect', () => onLive(false));
	socket.on('leaderboard:update', (snapshot) => {
		if (snapshot.roundId === roundId) onSnapshot(snapshot);
	});
	const refresh = setInterval(() => socket.connected && watch(), REFRESH_MS);
	return () => {
		clearInterval(refresh);
		socket.close();
	};
}
