// Starts the real production server on a fresh database for the browser tests: a new PGlite data
// directory, or (DATABASE_URL set) a new database on that PostgreSQL server. The demo seed fills it.
// With REDIS_URL too, the server runs in scale-out mode (one process, its sockets through Redis).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { createClient } from 'redis';

const url = process.env.DATABASE_URL;
if (url) {
	// E2E_DATABASE: two runs on one PostgreSQL server (two worktrees) keep apart; tests/support/cluster.ts reads it too.
	const name = process.env.E2E_DATABASE ?? 'hoithi_e2e';
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists "${name}" with (force)`);
	await admin.unsafe(`create database "${name}"`);
	await admin.end();
	const e2eUrl = new URL(url);
	e2eUrl.pathname = `/${name}`;
	process.env.DATABASE_URL = e2eUrl.toString();
} else {
	process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'hoithi-e2e-'));
}
// With Redis (CI), the limits and once-per-cluster claims of an earlier run must not leak into this one.
if (process.env.REDIS_URL) {
	const redis = await createClient({ url: process.env.REDIS_URL }).connect();
	for await (const keys of redis.scanIterator({ MATCH: 'hoithi:*', COUNT: 500 })) if (keys.length) await redis.del(keys);
	redis.destroy();
}
await import('../../src/server.js');
