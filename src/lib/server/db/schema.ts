import { sql } from 'drizzle-orm';
import {
	check,
	date,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import type { UnitKind } from '$lib/units/kinds';
import type { Role } from '$lib/auth/roles';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

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

export const user = pgTable(
	'user',
	{
		id: text('id').primaryKey(),
		fullName: text('full_name').notNull(),
		birthDate: date('birth_date', { mode: 'string' }),
		phone: text('phone').notNull(),
		email: text('email'),
		unitId: integer('unit_id')
			.notNull()
			.references(() => unit.id, { onDelete: 'restrict' }),
		role: text('role').$type<Role>().notNull().default('participant'),
		passwordHash: text('password_hash').notNull(),
		disabledAt: timestamp('disabled_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('user_phone_key').on(t.phone),
		uniqueIndex('user_email_key').on(t.email),
		index('user_unit_idx').on(t.unitId),
		index('user_name_trgm').using('gin', sql`f_unaccent(${t.fullName}) gin_trgm_ops`)
	]
);

/** A session row stores only the SHA-256 of the cookie's token (Lucia's design). */
export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

export type Unit = typeof unit.$inferSelect;
export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;
