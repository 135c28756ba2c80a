import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Role } from '$lib/auth/roles';
import { createdAt } from './columns';
import { unit } from './units';

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
		createdAt: createdAt(),
		/** What the person sees in their list of sessions: the browser, the address, when last used. */
		userAgent: text('user_agent'),
		address: text('address'),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

export type User = typeof user.$inferSelect;
export type Session = typeof session.$inferSelect;

/**
 * A one-time password reset handed to a user by an organizer or admin of their unit. Only the SHA-256
 * of the code is stored; it expires, and `used_at` makes it single use.
 */
export const passwordReset = pgTable(
	'password_reset',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		issuedBy: text('issued_by').references(() => user.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('password_reset_user_idx').on(t.userId)]
);
