import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { UnitKind } from '$lib/units/kinds';
import { createdAt } from './columns';

/**
 * Units form a tree. `path` is the materialised list of ancestor ids ("/1/4/17/") so that a subtree
 * is one indexed `LIKE '/1/4/%'`, which is what every unit-scoped permission asks.
 */
export const unit = pgTable(
	'unit',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		name: text('name').notNull(),
		kind: text('kind').$type<UnitKind>().notNull(),
		code: text('code').notNull(),
		parentId: integer('parent_id').references((): AnyPgColumn => unit.id, { onDelete: 'restrict' }),
		path: text('path').notNull(),
		headcount: integer('headcount').notNull().default(0),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('unit_code_key').on(t.code),
		index('unit_parent_idx').on(t.parentId),
		index('unit_path_idx').on(t.path.op('text_pattern_ops')),
		index('unit_name_trgm').using('gin', sql`f_unaccent(${t.name}) gin_trgm_ops`),
		check('unit_headcount_nonnegative', sql`${t.headcount} >= 0`)
	]
);

export type Unit = typeof unit.$inferSelect;
