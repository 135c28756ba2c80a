import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '$lib/server/db/client';
import { round, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { startAttempt, submitAttempt } from './attempt-commands';
import { organizerDesk } from './organizer-desk';

let database: Database;

beforeAll(async () => {
	database = await openTestDatabase();
	await seedDemo(database.db);
});
afterAll(() => database.close());

test("the organizer's home counts today's participants and submissions of each open round", async () => {
	const { db } = database;
	const [root] = await db.select({ path: unit.path }).from(unit).where(eq(unit.code, 'BTR'));
	const [demo] = await db.select({ id: round.id }).from(round);
	const [participant] = await db.select({ id: user.id }).from(user).where(eq(user.role, 'participant'));
	const attemptId = await startAttempt(db, demo.id, participant.id);
	await submitAttempt(db, attemptId, participant.id, null);

	const desk = await organizerDesk(db, { role: 'organizer', unitPath: root.path });
	const open = desk.open.find((r) => r.roundId === demo.id);
	expect(open).toMatchObject({ participants: 1, submissions: 1 });
});
