// The MC of `npm run bench:live`: an organizer's socket on the host console. It starts the game and, for
// each question, waits until everyone has answered or the time is up (the server locks the question
// either way), reveals, shows the leaderboard for a moment, and moves on; after the last, the podium and
// the end. Every command is timed on the server's clock, so the players' processes can say how long its
// effects took to reach them.
import { io } from 'socket.io-client';
import { localNow, measureOffset } from './clock.js';
import { sessionCookie } from '../support/sessions.js';

const COMMAND_TIMEOUT_MS = 60_000;
/** If the server's clock has not locked a question this long after its closesAt, the host locks it. */
const LOCK_GRACE_MS = 5000;

/**
 * @typedef {{ sentAt: number, ms: number, replyBytes: number }} CommandTiming
 * @typedef {{ question: number, open: CommandTiming, opensAt: number, closesAt: number, lockedAt: number, answered: number, lockedBy: 'everyone answered' | 'clock' | 'host', reveal: CommandTiming, leaderboard: CommandTiming }} QuestionTiming
 * @typedef {{ type: string, position?: { question: number }, answered?: number }} Message
 */

/**
 * @param {string} base
 * @param {string} token the organizer's session
 * @param {number} gameId
 */
export async function connectHost(base, token, gameId) {
	const socket = io(base, {
		transports: ['websocket'],
		forceNew: true,
		reconnection: false,
		extraHeaders: { cookie: sessionCookie(token) }
	});
	await new Promise((resolve, reject) => {
		socket.once('connect', () => resolve(undefined));
		socket.once('connect_error', reject);
	});
	const clock = await measureOffset(socket);
	const serverNow = () => localNow() + clock.offset;
	/** @type {Record<string, number>} */
	const received = {};
	/** @type {((message: Message) => void)[]} */
	let waiting = [];
	socket.on('live:message', (/** @type {Message} */ message) => {
		received[message.type] = (received[message.type] ?? 0) + 1;
		for (const listener of waiting) listener(message);
	});
	const watched = await socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('live:watch', { gameId, as: 'host' });
	if (!watched.ok) throw new Error(`live:watch as host refused: ${watched.error}`);

	/**
	 * Sends a host command; resolves with its timing once the server has acknowledged it.
	 * @param {{ type: string }} command
	 * @returns {Promise<CommandTiming & { view: { players: number, question: { opensAt: number, closesAt: number } | null } }>}
	 */
	async function command(command) {
		const sentAt = serverNow();
		const reply = await socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('live:command', { gameId, command });
		const ms = serverNow() - sentAt;
		if (!reply.ok) throw new Error(`live:command ${command.type} refused: ${reply.error}`);
		return { sentAt, ms, replyBytes: JSON.stringify(reply).length, view: reply.data };
	}

	/**
	 * The next message matching `test`, or null after `timeoutMs`.
	 * @param {(message: Message) => boolean} test
	 * @param {number} timeoutMs
	 * @returns {Promise<Message | null>}
	 */
	function next(test, timeoutMs) {
		return new Promise((resolve) => {
			const listener = (/** @type {Message} */ message) => {
				if (!test(message)) return;
				finish(message);
			};
			const timer = setTimeout(() => finish(null), timeoutMs);
			const finish = (/** @type {Message | null} */ message) => {
				clearTimeout(timer);
				waiting = waiting.filter((l) => l !== listener);
				resolve(message);
			};
			waiting.push(listener);
		});
	}

	/**
	 * Plays the whole game; returns each question's timings and the closing commands'.
	 * @param {{ questions: number, players: number, boardMs: number }} options
	 */
	async function play({ questions, players, boardMs }) {
		/** @type {QuestionTiming[]} */
		const timings = [];
		for (let question = 0; question < questions; question++) {
			const lockedMessage = next((m) => m.type === 'questionLocked' && m.position?.question === question, 10 * 60_000);
			const open = await command({ type: question === 0 ? 'start' : 'next' });
			const { opensAt, closesAt } = /** @type {{ opensAt: number, closesAt: number }} */ (open.view.question);
			let lockedByHost = false;
			const overdue = setTimeout(
				() => {
					lockedByHost = true;
					void command({ type: 'lock' }).catch(() => {}); // refused if the clock locked it meanwhile
				},
				closesAt + LOCK_GRACE_MS - serverNow()
			);
			const locked = await lockedMessage;
			const lockedAt = serverNow();
			clearTimeout(overdue);
			if (!locked) throw new Error(`question ${question + 1} never locked`);
			const answered = locked.answered ?? 0;
			/** @type {QuestionTiming['lockedBy']} */
			const lockedBy = lockedByHost ? 'host' : answered >= players ? 'everyone answered' : 'clock';
			const reveal = await command({ type: 'reveal' });
			const leaderboard = await command({ type: 'showLeaderboard' });
			timings.push({ question, open, opensAt, closesAt, lockedAt, answered, lockedBy, reveal, leaderboard });
			await new Promise((resolve) => setTimeout(resolve, boardMs)); // the MC reads the board out
		}
		const podium = await command({ type: 'next' });
		const end = await command({ type: 'end' });
		return { timings, podium, end };
	}

	return { clock, serverNow, received, command, play, close: () => socket.close() };
}
