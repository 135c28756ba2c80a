// `npm run backup`: a dated, consistent dump of the database while the server runs, into BACKUP_DIR
// (default backups/). PostgreSQL (DATABASE_URL): pg_dump's custom format. PGlite: its own dump of the data
// directory, written by the running server when asked (the directory belongs to it), or read here if none runs.
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { backupFileName, dumpPglite, dumpPostgres, requestPgliteDump, runningServer } from './lib/server/db/backup.js';

const url = process.env.DATABASE_URL;
const file = join(process.env.BACKUP_DIR ?? 'backups', backupFileName(url ? 'postgres' : 'pglite'));
const began = Date.now();
if (url) {
	await dumpPostgres(url, file);
} else {
	const dataDir = resolve(process.env.DATA_DIR ?? '.data', 'pglite');
	const pid = runningServer(dataDir);
	if (pid) await requestPgliteDump(dataDir, pid, file);
	else {
		const client = await PGlite.create({ dataDir, extensions: { unaccent, pg_trgm } });
		await dumpPglite(client, file);
		await client.close();
	}
}
console.log(`hoithi: backup written to ${file} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
