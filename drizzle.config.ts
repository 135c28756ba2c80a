import { defineConfig } from 'drizzle-kit';

// `drizzle-kit generate` needs no database: the same migrations serve PGlite and PostgreSQL.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle'
});
