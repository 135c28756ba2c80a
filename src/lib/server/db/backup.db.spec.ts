import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { rightChoices } from '$lib/server/contests/test-answers';
import { openRoundsFor } from '$lib/server/contests/contests';
import { saveAnswer, startAttempt, submitAttempt } from '$lib/server/contests/attempt-commands';
import { dumpPglite, dumpPostgres, restorePglite, restorePostgres } from './backup.js';
import { audit } from '$lib/server/audit';
import { openPglite, openPostgres, type Database, type Db } from './client';
import { DEMO_ACCOUNTS } from './demo-units';
import { unit, user } from './schema';
import { seedDemo } from './seed';
import { databaseUrl, TEMPLATE_DATABASE } from './test-db';

const folder = mkdtempSync(join(tmpdir(), 'hoithi-backup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A round's results: the demo participant takes the demo round and submits it, all right. */
async function takeDemoRound(db: Db): Promise<void> {
	const phone = DEMO_ACCOUNTS.find((a) => a.role === 'participant')!.phone;
	const [person] = await db
		.select({ id: user.id, path: unit.path })
		.from(user)
		.innerJoin(unit, eq(unit.id, user.unitId))
		.where(eq(user.phone, phone));
	const [round] = await openRoundsFor(db, person.path);
	const attemptId = await startAttempt(db, round.roundId, person.id);
	for (const { position, choice } of await rightChoices(db, attemptId)) await saveAnswer(db, attemptId, person.id, position, { choice });
	await submitAttempt(db, attemptId, person.id, 3);
}

/** `execute`'s rows: postgres.js gives an array, PGlite an object holding them. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/** Every row of every table (the migrations' bookkeeping included), in a stable order. */
async function everything(db: Db): Promise<Record<string, unknown[]>> {
	const tables = rowsOf<{ schema: string; name: string }>(
		await db.execute(
			sql`select schemaname as schema, tablename as name from pg_tables where schemaname in ('public', 'drizzle') order by 1, 2`
		)
	);
	const contents: Record<string, unknown[]> = {};
	for (const { schema, name } of tables) {
		const rows = rowsOf<{ row: string }>(
			await db.execute(sql.raw(`select to_jsonb(t)::text as row from "${schema}"."${name}" t order by 1`))
		);
		contents[`${schema}.${name}`] = rows.map((r) => r.row);
	}
	return contents;
}

/** The engine under test, as every `*.db.spec.ts`: PostgreSQL where DATABASE_URL names a server. */
const serverUrl = process.env.DATABASE_URL;

describe(`a backup on ${serverUrl ? 'PostgreSQL' : 'PGlite'}`, () => {
	it('is taken while the database is open, wiped, restored, and holds the same rows: the round’s results and the audit trail among them', async () => {
		if (serverUrl) await roundTripPostgres(serverUrl);
		else await roundTripPglite();
	}, 240_000); // PGlite on disk migrates and seeds from nothing
});

async function roundTripPglite(): Promise<void> {
	const dataDir = join(folder, 'pglite');
	const original = await openPglite(dataDir);
	await original.migrate();
	const before = await filled(original);
	const file = join(folder, 'pglite.tar.gz');
	await dumpPglite(original.pglite!.client, file);
	await original.close();

	rmSync(dataDir, { recursive: true });
	await restorePglite(file, dataDir);
	const restored = await openPglite(dataDir);
	expect(await everything(restored.db)).toEqual(before);
	await restored.close();
	await expect(restorePglite(file, dataDir)).rejects.toThrow(/not empty/);
}

async function roundTripPostgres(url: string): Promise<void> {
	const suffix = randomBytes(6).toString('hex');
	const [source, target] = [`hoithi_b_${suffix}`, `hoithi_r_${suffix}`];
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${source}" template "${TEMPLATE_DATABASE}"`);
	await admin.unsafe(`create database "${target}" template template0`);
	try {
		const original = openPostgres(databaseUrl(url, source), 2);
		const before = await filled(original);
		const file = join(folder, 'postgres.dump');
		await dumpPostgres(databaseUrl(url, source), file);
		await original.close();
		await restorePostgres(file, databaseUrl(url, target));
		const restored = openPostgres(databaseUrl(url, target), 2);
		expect(await everything(restored.db)).toEqual(before);
		await restored.close();
		await expect(restorePostgres(file, databaseUrl(url, target))).rejects.toThrow(/already has/);
	} finally {
		for (const name of [source, target]) await admin.unsafe(`drop database if exists "${name}" with (force)`);
		await admin.end();
	}
}

/** The demo, a round taken and an audit row: what a backup must bring back. */
async function filled(database: Database): Promise<Record<string, unknown[]>> {
	await seedDemo(database.db);
	await takeDemoRound(database.db);
	await audit.record(
		database.db,
		{ user: null, address: '10.0.0.1' },
		{ kind: 'auth.loginFailed', object: { type: 'login', id: '0900000009' } }
	);
	const rows = await everything(database.db);
	expect(rows['public.attempt']).toHaveLength(1);
	expect(rows['public.answer'].length).toBeGreaterThan(0);
	expect(rows['public.audit_event']).toHaveLength(1);
	return rows;
}
