// Vitest global setup: migrate one template database per run; each test file clones it.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from './client';
import { TEMPLATE_DATABASE, databaseUrl } from './test-db';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteSnapshot: string;
	}
}

export default async function setup(project: TestProject) {
	const url = process.env.DATABASE_URL;
	if (url) {
		const admin = postgres(url, { max: 1, onnotice: () => {} });
		const leftovers = await admin`select datname from pg_database where datname like 'hoithi_t_%' or datname = ${TEMPLATE_DATABASE}`;
		for (const { datname } of leftovers) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
		await admin.unsafe(`create database "${TEMPLATE_DATABASE}"`);
		const template = openPostgres(databaseUrl(url, TEMPLATE_DATABASE), 1);
		await template.migrate();
		await template.close();
		await admin.end();
		project.provide('pgliteSnapshot', '');
		return;
	}
	const database = await openPglite();
	await database.migrate();
	const client = (database.db as unknown as { $client: import('@electric-sql/pglite').PGlite }).$client;
	const snapshot = await client.dumpDataDir('none');
	const path = join(tmpdir(), `hoithi-pglite-${process.pid}.tar`);
	await writeFile(path, Buffer.from(await snapshot.arrayBuffer()));
	await database.close();
	project.provide('pgliteSnapshot', path);
}
