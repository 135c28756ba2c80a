// One client process of `npm run bench:live` (forked by live.js): its share of the players, each on its
// own Socket.IO connection as a phone would be. They join by PIN with a nickname, measure the server's
// clock like the browser, answer each question after a random think time with one answer id that every
// retry reuses (src/lib/client/live.ts `sendAnswer`), and note when each message reaches them. With
// --drop-rate, that share of the players loses the network during each question: the WebSocket's TCP
// connection dies without a goodbye, and 2–8 s later the phone comes back as the browser does
// (src/routes/play/[gameId]/+page.svelte): a connection Socket.IO recovers keeps the seat, any other
// resumes by the seat's token; then it answers.
// Talks to live.js over IPC: ← join, ← finish; → ready, → joined, → results.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { localNow, measureOffset } from './clock.js';
import { BACK_THINK_MS, OUTAGE_MS } from './drops.js';

/**
 * @typedef {{ base: string, pin: string, first: number, count: number, thinkMs: [number, number], joinWithinMs: number, dropRate: number }} Job
 * @typedef {{ playerId: string, answerId: string, question: number, response: Record<string, unknown>, sentAt: number, ms: number, tries: number, duplicate: boolean }} AnswerAck
 * @typedef {{ question: { type: string, display: { options?: string[], items?: string[] } }, position: { segment: number, question: number }, opensAt: number }} QuestionInfo
 * @typedef {{ type: string, info?: QuestionInfo, position?: { question: number } }} Message
 * @typedef {{ playerId: string, question: number, droppedAt: number, backAt: number | null, recovered: boolean }} Drop
 * @typedef {{ index: number, socket: import('socket.io-client').Socket, playerId: string | null, gameId: number, token: string, dropping: boolean, current: number, locked: number, ended: boolean, whenEnded: Promise<void>, end: () => void }} Player
 */

// As the browser (src/lib/client/live.ts).
const ACK_TIMEOUT_MS = 5000;
const RETRY_DELAYS_MS = [500, 1000, 2000, 4000];
const TRANSIENT = new Set(['live.errors.seatLost', 'live.errors.moving', 'errors.unexpected']);
const CLOCK_SAMPLES = 3;
const CONNECT_TIMEOUT_MS = 60_000;

const END_WAIT_MS = 15_000;
/** Messages that close the game rather than belong to a question. */
const FINALE = new Set(['podium', 'standing', 'ended']);

const job = await new Promise((resolve) => process.once('message', (/** @type {{ type: 'start', job: Job }} */ m) => resolve(m.job)));
/** @type {Job} */
const { base, pin, first, count, thinkMs, joinWithinMs, dropRate } = job;

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
const randomInt = (/** @type {number} */ n) => Math.floor(Math.random() * n);
const between = (/** @type {readonly number[]} */ [low, high]) => low + Math.random() * (high - low);

/** @type {Record<string, number>} */
const errors = {};
const countError = (/** @type {string} */ kind) => void (errors[kind] = (errors[kind] ?? 0) + 1);

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const loopBefore = performance.eventLoopUtilization();
const cpuBefore = process.cpuUsage();

// The server's clock, measured once on a quiet connection before the players arrive.
let offset = 0;
const serverNow = () => localNow() + offset;

/** Everything measured, on the server's clock. */
const record = {
	/** @type {{ connectMs: number, joinMs: number, joinedAt: number }[]} */
	joins: [],
	/** @type {AnswerAck[]} */
	acks: [],
	/**
	 * Per question, when each player got the question (and how long after its opensAt), the lock, the
	 * reveal, their own result, the leaderboard.
	 * @type {Record<string, number[]>[]}
	 */
	arrivals: [],
	/**
	 * Per question (and 'lobby', 'finale'): messages received, by type, summed over the players.
	 * @type {Record<string, Record<string, number>>}
	 */
	messages: {},
	/** The most messages one player received during one question. */
	mostPerPlayerQuestion: 0,
	/** Each player's loss of network during a question, on the server's clock. @type {Drop[]} */
	drops: []
};

/** @param {number} question @param {string} what @param {number} value */
function arrival(question, what, value) {
	const perQuestion = (record.arrivals[question] ??= {});
	(perQuestion[what] ??= []).push(value);
}

/** A plausible answer as the player's screen would send it (src/lib/components/contests/AnswerInput.svelte). */
function responseTo(/** @type {QuestionInfo['question']} */ question) {
	const n = question.display.options?.length ?? question.display.items?.length ?? 0;
	const indices = Array.from({ length: n }, (_, i) => i);
	switch (question.type) {
		case 'single':
			return { choice: randomInt(n) };
		case 'multiple':
			return { choices: [randomInt(n)] };
		case 'true_false':
			return { value: Math.random() < 0.5 };
		case 'ordering':
			return { order: indices.sort(() => Math.random() - 0.5) };
		default:
			return { text: 'Cải cách hành chính' };
	}
}

/**
 * One answer until acknowledged, with the same answer id each time; a refusal is final, and no retry
 * starts once the question has locked.
 * @param {Player} player
 * @param {QuestionInfo} info
 */
async function answer(player, info) {
	const question = info.position.question;
	const answerId = `a${question}.${player.index}.${Math.random().toString(36).slice(2, 10)}`;
	const response = responseTo(info.question);
	const input = { answerId, position: info.position, response };
	const began = serverNow();
	for (let tries = 1; player.locked < question && !player.ended; tries++) {
		if (tries > 1) await sleep(RETRY_DELAYS_MS[Math.min(tries - 2, RETRY_DELAYS_MS.length - 1)]);
		try {
			const reply = await player.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('live:answer', input);
			if (reply.ok) {
				record.acks.push({
					playerId: /** @type {string} */ (player.playerId),
					answerId,
					question,
					response,
					sentAt: began,
					ms: serverNow() - began,
					tries,
					duplicate: reply.data.duplicate
				});
				return;
			}
			countError(`answer: ${reply.error}`);
			if (!TRANSIENT.has(reply.error)) return;
		} catch {
			countError('answer: no acknowledgement in 5 s, retried');
		}
	}
	countError('answer: given up, the question locked first');
}

/**
 * The network goes during the question: the WebSocket's TCP connection is destroyed (no close frame,
 * no Socket.IO goodbye), and comes back 2–8 s later; then the player answers.
 * @param {Player} player
 * @param {QuestionInfo} info
 */
async function dropAndAnswer(player, info) {
	await sleep(Math.random() * thinkMs[1]);
	if (player.locked >= info.position.question || player.ended) return;
	/** @type {Drop} */
	const drop = {
		playerId: /** @type {string} */ (player.playerId),
		question: info.position.question,
		droppedAt: serverNow(),
		backAt: null,
		recovered: false
	};
	record.drops.push(drop);
	player.dropping = true;
	/** @type {{ transport?: { ws?: { terminate(): void } } }} */ (player.socket.io.engine).transport?.ws?.terminate();
	await sleep(between(OUTAGE_MS));
	if (!(await comeBack(player))) return;
	player.dropping = false;
	drop.backAt = serverNow();
	drop.recovered = player.socket.recovered;
	await sleep(between(BACK_THINK_MS));
	await answer(player, info);
}

/**
 * Reconnects as the phone does, trying again each second: a connection Socket.IO recovered is still in
 * the seat; any other resumes it by the seat's token.
 * @param {Player} player
 */
async function comeBack(player) {
	for (let tries = 0; tries < 30; tries++) {
		const socket = player.socket;
		const connected = await new Promise((resolve) => {
			const done = (/** @type {boolean} */ ok) => {
				socket.off('connect', up).off('connect_error', failed);
				resolve(ok);
			};
			const up = () => done(true);
			const failed = () => done(false);
			socket.on('connect', up).on('connect_error', failed);
			socket.connect();
		});
		if (connected) {
			if (player.socket.recovered) return true;
			try {
				const reply = await player.socket
					.timeout(ACK_TIMEOUT_MS)
					.emitWithAck('live:resume', { gameId: player.gameId, token: player.token });
				if (reply.ok) return true;
				countError(`resume: ${reply.error}`);
			} catch {
				countError('resume: no acknowledgement in 5 s');
			}
			return false;
		}
		await sleep(1000);
	}
	countError('never came back after a drop');
	return false;
}

/** @param {Player} player */
function listen(player) {
	/** @type {Record<string, number>} */
	let perQuestion = {};
	let bucket = 'lobby';
	player.socket.on('live:message', (/** @type {Message} */ message) => {
		const at = serverNow();
		if (message.type === 'broadcastQuestion' && message.info) {
			const info = message.info;
			player.current = info.position.question;
			bucket = String(player.current);
			perQuestion = {};
			arrival(player.current, 'question', at - info.opensAt);
			arrival(player.current, 'questionAt', at);
			if (Math.random() < dropRate) void dropAndAnswer(player, info);
			else setTimeout(() => void answer(player, info), between(thinkMs));
		} else if (FINALE.has(message.type)) {
			bucket = 'finale';
			if (message.type === 'ended') player.end();
		} else if (message.type === 'questionLocked' && message.position) {
			player.locked = message.position.question;
			arrival(player.locked, 'locked', at);
		} else if (message.type === 'reveal' || message.type === 'playerResult' || message.type === 'leaderboard') {
			arrival(player.current, message.type, at);
		}
		const counts = (record.messages[bucket] ??= {});
		counts[message.type] = (counts[message.type] ?? 0) + 1;
		if (bucket !== 'lobby' && bucket !== 'finale') {
			perQuestion[message.type] = (perQuestion[message.type] ?? 0) + 1;
			const total = Object.values(perQuestion).reduce((a, b) => a + b, 0);
			record.mostPerPlayerQuestion = Math.max(record.mostPerPlayerQuestion, total);
		}
	});
	player.socket.on('disconnect', (reason) => {
		if (reason !== 'io client disconnect' && !player.dropping) countError(`disconnected: ${reason}`);
	});
}

/** @param {string} url */
function connect(url) {
	const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: CONNECT_TIMEOUT_MS });
	return new Promise((resolve, reject) => {
		socket.once('connect', () => resolve(socket));
		socket.once('connect_error', (error) => {
			socket.close();
			reject(error);
		});
	});
}

/**
 * Connects, joins by PIN with a nickname and takes the server's clock as the browser does.
 * @param {number} index
 * @returns {Promise<Player | null>}
 */
async function join(index) {
	if (joinWithinMs > 0) await sleep(Math.random() * joinWithinMs);
	const began = serverNow();
	/** @type {import('socket.io-client').Socket} */
	let socket;
	try {
		socket = await connect(base);
	} catch (error) {
		countError(`connect: ${/** @type {Error} */ (error).message}`);
		return null;
	}
	const connected = serverNow();
	/** @type {() => void} */
	let ended = () => {};
	/** @type {Player} */
	const player = {
		index,
		socket,
		playerId: null,
		gameId: 0,
		token: '',
		dropping: false,
		current: -1,
		locked: -1,
		ended: false,
		whenEnded: new Promise((resolve) => (ended = resolve)),
		end() {
			this.ended = true;
			ended();
		}
	};
	listen(player);
	try {
		const reply = await socket.timeout(CONNECT_TIMEOUT_MS).emitWithAck('live:join', { pin, name: `Người chơi ${index + 1}` });
		if (!reply.ok) {
			countError(`join: ${reply.error}`);
			return null;
		}
		player.playerId = reply.data.playerId;
		player.gameId = reply.data.gameId;
		player.token = reply.data.token;
		const joinedAt = serverNow();
		record.joins.push({ connectMs: connected - began, joinMs: joinedAt - connected, joinedAt });
		await measureOffset(socket, CLOCK_SAMPLES); // what the player's page does next; this process's offset stays the quiet one
		return player;
	} catch (error) {
		countError(`join: ${/** @type {Error} */ (error).message}`);
		return null;
	}
}

const probe = /** @type {import('socket.io-client').Socket} */ (await connect(base));
const clock = await measureOffset(probe, 5);
offset = clock.offset;
probe.close();
process.send?.({ type: 'ready', offset: clock.offset, roundTrip: clock.roundTrip });

await new Promise((resolve) => process.once('message', resolve)); // join
const players = (await Promise.all(Array.from({ length: count }, (_, i) => join(first + i)))).filter((p) => p !== null);
process.send?.({ type: 'joined', joined: players.length });

await new Promise((resolve) => process.once('message', resolve)); // finish: the host has ended the game
await Promise.race([Promise.all(players.map((p) => p.whenEnded)), sleep(END_WAIT_MS)]); // the last messages may still be on their way
for (const p of players) if (!p.ended) countError('never told the game ended');
for (const p of players) p.socket.close();

delay.disable();
const cpu = process.cpuUsage(cpuBefore);
process.send?.(
	{
		type: 'results',
		...record,
		errors,
		eventLoop: { utilisation: performance.eventLoopUtilization(loopBefore).utilization, delayP99Ms: delay.percentile(99) / 1e6 },
		cpuSeconds: (cpu.user + cpu.system) / 1e6
	},
	() => process.exit(0)
);
