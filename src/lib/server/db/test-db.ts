// Integration tests run on a real database: PGlite by default, PostgreSQL when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from './client';

export const TEMPLATE_DATABASE = 'hoithi_template';

export function databaseUrl(url: string, name: string): string {
	const parsed = new URL(url);
	parsed.pathname = `/${name}`;
	return parsed.toString();
}

/** A fresh, migrated database of the engine under test, dropped by `close()`. */
export async function openTestDatabase(): Promise<Database> {
	const url = process.env.DATABASE_URL;
	if (!url) {
		const snapshot = await readFile(inject('pgliteSnapshot'));
		return openPglite(undefined, new Blob([snapshot]));
	}
	const name = `hoithi_t_${randomBytes(6).toString('hex')}`;
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${name}" template "${TEMPLATE_DATABASE}"`);
	const database = openPostgres(databaseUrl(url, name), 4);
	return {
		...database,
		close: async () => {
			await database.close();
			await admin.unsafe(`drop database if exists "${name}" with (force)`);
			await admin.end();
		}
	};
}
