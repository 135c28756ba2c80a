import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** Escapes LIKE wildcards so that a user's "%" or "_" is searched for literally. */
export function likePattern(query: string): string {
	return `%${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Diacritics- and case-insensitive "contains": "cai cach" finds "Cải cách". Backed by the
 * `f_unaccent(column) gin_trgm_ops` indexes declared in the schema.
 */
export function matchesText(column: AnyPgColumn | SQL, query: string): SQL {
	return sql`f_unaccent(${column}) ILIKE f_unaccent(${likePattern(query)})`;
}
