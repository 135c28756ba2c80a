import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';

/** The one database type every service takes: PGlite and postgres.js both fit it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
	db: Db;
	engine: 'pglite' | 'postgres';
	migrate(): Promise<void>;
	/** Runs `work` while no other process of the deployment runs its own (start-up: migrate and seed). */
	exclusively<T>(work: () => Promise<T>): Promise<T>;
	close(): Promise<void>;
	/** PGlite only: its data directory and the client that can dump it (`npm run backup` asks the server). */
	pglite?: { dataDir: string; client: PGlite };
}

/** The advisory lock processes starting on one PostgreSQL take in turn (drizzle's migrator takes none). */
const STARTUP_LOCK = 7_041_985;

/** Resolved from the working directory: inside the build, import.meta.url points into chunks. */
export function migrationsFolder(): string {
	return resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');
}

export function openPostgres(url: string, max = 10): Database {
	const client = postgres(url, { max, onnotice: () => {} });
	const db = drizzlePostgres(client, { schema });
	return {
		db,
		engine: 'postgres',
		migrate: () => migratePostgres(db, { migrationsFolder: migrationsFolder() }),
		async exclusively(work) {
			// A session lock, so it lives on one reserved connection while `work` uses the pool.
			const session = await client.reserve();
			try {
				await session`select pg_advisory_lock(${STARTUP_LOCK})`;
				return await work();
			} finally {
				await session`select pg_advisory_unlock(${STARTUP_LOCK})`;
				session.release();
			}
		},
		close: () => client.end({ timeout: 5 })
	};
}

/** `dataDir` undefined keeps the database in memory (tests); `loadDataDir` starts from a snapshot. */
export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Database> {
	if (dataDir) mkdirSync(dataDir, { recursive: true }); // PGlite's own mkdir is not recursive
	const client = await PGlite.create({ dataDir, loadDataDir, extensions: { unaccent, pg_trgm } });
	const db = drizzlePglite(client, { schema });
	return {
		db,
		engine: 'pglite',
		migrate: () => migratePglite(db, { migrationsFolder: migrationsFolder() }),
		// A PGlite directory belongs to this one process.
		exclusively: (work) => work(),
		close: () => client.close(),
		pglite: dataDir ? { dataDir, client } : undefined
	};
}

/** DATABASE_URL picks a PostgreSQL server; without it, PGlite keeps its data in DATA_DIR (.data/). */
export async function openFromEnv(env = process.env): Promise<Database> {
	if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL);
	return openPglite(resolve(env.DATA_DIR ?? '.data', 'pglite'));
}
