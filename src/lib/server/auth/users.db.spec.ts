import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '$lib/server/db/client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '$lib/server/db/demo-units';
import { session, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { attemptLogin } from './login';
import { createSession, generateSessionToken, validateSessionToken } from './session';
import { changePassword, createUser, getProfile, listUsers, updateUser } from './users';

let database: Database;
let communeId: number;
beforeAll(async () => {
	database = await openTestDatabase();
	await seedDemo(database.db);
	[{ id: communeId }] = await database.db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'BTR.CT.02'));
});
afterAll(() => database.close());

const participant = (phone: string) => ({
	fullName: 'Huỳnh Thị Mai',
	birthDate: '1999-05-01',
	phone,
	email: null,
	unitId: communeId,
	role: 'participant' as const,
	password: 'matkhau123'
});

async function signedIn(userId: string) {
	const token = generateSessionToken();
	await createSession(database.db, token, userId);
	return token;
}

describe('accounts', () => {
	test('the demo seed has a province, departments, districts with communes and one account per role', async () => {
		const units = await database.db.select().from(unit);
		const count = (kind: string) => units.filter((u) => u.kind === kind).length;
		expect(count('province')).toBe(1);
		expect(count('department')).toBeGreaterThanOrEqual(10);
		const districts = units.filter((u) => u.kind === 'district');
		expect(districts).toHaveLength(3);
		for (const d of districts) expect(units.filter((u) => u.parentId === d.id).length).toBeGreaterThanOrEqual(5);
		expect(count('youth_union')).toBeGreaterThanOrEqual(1);
		expect(count('trade_union')).toBeGreaterThanOrEqual(1);
		const roles = (await database.db.select({ role: user.role }).from(user)).map((u) => u.role).sort();
		expect(roles).toEqual(['admin', 'editor', 'judge', 'organizer', 'participant']);
	});

	test('a phone number registers once; the second attempt is refused and adds nobody', async () => {
		await createUser(database.db, participant('0911000001'));
		await expect(createUser(database.db, participant('0911000001'))).rejects.toMatchObject({ code: 'auth.phoneTaken' });
		const rows = await database.db.select().from(user).where(eq(user.phone, '0911000001'));
		expect(rows).toHaveLength(1);
		expect(rows[0].passwordHash).toMatch(/^\$argon2id\$/);
	});

	test('two simultaneous registrations of one phone leave exactly one account', async () => {
		const results = await Promise.allSettled([
			createUser(database.db, participant('0911000002')),
			createUser(database.db, participant('0911000002'))
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'auth.phoneTaken' } });
	});

	test('login works by phone or email, and a wrong password is refused', async () => {
		const admin = DEMO_ACCOUNTS[0];
		expect(await attemptLogin(database.db, admin.phone, DEMO_PASSWORD, '10.0.0.1')).toMatchObject({ ok: true });
		expect(await attemptLogin(database.db, admin.email.toUpperCase(), DEMO_PASSWORD, '10.0.0.1')).toMatchObject({ ok: true });
		expect(await attemptLogin(database.db, '+84 900 000 001', DEMO_PASSWORD, '10.0.0.1')).toMatchObject({ ok: true });
		expect(await attemptLogin(database.db, admin.phone, 'sai', '10.0.0.1')).toEqual({ ok: false, error: 'auth.invalidCredentials' });
	});

	test('a session carries the user and unit, and ends when the password changes', async () => {
		const id = await createUser(database.db, participant('0911000003'));
		const token = await signedIn(id);
		const valid = await validateSessionToken(database.db, token);
		expect(valid.user).toMatchObject({ id, role: 'participant', unitName: 'Xã Tân Thạch' });
		expect(valid.session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

		await expect(changePassword(database.db, id, 'sai-mat-khau1', 'moi123456')).rejects.toMatchObject({
			code: 'auth.wrongCurrentPassword'
		});
		expect((await validateSessionToken(database.db, token)).user).not.toBeNull();
		await changePassword(database.db, id, 'matkhau123', 'moi123456');
		expect(await validateSessionToken(database.db, token)).toEqual({ session: null, user: null });
		expect(await attemptLogin(database.db, '0911000003', 'moi123456', '10.0.0.2')).toMatchObject({ ok: true });
	});

	test('a role change or a disabled account ends sessions; a disabled account cannot log in', async () => {
		const id = await createUser(database.db, participant('0911000004'));
		const before = (await getProfile(database.db, id))!;
		const token = await signedIn(id);
		await updateUser(database.db, id, { ...before, role: 'judge', disabled: false });
		expect((await validateSessionToken(database.db, token)).user).toBeNull();

		const again = await signedIn(id);
		await updateUser(database.db, id, { ...before, role: 'judge', disabled: true });
		expect((await validateSessionToken(database.db, again)).user).toBeNull();
		expect(await database.db.select().from(session).where(eq(session.userId, id))).toEqual([]);
		expect(await attemptLogin(database.db, '0911000004', 'matkhau123', '10.0.0.3')).toEqual({ ok: false, error: 'auth.disabled' });
	});

	test('an expired session is refused and removed', async () => {
		const id = await createUser(database.db, participant('0911000005'));
		const token = await signedIn(id);
		await database.db
			.update(session)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(session.userId, id));
		expect((await validateSessionToken(database.db, token)).user).toBeNull();
		expect(await database.db.select().from(session).where(eq(session.userId, id))).toEqual([]);
	});

	test('users are found by name without diacritics, by part of the phone, and filtered by role', async () => {
		const byName = await listUsers(database.db, { query: 'huynh thi mai', limit: 50, offset: 0 });
		expect(byName.total).toBeGreaterThanOrEqual(3);
		expect(byName.users.every((u) => u.fullName === 'Huỳnh Thị Mai')).toBe(true);
		const byPhone = await listUsers(database.db, { query: '000 005', limit: 10, offset: 0 });
		expect(byPhone.users.map((u) => u.phone)).toContain('0900000005');
		const judges = await listUsers(database.db, { role: 'judge', limit: 10, offset: 0 });
		expect(judges.users.every((u) => u.role === 'judge')).toBe(true);
		const nobody = await listUsers(database.db, { query: 'khong co ai', limit: 10, offset: 0 });
		expect(nobody).toEqual({ users: [], total: 0 });
	});
});
