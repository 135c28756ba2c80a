import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '$lib/server/db/client';
import { attempt, bank, livePlayer, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { createContest } from '$lib/server/contests/contests';
import { createLiveGame, type LiveGame } from './games';
import { playerByToken, seatPlayer } from './seats';
import { gameConfigFrom } from './setup';

let database: Database;
let game: LiveGame;
let participant: typeof user.$inferSelect;

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	const [{ id: bankId, unitId }] = await db.select({ id: bank.id, unitId: bank.unitId }).from(bank);
	const [organizer] = await db.select().from(user).where(eq(user.role, 'organizer'));
	[participant] = await db.select().from(user).where(eq(user.role, 'participant'));
	const [province] = await db.select().from(unit).where(eq(unit.code, 'BTR'));
	const contestId = await createContest(
		db,
		{ title: 'Hội thi trực tiếp', rules: '', organizerUnitId: unitId, scopeUnitId: province.id, leaderboardPublic: false },
		organizer.id
	);
	const config = await gameConfigFrom(
		db,
		bankId,
		[{ kind: 'knowledge', title: 'Khởi động', count: 1, timeLimitSec: 20, points: 10, pointsMode: 'fixed' }],
		[]
	);
	game = await createLiveGame(db, { contestId, bankId, title: 'Đoàn viên tranh tài', guests: true, config, createdBy: organizer.id });
});
afterAll(() => database.close());

describe('seats', () => {
	test('each guest gets a seat of their own, with an attempt in the game round for the results', async () => {
		const { db } = database;
		const first = await seatPlayer(db, game, { userId: null, name: 'Hải Âu', unitId: null });
		const second = await seatPlayer(db, game, { userId: null, name: 'Hải Âu', unitId: null });
		expect(second.playerId).not.toBe(first.playerId);
		expect(first.playerId).toBe(`p${first.attemptId}`);
		const [stored] = await db.select().from(attempt).where(eq(attempt.id, first.attemptId));
		expect(stored).toMatchObject({ roundId: game.roundId, userId: null });
		expect(await playerByToken(db, game.id, first.token)).toMatchObject({ playerId: first.playerId, attemptId: first.attemptId });
	});

	test('a signed-in person who joins again keeps their seat, and only the newest device’s token works', async () => {
		const { db } = database;
		const who = { userId: participant.id, name: participant.fullName, unitId: participant.unitId };
		const phone = await seatPlayer(db, game, who);
		const tablet = await seatPlayer(db, game, who);
		expect(tablet).toMatchObject({ playerId: phone.playerId, attemptId: phone.attemptId });
		expect(await playerByToken(db, game.id, phone.token)).toBeNull();
		expect(await playerByToken(db, game.id, tablet.token)).toMatchObject({ playerId: phone.playerId, userId: participant.id });
		expect(await db.select().from(livePlayer).where(eq(livePlayer.userId, participant.id))).toHaveLength(1);
	});
});
