/**
 * The one drizzle schema both engines use, one file per area. Services import tables from here
 * (`$lib/server/db/schema`); drizzle-kit reads this file too (`drizzle.config.ts`), so a table file
 * left out of these lines is left out of the migrations.
 */
export * from './units';
export * from './auth';
export * from './media';
export * from './bank';
export * from './contests';
export * from './plans';
export * from './live';
export * from './audit';
