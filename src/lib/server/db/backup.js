// Backups of either engine, in plain JS: `npm run backup` / `npm run restore` (src/backup.js, src/restore.js), the running
// server (a PGlite directory belongs to one process, so the server dumps it when asked) and the specs use it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import postgres from 'postgres';

/**
 * "hoithi-2026-12-08T0130.dump": sorts by date, says which engine wrote it.
 * @param {'postgres' | 'pglite'} engine
 */
export function backupFileName(engine, now = new Date()) {
	const stamp = now.toISOString().slice(0, 16).replace(':', '');
	return `hoithi-${stamp}.${engine === 'postgres' ? 'dump' : 'tar.gz'}`;
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
	return new Promise((done, failed) => {
		const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', failed);
		child.on('exit', (code) => (code === 0 ? done(undefined) : failed(new Error(`${command} failed (${code}): ${stderr.trim()}`))));
	});
}

/**
 * Written beside, then renamed: a backup file that exists is a whole one.
 * @param {string} file @param {Uint8Array} bytes
 */
function writeWhole(file, bytes) {
	mkdirSync(dirname(resolve(file)), { recursive: true });
	writeFileSync(`${file}.partial`, bytes);
	renameSync(`${file}.partial`, file);
}

/**
 * pg_dump's custom format: one consistent snapshot taken while the server keeps writing.
 * @param {string} url @param {string} file
 */
export async function dumpPostgres(url, file) {
	mkdirSync(dirname(resolve(file)), { recursive: true });
	await run('pg_dump', ['--format=custom', '--no-owner', '--file', `${file}.partial`, '--dbname', url]);
	renameSync(`${file}.partial`, file);
}

/**
 * Loads a dump into `url`, which must be an empty database (`createdb` it first).
 * @param {string} file @param {string} url
 */
export async function restorePostgres(file, url) {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		const [{ count }] =
			await sql`select count(*)::int as count from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`;
		if (count > 0) throw new Error(`the database already has ${count} tables: restore into an empty one (createdb)`);
	} finally {
		await sql.end();
	}
	await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', url, file]);
}

/**
 * PGlite's own dump of its data directory (a gzipped tarball), from an open database.
 * @param {{ dumpDataDir(compression?: 'gzip'): Promise<Blob> }} client @param {string} file
 */
export async function dumpPglite(client, file) {
	const blob = await client.dumpDataDir('gzip');
	writeWhole(file, new Uint8Array(await blob.arrayBuffer()));
}

/**
 * Makes `dataDir` (which must be missing or empty) the database of the dump `file`.
 * @param {string} file @param {string} dataDir
 */
export async function restorePglite(file, dataDir) {
	if (existsSync(dataDir) && readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty: move it away first`);
	mkdirSync(dataDir, { recursive: true });
	const client = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]), extensions: { unaccent, pg_trgm } });
	await client.query('select 1');
	await client.close();
}

/**
 * Where a running server on PGlite says it runs, and where it is asked for a dump: beside the data
 * directory, not in it, so that a dump never carries them.
 */
export const serverPidFile = (/** @type {string} */ dataDir) => join(dirname(dataDir), 'server.pid');
const requestFile = (/** @type {string} */ dataDir) => join(dirname(dataDir), 'backup-request.json');

/**
 * The server's side: on SIGUSR2 it dumps its PGlite database to the file `npm run backup` asked for.
 * @param {string} dataDir @param {{ dumpDataDir(compression?: 'gzip'): Promise<Blob> }} client
 * @param {(error: unknown) => void} onError
 */
export function answerBackupRequests(dataDir, client, onError) {
	writeFileSync(serverPidFile(dataDir), String(process.pid));
	process.on('SIGUSR2', () => {
		let file;
		try {
			file = JSON.parse(readFileSync(requestFile(dataDir), 'utf8')).file;
			rmSync(requestFile(dataDir));
		} catch (error) {
			return onError(error);
		}
		dumpPglite(client, file).catch(onError);
	});
	return () => rmSync(serverPidFile(dataDir), { force: true });
}

/**
 * The pid of a server running on `dataDir`, or null.
 * @param {string} dataDir
 */
export function runningServer(dataDir) {
	try {
		const pid = Number(readFileSync(serverPidFile(dataDir), 'utf8'));
		process.kill(pid, 0);
		// A pid file left by a killed server may name another program now: SIGUSR2 would end it.
		const command = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : 'node';
		if (!command.includes('node')) return null;
		return pid;
	} catch {
		return null;
	}
}

/**
 * Asks the server running on `dataDir` for a dump into `file` and waits for it.
 * @param {string} dataDir @param {number} pid @param {string} file
 */
export async function requestPgliteDump(dataDir, pid, file, timeoutMs = 300_000) {
	writeFileSync(requestFile(dataDir), JSON.stringify({ file: resolve(file) }));
	process.kill(pid, 'SIGUSR2');
	const deadline = Date.now() + timeoutMs;
	while (!existsSync(file)) {
		if (Date.now() > deadline) throw new Error(`the server (pid ${pid}) wrote no backup in ${timeoutMs / 1000} s`);
		await new Promise((next) => setTimeout(next, 200)); // the server writes it when its queries allow
	}
}
