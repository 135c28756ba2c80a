// Organizers watching the round's live leaderboard over Socket.IO, as the organizer page does.
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { sessionCookie } from '../support/sessions.js';

const CONNECT_TIMEOUT_MS = 30_000;

/**
 * @typedef {{ at: number, participants: number }} Update
 * @typedef {{ updates: Update[], close: () => void, waitFor: (participants: number, timeoutMs: number) => Promise<boolean> }} Watcher
 */

/**
 * @param {string} base
 * @param {string} token
 * @param {number} roundId
 * @returns {Promise<Watcher>}
 */
async function watch(base, token, roundId) {
	const socket = io(base, { transports: ['websocket'], extraHeaders: { cookie: sessionCookie(token) }, reconnection: false });
	/** @type {Update[]} */
	const updates = [];
	/** @type {(() => void)[]} */
	const listeners = [];
	socket.on('leaderboard:update', (/** @type {{ participants: number }} */ snapshot) => {
		updates.push({ at: performance.timeOrigin + performance.now(), participants: snapshot.participants });
		for (const listener of listeners) listener();
	});
	const reply = await socket.timeout(CONNECT_TIMEOUT_MS).emitWithAck('leaderboard:watch', roundId);
	if (!reply.ok) throw new Error(`leaderboard:watch refused: ${reply.error}`);
	return {
		updates,
		close: () => socket.close(),
		/** Resolves true once an update shows `participants`, false after `timeoutMs`. */
		waitFor: (participants, timeoutMs) =>
			new Promise((resolve) => {
				const seen = () => updates.some((u) => u.participants >= participants);
				if (seen()) return resolve(true);
				const timer = setTimeout(() => resolve(false), timeoutMs);
				listeners.push(() => {
					if (seen()) {
						clearTimeout(timer);
						resolve(true);
					}
				});
			})
	};
}

/**
 * @param {string} base
 * @param {string[]} tokens
 * @param {number} roundId
 */
export function watchAll(base, tokens, roundId) {
	return Promise.all(tokens.map((token) => watch(base, token, roundId)));
}

/**
 * Leaderboard lag of one watcher: for the k-th acknowledged submission (in the order the clients heard
 * back), the time from that acknowledgement to the first update counting at least k participants. An
 * update can arrive before the client's own response does; that submission counts as lag 0.
 * @param {number[]} submittedAt ascending
 * @param {Update[]} updates in arrival order
 */
export function lags(submittedAt, updates) {
	/** @type {number[]} */
	const result = [];
	let u = 0;
	let shown = 0;
	for (let k = 1; k <= submittedAt.length; k++) {
		while (shown < k && u < updates.length) shown = Math.max(shown, updates[u++].participants);
		if (shown < k) break; // never shown: counted by the caller as missing from the board
		result.push(Math.max(0, updates[u - 1].at - submittedAt[k - 1]));
	}
	return result;
}
