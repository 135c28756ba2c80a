// `npm run bench:live -- --players N`: N guest players on their own Socket.IO connections, spread over
// separate client processes, join one live game by PIN on the real built server and PostgreSQL and
// answer its questions while an organizer's host console runs the show. Prints join time, question
// broadcast latency, answer acknowledgement, lock → leaderboard, the messages each player receives per
// question, server CPU and memory per player, lost answers and questions closed early by a departure
// (both must be 0: the run exits 1 otherwise).
// A benchmark, not a test. Flags:
//   --players 2000     how many players join
//   --procs 4          client processes the players are spread over
//   --questions 10     questions in the game's one knowledge segment (speed points)
//   --seconds 20       each question's time limit
//   --think 500-5000   ms a player takes before answering
//   --join-within 0    ms over which the players arrive (0: all at once)
//   --board-ms 1000    ms the MC leaves the leaderboard up before the next question
//   --drop-rate 0      share of the players (0–1) who, during each question, lose the network for 2–8 s
//                      (the connection dies abruptly), come back, resume and answer
//   --build            run `vite build` first (otherwise only when there is no build)
//   --processes 1      server processes (above 1: scale-out mode, WEB_CONCURRENCY workers sharing the local
//                      Redis or REDIS_URL; the players' connections spread over them, the game lives on one)
//   --profile DIR      the server writes a V8 CPU profile there when it stops (one process only)
//   --raw FILE         every measurement as JSON, for a closer look
// DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/); its database
// hoithi_bench_live is dropped and recreated, and dropped again at the end.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { createLiveFixture } from './live/fixture.js';
import { connectHost } from './live/host.js';
import { fixed, printReport, sumOf } from './live/report.js';
import { BACK_THINK_MS, closedEarlyByDeparture, OUTAGE_MS } from './live/drops.js';
import { countLostAnswers } from './live/verify.js';
import { flagReader } from './support/flags.js';
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

const BENCH_DATABASE = 'hoithi_bench_live';
const POINTS = 1000;

const { values: flags } = parseArgs({
	options: {
		players: { type: 'string', default: '2000' },
		procs: { type: 'string', default: '4' },
		questions: { type: 'string', default: '10' },
		seconds: { type: 'string', default: '20' },
		think: { type: 'string', default: '500-5000' },
		'join-within': { type: 'string', default: '0' },
		'board-ms': { type: 'string', default: '1000' },
		'drop-rate': { type: 'string', default: '0' },
		build: { type: 'boolean', default: false },
		processes: { type: 'string', default: '1' },
		profile: { type: 'string' },
		raw: { type: 'string' }
	}
});
const { usage, wholeNumber, range } = flagReader('npm run bench:live');
const playerCount = wholeNumber('players', flags.players, 1);
const processes = wholeNumber('processes', flags.processes, 1);
if (processes > 1 && flags.profile) usage('--profile profiles one process: leave out --processes');
const procs = Math.min(playerCount, wholeNumber('procs', flags.procs, 1));
const questions = wholeNumber('questions', flags.questions, 1);
const seconds = wholeNumber('seconds', flags.seconds, 5);
if (seconds > 120) usage(`--seconds must be at most 120 (the longest a live question may run), got ${seconds}`);
const thinkMs = range('think', flags.think);
if (thinkMs[1] >= seconds * 1000) usage(`--think must end before the question's ${seconds} s are up, got ${flags.think}`);
const joinWithinMs = wholeNumber('join-within', flags['join-within']);
const boardMs = wholeNumber('board-ms', flags['board-ms']);
const dropRate = Number(flags['drop-rate']);
if (!(dropRate >= 0 && dropRate <= 1)) usage(`--drop-rate must be a share between 0 and 1, got ${flags['drop-rate']}`);
// A dropped player may go at any moment of the think time, stay away the longest outage, then answer.
const droppedAnswerMs = thinkMs[1] + OUTAGE_MS[1] + BACK_THINK_MS[1];
if (dropRate > 0 && droppedAnswerMs + 2000 > seconds * 1000)
	usage(
		`--drop-rate needs questions of at least ${Math.ceil((droppedAnswerMs + 2000) / 1000)} s with --think ${flags.think}, got --seconds ${seconds}`
	);

/** Players 0…N−1 in `procs` runs as even as can be. */
const shares = Array.from({ length: procs }, (_, c) => {
	const first = Math.floor((c * playerCount) / procs);
	return { first, count: Math.floor(((c + 1) * playerCount) / procs) - first };
});

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const databaseUrl = benchDatabaseUrl(serverUrl, BENCH_DATABASE);

/**
 * @typedef {import('./live/report.js').ClientResult} ClientResult
 * @typedef {import('./live/report.js').Clock} Clock
 */

/** A client process and the messages it sends back, one awaited at a time. */
function startClient(/** @type {{ base: string, pin: string, first: number, count: number }} */ share) {
	const child = fork(new URL('./live/players.js', import.meta.url), [], { serialization: 'advanced' });
	const exited = once(child, 'exit').then(([code]) => {
		throw new Error(`a client process exited (${code}) before it reported`);
	});
	exited.catch(() => {});
	child.send({ type: 'start', job: { ...share, thinkMs, joinWithinMs, dropRate } });
	return {
		child,
		/** @param {string} type */
		next: (type) =>
			Promise.race([
				new Promise((resolve) => {
					const listener = (/** @type {{ type: string }} */ message) => {
						if (message.type !== type) return;
						child.off('message', listener);
						resolve(message);
					};
					child.on('message', listener);
				}),
				exited
			]),
		/** @param {string} type */
		send: (type) => child.send({ type })
	};
}

async function main() {
	const builtAt = ensureBuild({ rebuild: flags.build });
	console.log(`Build from ${builtAt.toISOString()}; PostgreSQL database ${BENCH_DATABASE} on ${new URL(databaseUrl).host}.`);
	await recreateDatabase(serverUrl, BENCH_DATABASE);
	const server = await startServer(databaseUrl, { profileDir: flags.profile, processes });
	const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
	/** @type {ReturnType<typeof startClient>[]} */
	let clients = [];
	/** @type {Awaited<ReturnType<typeof connectHost>> | null} */
	let host = null;
	/** @type {boolean} */
	let failed;
	try {
		const fixture = await createLiveFixture(sql, { questions, timeLimitSec: seconds, points: POINTS });
		console.log(
			`Set up: game ${fixture.gameId} (PIN ${fixture.pin}), ${questions} questions of ${seconds} s, speed points; ${playerCount} players in ${procs} client processes.`
		);
		host = await connectHost(server.base, fixture.hostToken, fixture.gameId);

		clients = shares.map(({ first, count }) => startClient({ base: server.base, pin: fixture.pin, first, count }));
		const ready = /** @type {Clock[]} */ (await Promise.all(clients.map((c) => c.next('ready'))));

		const loadBefore = loadavg();
		const memoryBefore = treeMemoryMiB(server.pid);
		const cpuBefore = treeCpuSeconds(server.pid);
		const backendsBefore = await backendCpu(sql);
		const joinStarted = host.serverNow();
		for (const c of clients) c.send('join');
		const joined = /** @type {{ joined: number }[]} */ (await Promise.all(clients.map((c) => c.next('joined'))));
		const joinsDone = host.serverNow();
		const players = sumOf(joined.map((j) => j.joined));
		const memoryJoined = treeMemoryMiB(server.pid);
		const cpuJoined = treeCpuSeconds(server.pid);
		console.log(`${players} of ${playerCount} players joined in ${fixed((joinsDone - joinStarted) / 1000)} s; playing…`);

		const game = await host.play({ questions, players, boardMs });
		const cpuPlayed = treeCpuSeconds(server.pid);
		const memoryPlayed = treeMemoryMiB(server.pid);
		const backendsAfter = await backendCpu(sql);
		for (const c of clients) c.send('finish');
		const results = /** @type {ClientResult[]} */ (await Promise.all(clients.map((c) => c.next('results'))));
		const loadAfter = loadavg();
		const acks = results.flatMap((r) => r.acks);
		const check = await countLostAnswers(sql, fixture.gameId, fixture.versionIds, acks);
		const closedEarly = closedEarlyByDeparture(game.timings, results);
		failed = check.lost > 0 || closedEarly > 0;
		if (flags.raw) writeFileSync(flags.raw, JSON.stringify({ game, host: host.received, results }));

		printReport({
			setup: {
				players: playerCount,
				procs,
				shares: shares.map((c) => c.count),
				questions,
				seconds,
				thinkMs,
				joinWithinMs,
				dropRate,
				processes
			},
			players,
			load: { before: loadBefore, after: loadAfter },
			clocks: { clients: ready, host: host.clock },
			joinSeconds: (joinsDone - joinStarted) / 1000,
			game,
			hostReceived: host.received,
			results,
			check,
			closedEarly,
			server: {
				joinCpu: cpuJoined - cpuBefore,
				gameCpu: cpuPlayed - cpuJoined,
				memory: { before: memoryBefore, joined: memoryJoined, played: memoryPlayed },
				databaseCpu: backendCpuBetween(backendsBefore, backendsAfter),
				databaseBackends: backendsAfter.size,
				logPath: server.logPath
			}
		});
	} finally {
		host?.close();
		for (const c of clients) if (c.child.exitCode === null) c.child.kill();
		await sql.end();
		const stopped = await server.stop();
		await dropDatabase(serverUrl, BENCH_DATABASE);
		console.log(`Server stopped (${stopped}); database dropped.`);
	}
	if (failed) {
		console.error('\nAcknowledged answers are missing from the database, or a question locked on a dropped player.');
		process.exitCode = 1;
	}
}

await main();
