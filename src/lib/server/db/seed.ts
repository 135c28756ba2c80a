import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { createUser } from '$lib/server/auth/users';
import { createUnit } from '$lib/server/units/service';
import type { Db } from './client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROVINCE, type DemoUnit } from './demo-units';
import { unit } from './schema';

/** Demo data by default on the embedded database; on a real server only with HOITHI_DEMO=1. */
export function demoMode(env = process.env, engine: 'pglite' | 'postgres'): boolean {
	if (env.HOITHI_DEMO !== undefined) return env.HOITHI_DEMO === '1' || env.HOITHI_DEMO === 'true';
	return engine === 'pglite';
}

async function insertTree(db: Db, node: DemoUnit, parentId: number | null): Promise<void> {
	const { children = [], ...fields } = node;
	const created = await createUnit(db, { ...fields, parentId });
	for (const child of children) await insertTree(db, child, created.id);
}

export async function seedDemo(db: Db): Promise<void> {
	await insertTree(db, DEMO_PROVINCE, null);
	for (const { unitCode, ...account } of DEMO_ACCOUNTS) {
		const [{ id: unitId }] = await db.select({ id: unit.id }).from(unit).where(eq(unit.code, unitCode));
		await createUser(db, { ...account, birthDate: null, unitId, password: DEMO_PASSWORD });
	}
}

/** A bare server gets one root unit and one admin; the password is ADMIN_PASSWORD or printed once. */
export async function seedAdminOnly(db: Db, env = process.env): Promise<void> {
	const root = await createUnit(db, {
		code: 'ROOT',
		name: env.ROOT_UNIT_NAME ?? 'Đơn vị gốc',
		kind: 'province',
		headcount: 0,
		parentId: null
	});
	const password = env.ADMIN_PASSWORD ?? `hoithi-${randomBytes(9).toString('base64url')}1`;
	await createUser(db, {
		fullName: 'Quản trị hệ thống',
		phone: env.ADMIN_PHONE ?? '0900000001',
		email: env.ADMIN_EMAIL ?? null,
		birthDate: null,
		unitId: root.id,
		role: 'admin',
		password
	});
	if (!env.ADMIN_PASSWORD) {
		console.log(`hoithi: created admin ${env.ADMIN_PHONE ?? '0900000001'} with password ${password} (shown once)`);
	}
}

/** Seeds only an empty database, so restarts and later migrations never duplicate anything. */
export async function seedOnFirstStart(db: Db, engine: 'pglite' | 'postgres', env = process.env): Promise<void> {
	const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(unit);
	if (count > 0) return;
	// One transaction: a start interrupted mid-seed leaves an empty database, seeded next time.
	await db.transaction((tx) => (demoMode(env, engine) ? seedDemo(tx) : seedAdminOnly(tx, env)));
}
