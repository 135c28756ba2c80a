import type { Db } from './client';

/**
 * A query built once per database and kept, for the hottest paths (every request's session, every
 * attempt page): drizzle then skips rebuilding its SQL each time, and PostgreSQL skips planning it.
 * `build` makes the prepared query with `sql.placeholder(…)` for what varies.
 */
const kept = new WeakMap<Db, Map<string, unknown>>();

export function prepared<Query>(db: Db, name: string, build: (db: Db, name: string) => Query): Query {
	let queries = kept.get(db);
	if (!queries) kept.set(db, (queries = new Map()));
	if (!queries.has(name)) queries.set(name, build(db, name));
	return queries.get(name) as Query;
}
