// Rows a benchmark puts straight into its database: sessions with known tokens (so that logging in is
// not what gets measured), inserted in batches that stay under PostgreSQL's parameter limit.
import { createHash, randomBytes } from 'node:crypto';

const BATCH = 1000;

/** Sessions store only the SHA-256 of the cookie's token (src/lib/server/auth/session.ts). */
export const sessionIdOf = (/** @type {string} */ token) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(20).toString('hex');
/** The cookie that carries a session token (SESSION_COOKIE in src/lib/server/auth/session.ts). */
export const sessionCookie = (/** @type {string} */ token) => `hoithi_session=${token}`;

/**
 * @param {import('postgres').Sql} sql
 * @param {string} table
 * @param {Record<string, unknown>[]} rows
 */
export async function insertInBatches(sql, table, rows) {
	for (let i = 0; i < rows.length; i += BATCH) await sql`insert into ${sql(table)} ${sql(rows.slice(i, i + BATCH))}`;
}
