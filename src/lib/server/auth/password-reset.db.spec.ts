import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '$lib/server/db/client';
import { passwordReset, session, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { DEMO_ACCOUNTS } from '$lib/server/db/demo-units';
import { attemptLogin } from './login';
import { issuePasswordReset, redeemPasswordReset, requestEmailReset } from './password-reset';
import { createSession, generateSessionToken, sessionIdOf } from './session';

let database: Database;
type Actor = { id: string; role: 'admin' | 'organizer' | 'editor' | 'judge' | 'participant'; unitPath: string };
const actors: Record<string, Actor> = {};
const participant = DEMO_ACCOUNTS.find((a) => a.role === 'participant')!;

beforeAll(async () => {
	database = await openTestDatabase();
	await seedDemo(database.db);
	const rows = await database.db
		.select({ id: user.id, role: user.role, unitPath: unit.path })
		.from(user)
		.innerJoin(unit, eq(unit.id, user.unitId))
		.where(
			inArray(
				user.phone,
				DEMO_ACCOUNTS.map((a) => a.phone)
			)
		);
	for (const r of rows) actors[r.role] = r;
});
afterAll(() => database.close());

describe('password resets through an organizer', () => {
	test('the organizer of the unit issues a code; it sets the password once, ends the sessions, and the new password logs in', async () => {
		const { db } = database;
		const target = actors.participant;
		await createSession(db, generateSessionToken(), target.id);
		const issued = await issuePasswordReset(db, actors.organizer, participant.phone);
		expect(issued.code).toMatch(/^[0-9A-Z]{12}$/);
		// Only the hash is stored.
		const stored = await db.select().from(passwordReset).where(eq(passwordReset.userId, target.id));
		expect(stored.map((r) => r.id)).toEqual([sessionIdOf(issued.code)]);

		const typed = issued.code.toLowerCase().replace(/(.{4})/g, '$1 ');
		await redeemPasswordReset(db, typed, 'matkhaumoi2026');
		expect(await db.select().from(session).where(eq(session.userId, target.id))).toEqual([]);
		expect(await attemptLogin(db, participant.phone, 'matkhaumoi2026', '10.0.0.1')).toEqual({ ok: true, userId: target.id });
		await expect(redeemPasswordReset(db, issued.code, 'lanthuhai2026')).rejects.toMatchObject({ code: 'reset.invalidCode' });
	});

	test('an expired code, a wrong code and a replaced code are refused alike', async () => {
		const { db } = database;
		const old = await issuePasswordReset(db, actors.organizer, participant.phone);
		const fresh = await issuePasswordReset(db, actors.organizer, participant.phone);
		await expect(redeemPasswordReset(db, old.code, 'matkhaumoi2027')).rejects.toMatchObject({ code: 'reset.invalidCode' });
		await expect(redeemPasswordReset(db, 'ZZZZ-ZZZZ-ZZZZ', 'matkhaumoi2027')).rejects.toMatchObject({ code: 'reset.invalidCode' });
		const later = new Date(fresh.expiresAt.getTime() + 1);
		await expect(redeemPasswordReset(db, fresh.code, 'matkhaumoi2027', later)).rejects.toMatchObject({ code: 'reset.invalidCode' });
	});

	test('nobody outside the rules can issue one, and unknown accounts get the same refusal', async () => {
		const { db } = database;
		const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
		await expect(issuePasswordReset(db, actors.organizer, admin.phone)).rejects.toMatchObject({ code: 'reset.noSuchUser' });
		await expect(issuePasswordReset(db, actors.organizer, '0999999999')).rejects.toMatchObject({ code: 'reset.noSuchUser' });
		const elsewhere = { ...actors.organizer, unitPath: '/999999/' };
		await expect(issuePasswordReset(db, elsewhere, participant.phone)).rejects.toMatchObject({ code: 'reset.noSuchUser' });
		await expect(issuePasswordReset(db, actors.admin, participant.phone)).resolves.toMatchObject({ fullName: expect.any(String) });
	});
});

describe('password resets by e-mail', () => {
	test('an enabled account with that address gets a code that works; any other address gets nothing, and no error', async () => {
		const { db } = database;
		const sent: { to: string; text: string }[] = [];
		const send = async (m: { to: string; subject: string; text: string }) => void sent.push(m);
		expect(await requestEmailReset(db, ' THISINH@hoithi.vn ', send, 'https://hoithi.example.vn')).toBe(true);
		expect(sent.map((m) => m.to)).toEqual([participant.email]);
		const code = /Mã đặt lại mật khẩu của bạn: (\S+)/.exec(sent[0].text)![1];
		expect(sent[0].text).toContain(`https://hoithi.example.vn/reset?code=${code.replaceAll('-', '')}`);
		await redeemPasswordReset(db, code, 'quaemail2026');
		expect(await attemptLogin(db, participant.email, 'quaemail2026', '10.0.0.2')).toMatchObject({ ok: true });

		expect(await requestEmailReset(db, 'khongco@hoithi.vn', send, 'https://hoithi.example.vn')).toBe(false);
		expect(await requestEmailReset(db, '', send, 'https://hoithi.example.vn')).toBe(false);
		expect(sent).toHaveLength(1);
	});
});
