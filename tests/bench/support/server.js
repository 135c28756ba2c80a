// The system under test for the benchmarks (`npm run bench:online`, `npm run bench:live`): a fresh
// PostgreSQL database and the real built server (`node src/server.js`) on a free port, plus what the
// kernel says about that process and the database's backends.
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import postgres from 'postgres';
import { createClient } from 'redis';

const SERVER_START_TIMEOUT_MS = 120_000;
const SERVER_STOP_TIMEOUT_MS = 30_000;
/** Whoever builds into build/ (the browser tests, the benchmarks) holds this lock while doing it. */
const BUILD_LOCK = '/tmp/hoithi-e2e.lock';

/**
 * The server's database URL: DATABASE_URL's server (default the local one) with the bench's database.
 * @param {string} serverUrl
 * @param {string} database
 */
export function benchDatabaseUrl(serverUrl, database) {
	const url = new URL(serverUrl);
	url.pathname = `/${database}`;
	return url.toString();
}

/** @param {string} serverUrl */
async function withAdmin(serverUrl, /** @type {(sql: postgres.Sql) => Promise<unknown>} */ work) {
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	try {
		await work(admin);
	} finally {
		await admin.end();
	}
}

/**
 * @param {string} serverUrl
 * @param {string} database
 */
export function recreateDatabase(serverUrl, database) {
	return withAdmin(serverUrl, async (sql) => {
		await sql.unsafe(`drop database if exists "${database}" with (force)`);
		await sql.unsafe(`create database "${database}"`);
	});
}

/**
 * @param {string} serverUrl
 * @param {string} database
 */
export function dropDatabase(serverUrl, database) {
	return withAdmin(serverUrl, (sql) => sql.unsafe(`drop database if exists "${database}" with (force)`));
}

/**
 * Builds the app with `vite build` (under the build lock) when asked to or when no build exists;
 * returns when the build was made.
 * @param {{ rebuild?: boolean, root?: string }} options
 */
export function ensureBuild({ rebuild = false, root = process.cwd() } = {}) {
	const handler = join(root, 'build', 'handler.js');
	if (rebuild || !existsSync(handler)) {
		console.log(rebuild ? 'Building (`vite build`)…' : 'No build found: running `vite build` first…');
		execFileSync('flock', [BUILD_LOCK, join(root, 'node_modules', '.bin', 'vite'), 'build'], { cwd: root, stdio: 'inherit' });
	}
	return statSync(handler).mtime;
}

/**
 * A private copy of the build and the entry point, taken under the build lock: others rebuild build/
 * while a long run is under way, and a server must not load half of one build and half of another.
 * Its `node_modules` is a link to the project's, so packages resolve as they do from the project.
 * @param {string} root
 */
function snapshotBuild(root) {
	const dir = mkdtempSync(join(tmpdir(), 'hoithi-bench-'));
	mkdirSync(join(dir, 'src/lib/server/realtime'), { recursive: true });
	const copy =
		'cp -r "$0/build" "$1/build" && cp "$0/src/server.js" "$1/src/" && cp "$0/src/lib/server/realtime/io-server.js" "$1/src/lib/server/realtime/"';
	execFileSync('flock', [BUILD_LOCK, 'sh', '-c', copy, root, dir]);
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}

/** @param {string} url */
async function clearRedis(url) {
	const redis = await createClient({ url }).connect();
	for await (const keys of redis.scanIterator({ MATCH: 'hoithi:*', COUNT: 500 })) if (keys.length) await redis.del(keys);
	await redis.del('socket.io');
	redis.destroy();
}

async function freePort() {
	const probe = createServer();
	probe.listen(0, '127.0.0.1');
	await once(probe, 'listening');
	const address = probe.address();
	probe.close();
	if (!address || typeof address === 'string') throw new Error('no free port');
	return address.port;
}

/**
 * Starts `node src/server.js` from a snapshot of the build on the bench database with the demo seed;
 * resolves once /healthz answers. The working directory stays the project (migrations are read there).
 * With `processes` above 1 it runs in scale-out mode: that many workers (WEB_CONCURRENCY) sharing
 * REDIS_URL (default the local Redis), whose hoithi keys and Socket.IO stream are cleared first.
 * @param {string} databaseUrl
 * @param {{ profileDir?: string, root?: string, processes?: number }} options profileDir: where the server writes a V8 CPU profile when it exits
 */
export async function startServer(databaseUrl, { profileDir, root = process.cwd(), processes = 1 } = {}) {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const logPath = join(tmpdir(), `hoithi-bench-server-${process.pid}.log`);
	const log = createWriteStream(logPath);
	const snapshot = snapshotBuild(root);
	/** @type {NodeJS.ProcessEnv} */
	// Debug lines carry the server's own figures (a live game's phases), which the reports read.
	const env = { ...process.env, DATABASE_URL: databaseUrl, HOITHI_DEMO: '1', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'debug' };
	// The bench talks to the server directly over http: no proxy settings may apply.
	for (const name of ['ORIGIN', 'PROTOCOL_HEADER', 'HOST_HEADER', 'ADDRESS_HEADER', 'XFF_DEPTH']) delete env[name];
	delete env.REDIS_URL;
	delete env.WEB_CONCURRENCY;
	if (processes > 1) {
		env.WEB_CONCURRENCY = String(processes);
		env.REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
		await clearRedis(env.REDIS_URL);
	}
	const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
	const child = spawn(process.execPath, [...profile, join(snapshot, 'src/server.js')], {
		cwd: root,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout.pipe(log);
	child.stderr.pipe(log);
	const exited = once(child, 'exit');
	const cleanUp = () => rmSync(snapshot, { recursive: true, force: true });

	const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
	for (;;) {
		if (child.exitCode !== null) {
			cleanUp();
			throw new Error(`the server exited during start-up; see ${logPath}`);
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			cleanUp();
			throw new Error(`the server did not answer /healthz in time; see ${logPath}`);
		}
		const ok = await fetch(`${base}/healthz`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) break;
		await new Promise((resolve) => setTimeout(resolve, 250)); // polling a process we just spawned
	}

	return {
		base,
		pid: /** @type {number} */ (child.pid),
		logPath,
		/** SIGTERM, then the server's own graceful shutdown; SIGKILL if it hangs. */
		async stop() {
			if (child.exitCode === null) {
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_TIMEOUT_MS);
				await exited;
				clearTimeout(timer);
			}
			log.end();
			cleanUp();
			return child.signalCode ?? child.exitCode;
		}
	};
}

let ticksPerSecond = 0;
function clockTicks() {
	if (!ticksPerSecond) {
		try {
			ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;
		} catch {
			ticksPerSecond = 100;
		}
	}
	return ticksPerSecond;
}

/** @param {number} pid */
function statFields(pid) {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	// The command name (field 2) may contain spaces: count fields after its closing parenthesis.
	return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * User + system CPU seconds a process has used, from /proc/<pid>/stat (fields 14 and 15).
 * @param {number} pid
 */
export function cpuSeconds(pid) {
	const fields = statFields(pid);
	return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

/** @param {number} pid */
function childrenOf(pid) {
	try {
		return execFileSync('pgrep', ['-P', String(pid)])
			.toString()
			.split('\n')
			.filter(Boolean)
			.map(Number);
	} catch {
		return []; // pgrep exits 1 when there are none
	}
}

/**
 * CPU seconds of a server and its worker processes (WEB_CONCURRENCY): its own, its ended workers'
 * (fields 16 and 17) and its running workers'.
 * @param {number} pid
 */
export function treeCpuSeconds(pid) {
	const fields = statFields(pid);
	const ended = (Number(fields[13]) + Number(fields[14])) / clockTicks();
	return cpuSeconds(pid) + ended + childrenOf(pid).reduce((sum, child) => sum + cpuSeconds(child), 0);
}

/**
 * Resident memory now and at its peak, in MiB, from /proc/<pid>/status.
 * @param {number} pid
 */
export function memoryMiB(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kib = (/** @type {string} */ field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
	return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/**
 * The memory of a server and its running workers, added up.
 * @param {number} pid
 */
export function treeMemoryMiB(pid) {
	return [pid, ...childrenOf(pid)].map(memoryMiB).reduce((a, b) => ({ rss: a.rss + b.rss, peak: a.peak + b.peak }));
}

/**
 * CPU seconds used so far by the PostgreSQL backends serving the bench database (other than `sql`'s
 * own), by pid; empty when the server is not on this machine.
 * @param {import('postgres').Sql} sql
 */
export async function backendCpu(sql) {
	const rows = await sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
	/** @type {Map<number, number>} */
	const byPid = new Map();
	for (const { pid } of rows) {
		try {
			byPid.set(pid, cpuSeconds(pid));
		} catch {
			// not a local process, or already gone
		}
	}
	return byPid;
}

/**
 * CPU seconds the backends used between two `backendCpu` readings; null when none was readable.
 * @param {Map<number, number>} before
 * @param {Map<number, number>} after
 */
export function backendCpuBetween(before, after) {
	if (after.size === 0) return null;
	let total = 0;
	for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
	return total;
}
