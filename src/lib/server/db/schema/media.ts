import { customType, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { createdAt } from './columns';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** Uploaded pictures (a question's illustration), kept in the database so both engines and backups hold them. */
export const media = pgTable('media', {
	id: text('id').primaryKey(),
	mime: text('mime').notNull(),
	bytes: bytea('bytes').notNull(),
	size: integer('size').notNull(),
	uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
	createdAt: createdAt()
});
