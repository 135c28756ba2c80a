// The system under test for `npm run bench:online`: a fresh PostgreSQL database and the real built
// server (`node src/server.js`) on a free port, plus what the kernel says about that process.
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import postgres from 'postgres';

const BENCH_DATABASE = 'hoithi_bench';
const SERVER_START_TIMEOUT_MS = 120_000;
const SERVER_STOP_TIMEOUT_MS = 30_000;

/**
 * The server's database URL: DATABASE_URL's server (default the local one) with the bench database.
 * @param {string} serverUrl
 */
export function benchDatabaseUrl(serverUrl) {
	const url = new URL(serverUrl);
	url.pathname = `/${BENCH_DATABASE}`;
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

/** @param {string} serverUrl */
export function recreateDatabase(serverUrl) {
	return withAdmin(serverUrl, async (sql) => {
		await sql.unsafe(`drop database if exists "${BENCH_DATABASE}" with (force)`);
		await sql.unsafe(`create database "${BENCH_DATABASE}"`);
	});
}

/** @param {string} serverUrl */
export function dropDatabase(serverUrl) {
	return withAdmin(serverUrl, (sql) => sql.unsafe(`drop database if exists "${BENCH_DATABASE}" with (force)`));
}

/** Builds the app with `vite build` unless a build is there already; returns when the build was made. */
export function ensureBuild(root = process.cwd()) {
	const handler = join(root, 'build', 'handler.js');
	if (!existsSync(handler)) {
		console.log('No build found: running `vite build` first…');
		execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build'], { cwd: root, stdio: 'inherit' });
	}
	return statSync(handler).mtime;
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
 * Starts `node src/server.js` on the bench database with the demo seed; resolves once /healthz answers.
 * @param {string} databaseUrl
 * @param {string | undefined} profileDir where the server writes a V8 CPU profile when it exits
 */
export async function startServer(databaseUrl, profileDir) {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const logPath = join(tmpdir(), `hoithi-bench-server-${process.pid}.log`);
	const log = createWriteStream(logPath);
	/** @type {NodeJS.ProcessEnv} */
	const env = { ...process.env, DATABASE_URL: databaseUrl, HOITHI_DEMO: '1', PORT: String(port), HOST: '127.0.0.1' };
	// The bench talks to the server directly over http: no proxy settings may apply.
	for (const name of ['ORIGIN', 'PROTOCOL_HEADER', 'HOST_HEADER', 'ADDRESS_HEADER', 'XFF_DEPTH']) delete env[name];
	const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
	const child = spawn(process.execPath, [...profile, 'src/server.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout.pipe(log);
	child.stderr.pipe(log);
	const exited = once(child, 'exit');

	const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the server exited during start-up; see ${logPath}`);
		if (Date.now() > deadline) throw new Error(`the server did not answer /healthz in time; see ${logPath}`);
		const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
		if (ok) break;
		await new Promise((resolve) => setTimeout(resolve, 250)); // polling a process we just spawned
	}

	return {
		base,
		pid: /** @type {number} */ (child.pid),
		logPath,
		/** SIGTERM, then the server's own graceful shutdown; SIGKILL if it hangs. */
		async stop() {
			if (child.exitCode !== null) return child.exitCode;
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_TIMEOUT_MS);
			const [code, signal] = await exited;
			clearTimeout(timer);
			log.end();
			return signal ?? code;
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

/**
 * User + system CPU seconds a process has used, from /proc/<pid>/stat (fields 14 and 15).
 * @param {number} pid
 */
export function cpuSeconds(pid) {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	// The command name (field 2) may contain spaces: count fields after its closing parenthesis.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) / clockTicks();
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
