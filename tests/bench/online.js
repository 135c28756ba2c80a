// `npm run bench:online`: N simulated participants take a full online round against the real built
// server on a fresh PostgreSQL database while organizers watch the live leaderboard; prints
// throughput, latencies, leaderboard lag, errors, server CPU and memory, and lost answers (must be 0).
// A benchmark, not a test. Flags:
//   --participants 1000   how many participants take the round
//   --concurrency 100     how many of them are active at once
//   --watchers 20         organizer sockets watching the live leaderboard
//   --clients 2           worker threads the participants are spread over
//   --think 150-600       ms a participant pauses between steps (so at least 150 between two saves)
//   --change-rate 0.2     share of participants who change one answer before submitting
//   --processes 1         server processes (above 1: scale-out mode, WEB_CONCURRENCY workers sharing the local Redis or REDIS_URL)
//   --profile DIR         the server writes a V8 CPU profile there when it stops (one process only)
// DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/); its database
// hoithi_bench is dropped and recreated, and dropped again at the end. Builds first if no build exists.
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import postgres from 'postgres';
import { createFixture } from './online/fixture.js';
import { flagReader } from './support/flags.js';
import { distribution, line } from './support/report.js';
import {
	backendCpu,
	backendCpuBetween,
	benchDatabaseUrl,
	dropDatabase,
	ensureBuild,
	recreateDatabase,
	startServer,
	treeCpuSeconds,
	treeMemoryMiB
} from './support/server.js';
import { countLost } from './online/verify.js';
import { lags, watchAll } from './online/watchers.js';

const BENCH_DATABASE = 'hoithi_bench';
const MIN_SAVE_GAP_MS = 150; // the server limits saves per user to a few per second
const QUESTIONS = 10;
const TIME_LIMIT_SECONDS = 15 * 60;
const FINAL_BOARD_TIMEOUT_MS = 10_000;

const { values: flags } = parseArgs({
	options: {
		participants: { type: 'string', default: '1000' },
		concurrency: { type: 'string', default: '100' },
		watchers: { type: 'string', default: '20' },
		clients: { type: 'string', default: '2' },
		think: { type: 'string', default: '150-600' },
		'change-rate': { type: 'string', default: '0.2' },
		processes: { type: 'string', default: '1' },
		profile: { type: 'string' }
	}
});

const { usage, wholeNumber, range } = flagReader('npm run bench:online');
const participants = wholeNumber('participants', flags.participants, 1);
const concurrency = Math.min(participants, wholeNumber('concurrency', flags.concurrency, 1));
const watcherCount = wholeNumber('watchers', flags.watchers);
const clients = Math.min(concurrency, wholeNumber('clients', flags.clients, 1));
const thinkMs = range('think', flags.think, MIN_SAVE_GAP_MS);
const changeRate = Number(flags['change-rate']);
const processes = wholeNumber('processes', flags.processes, 1);
if (processes > 1 && flags.profile) usage('--profile profiles one process: leave out --processes');
if (!(changeRate >= 0 && changeRate <= 1)) usage(`--change-rate must be between 0 and 1, got ${flags['change-rate']}`);

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const databaseUrl = benchDatabaseUrl(serverUrl, BENCH_DATABASE);

/**
 * @typedef {{ latencies: Record<string, number[]>, errors: Record<string, number>, acks: { attemptId: number, position: number, response: Record<string, unknown> }[], submittedAt: number[], completed: number, eventLoop: { utilisation: number, delayP99Ms: number } }} ClientResult
 */

/**
 * Splits the participants and the concurrency over `clients` worker threads and runs them.
 * @param {{ base: string, roundId: number, tokens: string[] }} target
 * @returns {Promise<ClientResult[]>}
 */
function runClients({ base, roundId, tokens }) {
	return Promise.all(
		Array.from({ length: clients }, (_, c) => {
			const share = tokens.filter((_, i) => i % clients === c).map((token) => ({ token }));
			const job = {
				base,
				roundId,
				participants: share,
				concurrency: Math.floor(concurrency / clients) + (c < concurrency % clients ? 1 : 0),
				thinkMs,
				changeRate,
				predictionMax: participants
			};
			const worker = new Worker(new URL('./online/participant.js', import.meta.url), { workerData: job });
			return new Promise((resolve, reject) => {
				worker.once('message', resolve);
				worker.once('error', reject);
			});
		})
	);
}

/** @param {ClientResult[]} results */
function merge(results) {
	/** @type {Record<string, number[]>} */
	const latencies = {};
	/** @type {Record<string, number>} */
	const errors = {};
	for (const r of results) {
		for (const [series, values] of Object.entries(r.latencies)) (latencies[series] ??= []).push(...values);
		for (const [kind, count] of Object.entries(r.errors)) errors[kind] = (errors[kind] ?? 0) + count;
	}
	return {
		latencies,
		errors,
		acks: results.flatMap((r) => r.acks),
		submittedAt: results.flatMap((r) => r.submittedAt).sort((a, b) => a - b),
		completed: results.reduce((sum, r) => sum + r.completed, 0)
	};
}

/**
 * @typedef {ReturnType<typeof merge> & {
 *   results: ClientResult[], seconds: number, loadBefore: number, clientCpu: number, serverCpu: number,
 *   databaseCpu: number | null, databaseBackends: number, memory: { rss: number, peak: number },
 *   lags: number[], updatesPerWatcher: number[], boardsIncomplete: number, submitted: number,
 *   check: Awaited<ReturnType<typeof countLost>>, logPath: string
 * }} Figures
 */

/** @param {Figures} f */
function printReport(f) {
	const perAttempt = (/** @type {number} */ cpu) => `${Math.round((cpu * 1000) / Math.max(1, f.completed))} ms per attempt`;
	const ofOneCore = (/** @type {number} */ cpu) => `${Math.round((cpu / f.seconds) * 100)}% of one core`;
	const saves = f.acks.length;
	const serving = processes > 1 ? `${processes} server processes (scale-out mode)` : 'one server process';
	console.log(`\nOnline round: ${participants} participants, ${concurrency} at once, think ${thinkMs[0]}–${thinkMs[1]} ms, ${serving}`);
	line(
		'machine',
		`${availableParallelism()} cores; load average ${f.loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after (all that runs competes for them)`
	);
	line(
		'client',
		`1 process, ${clients} worker threads; event loop busy ${f.results.map((r) => `${Math.round(r.eventLoop.utilisation * 100)}%`).join(', ')}, ` +
			`delay p99 ${f.results.map((r) => `${r.eventLoop.delayP99Ms.toFixed(0)} ms`).join(', ')}; CPU ${f.clientCpu.toFixed(1)} s (${perAttempt(f.clientCpu)})`
	);
	line('duration', `${f.seconds.toFixed(1)} s`);
	line('completed attempts', `${f.completed} of ${participants}`);
	line('throughput', `${(f.submittedAt.length / f.seconds).toFixed(1)} attempts/s · ${(saves / f.seconds).toFixed(1)} saves/s`);
	line('round page', distribution(f.latencies.page));
	line('start', distribution(f.latencies.start));
	line('attempt page (data)', distribution(f.latencies.attemptPage));
	line('save', distribution(f.latencies.save));
	line('submit', distribution(f.latencies.submit));
	line('leaderboard lag', distribution(f.lags, [50, 95]));
	const incomplete = f.boardsIncomplete ? ` (${f.boardsIncomplete} watchers never saw all ${f.submitted})` : '';
	line(
		'updates per watcher',
		`${f.updatesPerWatcher[0] ?? 0}–${f.updatesPerWatcher.at(-1) ?? 0} for ${f.submittedAt.length} submissions${incomplete}`
	);
	line('errors', Object.keys(f.errors).length === 0 ? 'none' : '');
	for (const [kind, count] of Object.entries(f.errors).sort((a, b) => b[1] - a[1]))
		console.log(`    ${String(count).padStart(6)}  ${kind}`);
	line('server CPU', `${f.serverCpu.toFixed(1)} s (${ofOneCore(f.serverCpu)}; ${perAttempt(f.serverCpu)}; all processes)`);
	line('server memory', `RSS ${f.memory.rss.toFixed(0)} MiB at the end, peak ${f.memory.peak.toFixed(0)} MiB`);
	line(
		'PostgreSQL CPU',
		f.databaseCpu === null
			? 'not measured (the database server is not on this machine)'
			: `${f.databaseCpu.toFixed(1)} s over ${f.databaseBackends} backends (${ofOneCore(f.databaseCpu)}; ${perAttempt(f.databaseCpu)})`
	);
	line('answers', `${saves} acknowledged saves of ${f.check.answersAcknowledged} answers; ${f.check.answersInDatabase} in the database`);
	line('lost answers', `${f.check.missing + f.check.different} (${f.check.missing} missing, ${f.check.different} with another value)`);
	line(
		'lost submissions',
		`${f.check.submissionsMissing} (${f.submittedAt.length} acknowledged, ${f.check.submittedInDatabase} submitted in the database)`
	);
	line('server log', f.logPath);
}

async function main() {
	const builtAt = ensureBuild();
	console.log(
		`Build from ${builtAt.toISOString()}; PostgreSQL database ${new URL(databaseUrl).pathname.slice(1)} on ${new URL(databaseUrl).host}.`
	);
	await recreateDatabase(serverUrl, BENCH_DATABASE);
	const server = await startServer(databaseUrl, { profileDir: flags.profile, processes });
	const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
	/** @type {import('./online/watchers.js').Watcher[]} */
	let watchers = [];
	/** @type {number} */
	let lost;
	try {
		const fixture = await createFixture(sql, {
			participants,
			watchers: watcherCount,
			questions: QUESTIONS,
			timeLimitSeconds: TIME_LIMIT_SECONDS
		});
		watchers = await watchAll(server.base, fixture.watcherTokens, fixture.roundId);
		console.log(
			`Set up: round ${fixture.roundId} (${QUESTIONS} questions, ${TIME_LIMIT_SECONDS / 60} min), ${participants} participants over ${fixture.unitCount} units, ${watchers.length} watchers.`
		);

		const loadBefore = loadavg()[0];
		const serverCpuBefore = treeCpuSeconds(server.pid);
		const backendsBefore = await backendCpu(sql);
		const clientCpuBefore = process.cpuUsage();
		const began = performance.now();
		const results = await runClients({ base: server.base, roundId: fixture.roundId, tokens: fixture.participantTokens });
		const seconds = (performance.now() - began) / 1000;
		const clientCpu = process.cpuUsage(clientCpuBefore);
		const serverCpu = treeCpuSeconds(server.pid) - serverCpuBefore;
		const backendsAfter = await backendCpu(sql);
		const run = merge(results);

		const [{ submitted }] =
			await sql`select count(*)::int as submitted from attempt where round_id = ${fixture.roundId} and submitted_at is not null`;
		const boardsComplete = await Promise.all(watchers.map((w) => w.waitFor(submitted, FINAL_BOARD_TIMEOUT_MS)));
		const check = await countLost(sql, fixture.roundId, run.acks, run.submittedAt.length);
		lost = check.missing + check.different + check.submissionsMissing;
		printReport({
			...run,
			results,
			seconds,
			loadBefore,
			clientCpu: (clientCpu.user + clientCpu.system) / 1e6,
			serverCpu,
			databaseCpu: backendCpuBetween(backendsBefore, backendsAfter),
			databaseBackends: backendsAfter.size,
			memory: treeMemoryMiB(server.pid),
			lags: watchers.flatMap((w) => lags(run.submittedAt, w.updates)),
			updatesPerWatcher: watchers.map((w) => w.updates.length).sort((a, b) => a - b),
			boardsIncomplete: boardsComplete.filter((ok) => !ok).length,
			submitted,
			check,
			logPath: server.logPath
		});
	} finally {
		for (const w of watchers) w.close();
		await sql.end();
		const stopped = await server.stop();
		await dropDatabase(serverUrl, BENCH_DATABASE);
		console.log(`Server stopped (${stopped}); database dropped.`);
	}
	if (lost > 0) {
		console.error(`\n${lost} acknowledged answers or submissions are not in the database.`);
		process.exitCode = 1;
	}
}

await main();
