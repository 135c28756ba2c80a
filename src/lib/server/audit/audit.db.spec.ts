import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/client';
import { DEMO_ACCOUNTS } from '$lib/server/db/demo-units';
import { auditEvent, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { audit, filterOf } from './index';

let database: Database;
let admin: { id: string; fullName: string; unitId: number };
let organizer: { id: string; fullName: string; unitId: number };
beforeAll(async () => {
	database = await openTestDatabase();
	await seedDemo(database.db);
	const person = async (phone: string) =>
		(await database.db.select({ id: user.id, fullName: user.fullName, unitId: user.unitId }).from(user).where(eq(user.phone, phone)))[0];
	admin = await person(DEMO_ACCOUNTS.find((a) => a.role === 'admin')!.phone);
	organizer = await person(DEMO_ACCOUNTS.find((a) => a.role === 'organizer')!.phone);
});
afterAll(() => database.close());

describe('the audit trail', () => {
	it('keeps who did what to which object, from where, with before and after', async () => {
		await audit.record(
			database.db,
			{ user: admin, address: '10.1.2.3' },
			{
				kind: 'user.updated',
				object: { type: 'user', id: organizer.id, label: organizer.fullName },
				before: { role: 'editor' },
				after: { role: 'organizer' }
			}
		);
		await audit.record(
			database.db,
			{ user: null, address: '10.9.9.9' },
			{ kind: 'auth.loginFailed', object: { type: 'login', id: '0912345678' } }
		);
		const [latest, previous] = await audit.list(database.db, {}, { limit: 2 });
		expect(latest).toMatchObject({ kind: 'auth.loginFailed', actorId: null, address: '10.9.9.9', objectId: '0912345678' });
		expect(previous).toMatchObject({
			kind: 'user.updated',
			actorId: admin.id,
			actorName: admin.fullName,
			actorUnitId: admin.unitId,
			address: '10.1.2.3',
			objectType: 'user',
			objectId: organizer.id,
			before: { role: 'editor' },
			after: { role: 'organizer' }
		});
	});

	it('refuses to change, delete or truncate a row, whoever asks', async () => {
		await expect(database.db.update(auditEvent).set({ kind: 'auth.login' })).rejects.toThrow();
		await expect(database.db.delete(auditEvent)).rejects.toThrow();
		await expect(database.db.execute(sql`truncate audit_event`)).rejects.toThrow();
		expect((await audit.list(database.db, {}, { limit: 10 })).length).toBeGreaterThanOrEqual(2);
	});

	it('filters by person (diacritics ignored), unit subtree, kind and Vietnam dates, and exports what it shows', async () => {
		await audit.record(
			database.db,
			{ user: organizer, address: null },
			{ kind: 'contest.opened', object: { type: 'contest', id: 7, label: 'Hội thi' } }
		);
		const byPerson = await audit.list(database.db, { person: organizer.fullName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() });
		expect(byPerson.map((r) => r.kind)).toEqual(['contest.opened']);
		expect((await audit.list(database.db, { kind: 'user.updated' })).map((r) => r.actorId)).toEqual([admin.id]);
		const [root] = await database.db.select({ id: unit.id }).from(unit).where(eq(unit.id, organizer.unitId));
		const inUnit = await audit.list(database.db, await filterOf(database.db, { unit: root.id }));
		expect(inUnit.every((r) => r.actorId !== null)).toBe(true);
		const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
		expect((await audit.list(database.db, { from: today, to: today })).length).toBe(3);
		expect(await audit.list(database.db, { to: '2020-01-01' })).toEqual([]);

		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await audit.workbook(database.db, { kind: 'user.updated' })) as unknown as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.getRow(1).values).toEqual([
			undefined,
			'Thời gian',
			'Người thực hiện',
			'Địa chỉ mạng',
			'Thao tác',
			'Đối tượng',
			'Trước',
			'Sau'
		]);
		expect(sheet.rowCount).toBe(2);
		expect(sheet.getRow(2).getCell(4).value).toBe('Sửa tài khoản, vai trò');
		expect(sheet.getRow(2).getCell(7).value).toBe('{"role":"organizer"}');
	});
});
