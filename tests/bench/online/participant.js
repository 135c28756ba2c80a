// One client thread of `npm run bench:online`: runs its share of the simulated participants, each doing
// what the browser does for a full attempt, and posts its measurements back to the main thread.
import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import * as devalue from 'devalue';
import { sessionCookie } from '../support/sessions.js';

/**
 * @typedef {{ token: string }} Participant
 * @typedef {{ base: string, roundId: number, participants: Participant[], concurrency: number, thinkMs: [number, number], changeRate: number, predictionMax: number }} Job
 * @typedef {{ attemptId: number, position: number, response: Record<string, unknown> }} Ack
 * @typedef {{ page: number[], start: number[], attemptPage: number[], save: number[], submit: number[] }} Latencies
 */

const job = /** @type {Job} */ (workerData);
const REQUEST_TIMEOUT_MS = 60_000;
// The browser's autosave retries network failures and 5xx with this backoff (src/lib/client/autosave.ts).
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000];
const jsonAction = { accept: 'application/json', 'x-sveltekit-action': 'true', 'content-type': 'application/x-www-form-urlencoded' };

/** @type {Latencies} */
const latencies = { page: [], start: [], attemptPage: [], save: [], submit: [] };
/** @type {Record<string, number>} */
const errors = {};
/** @type {Ack[]} */
const acks = [];
/** Wall-clock instants (ms since the epoch) at which a submission's success reached the client. */
const submittedAt = /** @type {number[]} */ ([]);
let completed = 0;

const epochNow = () => performance.timeOrigin + performance.now();
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
const think = () => sleep(job.thinkMs[0] + Math.random() * (job.thinkMs[1] - job.thinkMs[0]));
const randomInt = (/** @type {number} */ n) => Math.floor(Math.random() * n);

/** @param {string} kind */
function countError(kind) {
	errors[kind] = (errors[kind] ?? 0) + 1;
}

class Failure extends Error {}

/**
 * One request, timed from sending to the last byte of the body. Network failures and 5xx answers are
 * retried like the browser's autosave when `retry` is set; every failure is counted by kind.
 * @param {string} step
 * @param {keyof Latencies} series
 * @param {string} path
 * @param {RequestInit} init
 * @param {boolean} retry
 */
async function request(step, series, path, init, retry) {
	for (let attemptNo = 0; ; attemptNo++) {
		const began = performance.now();
		let kind;
		try {
			// A redirect (to the login page, say) is an answer to report, not one to follow.
			const response = await fetch(job.base + path, { ...init, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
			const body = await response.text();
			latencies[series].push(performance.now() - began);
			if (response.status < 500) return { status: response.status, body };
			kind = `${step}: HTTP ${response.status}`;
		} catch (error) {
			const e = /** @type {Error & { cause?: { code?: string, message?: string } }} */ (error);
			kind = `${step}: ${e.name === 'TimeoutError' ? 'timeout' : (e.cause?.code ?? e.cause?.message ?? e.message)}`;
		}
		countError(kind);
		if (!retry || attemptNo >= RETRY_DELAYS_MS.length) throw new Failure(kind);
		await sleep(RETRY_DELAYS_MS[attemptNo]);
	}
}

/**
 * A reply's JSON body; anything else (an HTML error page, say) is counted as an error of its step.
 * @param {string} step
 * @param {{ status: number, body: string }} reply
 */
function parseJson(step, reply) {
	try {
		return JSON.parse(reply.body);
	} catch {
		const kind = `${step}: HTTP ${reply.status}, not JSON`;
		countError(kind);
		throw new Failure(kind);
	}
}

/**
 * A form action's JSON answer ({ type, status, location | data }) as SvelteKit's `enhance` reads it.
 * @param {string} step
 * @param {{ status: number, body: string }} reply
 */
function actionResult(step, reply) {
	const result = parseJson(step, reply);
	if (result.type === 'redirect' || result.type === 'success') return result;
	const message = result.type === 'failure' ? devalue.parse(result.data)?.message : result.error?.message;
	const kind = `${step}: ${message ?? result.type} (${result.status ?? reply.status})`;
	countError(kind);
	throw new Failure(kind);
}

/**
 * The attempt page's data, as the client router fetches it after a navigation.
 * @param {string} cookie
 * @param {number} attemptId
 */
async function loadAttempt(cookie, attemptId) {
	const reply = await request(
		'attempt page',
		'attemptPage',
		`/thi/attempt/${attemptId}/__data.json?x-sveltekit-invalidated=11`,
		{ headers: { cookie } },
		false
	);
	const data = parseJson('attempt page', reply);
	const page = data.nodes?.at(-1);
	if (reply.status !== 200 || data.type !== 'data' || page?.type !== 'data') {
		const kind = `attempt page: HTTP ${reply.status}`;
		countError(kind);
		throw new Failure(kind);
	}
	return /** @type {{ attempt: { questions: { position: number, type: string, choices: string[] }[] } }} */ (devalue.unflatten(page.data));
}

/**
 * A plausible answer to one question as the participant's screen would send it.
 * @param {{ type: string, choices: string[] }} question
 */
function answerTo(question) {
	switch (question.type) {
		case 'single':
			return { choice: randomInt(question.choices.length) };
		case 'multiple':
			return { choices: question.choices.map((_, i) => i).filter(() => Math.random() < 0.5) };
		case 'true_false':
			return { value: Math.random() < 0.5 };
		case 'ordering':
			return { order: question.choices.map((_, i) => i).sort(() => Math.random() - 0.5) };
		default:
			return { text: 'Cải cách hành chính' };
	}
}

/**
 * Saves one answer; only an acknowledged save is recorded as something the database must hold.
 * @param {string} cookie
 * @param {number} attemptId
 * @param {number} position
 * @param {Record<string, unknown>} response
 */
async function save(cookie, attemptId, position, response) {
	const reply = await request(
		'save',
		'save',
		`/thi/attempt/${attemptId}/answer`,
		{
			method: 'POST',
			headers: { cookie, origin: job.base, 'content-type': 'application/json' },
			body: JSON.stringify({ position, response })
		},
		true
	);
	const result = parseJson('save', reply);
	if (reply.status === 200 && result.ok) {
		acks.push({ attemptId, position, response });
		return;
	}
	const kind = `save: ${result.error ?? 'unexpected answer'} (${reply.status})`;
	countError(kind);
	throw new Failure(kind);
}

/** @param {Participant} participant */
async function takePart({ token }) {
	const cookie = sessionCookie(token);
	const page = await request('round page', 'page', `/thi/${job.roundId}`, { headers: { cookie, accept: 'text/html' } }, false);
	if (page.status !== 200) {
		countError(`round page: HTTP ${page.status}`);
		throw new Failure('round page');
	}
	await think(); // reading the rules

	const started = actionResult(
		'start',
		await request(
			'start',
			'start',
			`/thi/${job.roundId}?/start`,
			{ method: 'POST', headers: { cookie, origin: job.base, ...jsonAction }, body: '' },
			false
		)
	);
	const attemptId = Number(/\/thi\/attempt\/(\d+)$/.exec(started.location ?? '')?.[1]);
	if (!attemptId) {
		countError('start: no attempt in the redirect');
		throw new Failure('start');
	}
	const { attempt } = await loadAttempt(cookie, attemptId);

	for (const question of attempt.questions) {
		await think();
		await save(cookie, attemptId, question.position, answerTo(question));
	}
	if (Math.random() < job.changeRate && attempt.questions.length > 0) {
		await think(); // a second thought: the last acknowledged answer is the one that must stay
		const question = attempt.questions[randomInt(attempt.questions.length)];
		await save(cookie, attemptId, question.position, answerTo(question));
	}
	await think();

	const body = new URLSearchParams({ prediction: String(randomInt(job.predictionMax + 1)) }).toString();
	actionResult(
		'submit',
		await request(
			'submit',
			'submit',
			`/thi/attempt/${attemptId}?/submit`,
			{ method: 'POST', headers: { cookie, origin: job.base, ...jsonAction }, body },
			true
		)
	);
	submittedAt.push(epochNow());
	await loadAttempt(cookie, attemptId); // `enhance` reloads the page's data to show the result
	completed++;
}

async function run() {
	const delay = monitorEventLoopDelay({ resolution: 10 });
	delay.enable();
	const utilisationBefore = performance.eventLoopUtilization();
	let next = 0;
	const lane = async () => {
		while (next < job.participants.length) {
			const participant = job.participants[next++];
			await takePart(participant).catch((error) => {
				if (!(error instanceof Failure)) countError(`client: ${error.message}`);
			});
		}
	};
	await Promise.all(Array.from({ length: job.concurrency }, lane));
	delay.disable();
	parentPort?.postMessage({
		latencies,
		errors,
		acks,
		submittedAt,
		completed,
		eventLoop: { utilisation: performance.eventLoopUtilization(utilisationBefore).utilization, delayP99Ms: delay.percentile(99) / 1e6 }
	});
}

await run();
