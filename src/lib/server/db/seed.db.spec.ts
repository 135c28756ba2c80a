import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { attemptLogin } from '$lib/server/auth/login';
import type { Database } from './client';
import { DEMO_PASSWORD } from './demo-units';
import { unit, user } from './schema';
import { demoMode, seedOnFirstStart } from './seed';
import { openTestDatabase } from './test-db';

let database: Database;
beforeEach(async () => {
	database = await openTestDatabase();
});
afterEach(() => database.close());

describe('first start', () => {
	test('the embedded database gets the demo by default; a real server only when asked', () => {
		expect(demoMode({}, 'pglite')).toBe(true);
		expect(demoMode({}, 'postgres')).toBe(false);
		expect(demoMode({ HOITHI_DEMO: '1' }, 'postgres')).toBe(true);
		expect(demoMode({ HOITHI_DEMO: '0' }, 'pglite')).toBe(false);
	});

	test('a real server without the demo gets one root unit and an admin with the given password', async () => {
		await seedOnFirstStart(database.db, 'postgres', { ADMIN_PASSWORD: 'quantri2026' });
		expect(await database.db.select({ name: unit.name }).from(unit)).toEqual([{ name: 'Đơn vị gốc' }]);
		expect(await database.db.select({ role: user.role }).from(user)).toEqual([{ role: 'admin' }]);
		expect(await attemptLogin(database.db, '0900000001', 'quantri2026', '10.1.0.1')).toMatchObject({ ok: true });
	});

	test('without ADMIN_PASSWORD the generated password is printed once and works', async () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		await seedOnFirstStart(database.db, 'postgres', {});
		const line = log.mock.calls.map((c) => String(c[0])).find((l) => l.includes('password'));
		log.mockRestore();
		const password = line?.match(/password (\S+)/)?.[1];
		expect(password).toBeDefined();
		expect(await attemptLogin(database.db, '0900000001', password!, '10.1.0.2')).toMatchObject({ ok: true });
	});

	test('a database that already has units is never seeded again', async () => {
		await seedOnFirstStart(database.db, 'pglite', {});
		const before = await database.db.select().from(unit);
		await seedOnFirstStart(database.db, 'pglite', {});
		expect(await database.db.select().from(unit)).toHaveLength(before.length);
		expect(await attemptLogin(database.db, 'thisinh@hoithi.vn', DEMO_PASSWORD, '10.1.0.3')).toMatchObject({ ok: true });
	});
});
