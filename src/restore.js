// `npm run restore -- FILE`: loads a backup into an empty database: DATABASE_URL's (createdb it first), or
// PGlite's data directory ($DATA_DIR/pglite, which must be missing or empty). Stop the server first.
import { resolve } from 'node:path';
import { restorePglite, restorePostgres } from './lib/server/db/backup.js';

const file = process.argv[2];
if (!file) {
	console.error('usage: npm run restore -- FILE (a .dump for PostgreSQL, a .tar.gz for PGlite)');
	process.exit(2);
}
const url = process.env.DATABASE_URL;
const began = Date.now();
try {
	if (url) await restorePostgres(file, url);
	else await restorePglite(file, resolve(process.env.DATA_DIR ?? '.data', 'pglite'));
} catch (error) {
	console.error(`hoithi: restore refused: ${error instanceof Error ? error.message : error}`);
	process.exit(1);
}
console.log(`hoithi: ${file} restored in ${((Date.now() - began) / 1000).toFixed(1)} s`);
