import { bigint, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { AuditKind } from '$lib/audit/kinds';
import { createdAt } from './columns';

/**
 * The audit trail: who did what, when, from which address, to which object, with the object before and
 * after for a change. Append-only: the app only inserts, and a trigger (migration 0015) refuses any
 * UPDATE, DELETE or TRUNCATE. Names are copied in, so a row reads the same after a rename.
 */
export const auditEvent = pgTable(
	'audit_event',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		at: createdAt(),
		actorId: text('actor_id'),
		actorName: text('actor_name'),
		/** The actor's unit then: "what did the people of this unit do". */
		actorUnitId: integer('actor_unit_id'),
		address: text('address'),
		kind: text('kind').$type<AuditKind>().notNull(),
		objectType: text('object_type'),
		objectId: text('object_id'),
		objectLabel: text('object_label'),
		before: jsonb('before'),
		after: jsonb('after')
	},
	(t) => [
		index('audit_event_at_idx').on(t.at),
		index('audit_event_actor_idx').on(t.actorId, t.at),
		index('audit_event_unit_idx').on(t.actorUnitId, t.at),
		index('audit_event_kind_idx').on(t.kind, t.at)
	]
);
