import { building } from '$app/environment';
import { errorFields, log } from '$lib/server/log';
import { answerBackupRequests } from './backup.js';
import { openFromEnv, type Database, type Db } from './client';
import { seedOnFirstStart } from './seed';

export type { Db } from './client';

let database: Database | null = null;
let starting: Promise<Database> | null = null;
let forgetPid = () => {};

/** Opens, migrates and (on an empty database) seeds, once per process. Called from the init hook. */
export function startDatabase(): Promise<Database> {
	if (building) throw new Error('The database is not opened while building');
	starting ??= (async () => {
		const opened = await openFromEnv();
		// Several processes may start at once on one PostgreSQL: one migrates and seeds, the others wait.
		await opened.exclusively(async () => {
			await opened.migrate();
			await seedOnFirstStart(opened.db, opened.engine);
		});
		database = opened;
		// The data directory belongs to this process: `npm run backup` asks it for the dump (SIGUSR2).
		if (opened.pglite)
			forgetPid = answerBackupRequests(opened.pglite.dataDir, opened.pglite.client, (error) =>
				log('error', 'backup.failed', errorFields(error))
			);
		return opened;
	})();
	return starting;
}

/** Makes an already opened database the process's own: tests that run the real socket server in-process. */
export function adoptDatabase(opened: Database): void {
	database = opened;
	starting = Promise.resolve(opened);
}

export function db(): Db {
	if (!database) throw new Error('Database not started: startDatabase() runs in the init hook');
	return database.db;
}

export async function stopDatabase(): Promise<void> {
	const closing = database;
	database = null;
	starting = null;
	forgetPid();
	await closing?.close();
}
