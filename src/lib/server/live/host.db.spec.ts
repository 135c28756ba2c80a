import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Effect } from '$lib/live/events';
import { rankPlayers } from '$lib/live/ranking';
import { findPlayer, playerList } from '$lib/live/state';
import type { Database } from '$lib/server/db/client';
import { answer, attempt, bank, liveGame, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { createQuestion, bulkUpdate } from '$lib/server/bank/questions';
import { createContest } from '$lib/server/contests/contests';
import { createLiveGame, type LiveGame } from './games';
import { seatPlayer } from './seats';
import { GameHost } from './host';
import { gameConfigFrom } from './setup';

let database: Database;
let game: LiveGame;
/** The same show with a one-second grace period for dropped players. */
let briefGrace: LiveGame;
let judgeId: string;
/** The game's clock, moved by the test: the server owns time, so the test owns the server's. */
let clock = Date.parse('2026-11-28T08:00:00Z');
const now = () => clock;
const sent: Effect[] = [];
const outbox = (_: number, effects: readonly Effect[]) => void sent.push(...effects);

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	const [{ id: bankId, unitId }] = await db.select({ id: bank.id, unitId: bank.unitId }).from(bank);
	const [organizer] = await db.select().from(user).where(eq(user.role, 'organizer'));
	[{ id: judgeId }] = await db.select({ id: user.id }).from(user).where(eq(user.role, 'judge'));
	const situation = await createQuestion(
		db,
		bankId,
		{
			stem: 'Người dân nộp hồ sơ thiếu giấy tờ tại bộ phận một cửa. Anh/chị xử lý thế nào?',
			content: {
				type: 'situation',
				rubric: [
					{ criterion: 'Đúng quy định', maxPoints: 6 },
					{ criterion: 'Thái độ phục vụ', maxPoints: 4 }
				]
			},
			explanation: '',
			difficulty: 'medium',
			source: '',
			tags: [],
			topicId: null,
			imageId: null
		},
		organizer.id
	);
	await bulkUpdate(db, bankId, [situation], { kind: 'approve' }, organizer.id);
	const [province] = await db.select().from(unit).where(eq(unit.code, 'BTR'));
	const contestId = await createContest(
		db,
		{
			title: 'Chủ tịch UBND cấp xã với công tác CCHC',
			rules: '',
			organizerUnitId: unitId,
			scopeUnitId: province.id,
			leaderboardPublic: true
		},
		organizer.id
	);
	const config = await gameConfigFrom(
		db,
		bankId,
		[
			{ kind: 'knowledge', title: 'Khởi động', count: 2, timeLimitSec: 20, points: 10, pointsMode: 'fixed' },
			{ kind: 'situation', title: 'Xử lý tình huống', count: 1, timeLimitSec: 60, points: 10, pointsMode: 'fixed' }
		],
		[judgeId]
	);
	game = await createLiveGame(db, { contestId, bankId, title: 'Chung kết', guests: true, config, createdBy: organizer.id });
	briefGrace = await createLiveGame(db, {
		contestId,
		bankId,
		title: 'Bán kết',
		guests: true,
		config: { ...config, graceSec: 1 },
		createdBy: organizer.id
	});
});
afterAll(() => database.close());

const player = (id: string) => ({ role: 'player' as const, id });
const hostActor = { role: 'host' as const, id: 'mc' };

/** Seats a guest the way the socket layer does: a stored seat with its attempt, then the join event. */
async function seat(host: GameHost, name: string) {
	const s = await seatPlayer(database.db, host.game, { userId: null, name, unitId: null });
	host.seated(s.playerId, s.attemptId);
	await host.submit({ type: 'join', name }, player(s.playerId));
	return s;
}

/** The on-screen index of the right option of the open question (only the server knows it). */
function rightChoice(host: GameHost): number {
	const { segment, question } = host.state.current!.position;
	return (host.state.config.segments[segment].questions[question].key as { correct: number }).correct;
}

describe('a live game on the real database', () => {
	let host: GameHost;
	let an: Awaited<ReturnType<typeof seat>>, binh: Awaited<ReturnType<typeof seat>>;

	test('an acknowledged answer is already committed, and a repeated one is kept once', async () => {
		host = (await GameHost.load(database.db, game.id, outbox, now))!;
		an = await seat(host, 'Hải Âu');
		binh = await seat(host, 'Sơn Ca');
		await host.submit({ type: 'start' }, hostActor);
		expect((await database.db.select().from(liveGame).where(eq(liveGame.id, game.id)))[0].status).toBe('running');
		expect(sent.some((e) => e.type === 'broadcastQuestion' && !('key' in e.info.question))).toBe(true);

		clock += 1200;
		const position = host.state.current!.position;
		const first = await host.submit(
			{ type: 'answer', answerId: 'a-1', position, response: { choice: rightChoice(host) } },
			player(an.playerId)
		);
		expect(first.refusal).toBeNull();
		const rows = await database.db.select().from(answer).where(eq(answer.attemptId, an.attemptId));
		expect(rows).toHaveLength(1);

		const again = await host.submit(
			{ type: 'answer', answerId: 'a-1', position, response: { choice: rightChoice(host) } },
			player(an.playerId)
		);
		expect(again.effects).toContainEqual(expect.objectContaining({ type: 'ackAnswer', duplicate: true }));
		expect(await database.db.select().from(answer).where(eq(answer.attemptId, an.attemptId))).toHaveLength(1);
	});

	test('an answer after the question closed is refused by the server clock', async () => {
		const position = host.state.current!.position;
		clock = host.state.current!.closesAt + 1;
		const late = await host.submit({ type: 'answer', answerId: 'b-1', position, response: { choice: 0 } }, player(binh.playerId));
		expect(late.refusal).not.toBeNull();
		expect(await database.db.select().from(answer).where(eq(answer.attemptId, binh.attemptId))).toHaveLength(0);
	});

	test('a restarted server rebuilds the same game from the database, every acknowledged answer in it', async () => {
		await host.submit({ type: 'reveal' }, hostActor);
		const before = JSON.stringify(host.state);
		host.close();
		host = (await GameHost.load(database.db, game.id, outbox, now))!;
		expect(JSON.stringify(host.state)).toBe(before);
		expect(findPlayer(host.state, an.playerId)?.score).toBe(10);
		const [graded] = await database.db
			.select()
			.from(answer)
			.where(and(eq(answer.attemptId, an.attemptId)));
		expect(graded).toMatchObject({ correct: true, score: 10 });
		// A retry that arrives once the game has moved on is acknowledged, not refused, and counted once.
		const retry = await host.submit(
			{ type: 'answer', answerId: 'a-1', position: { segment: 0, question: 0 }, response: { choice: 0 } },
			player(an.playerId)
		);
		expect(retry).toMatchObject({ refusal: null, effects: [{ type: 'ackAnswer', duplicate: true }] });
		expect(await database.db.select().from(answer).where(eq(answer.attemptId, an.attemptId))).toHaveLength(1);
	});

	test('the judges score the situation, and the final standings reach the results model', async () => {
		// The second warm-up question is answered, then skipped: its answers count for nobody.
		await host.submit({ type: 'next' }, hostActor);
		clock += 1000;
		const skipped = host.state.current!.position;
		// Bình let the first question pass: it counts as a wrong answer, with nothing chosen.
		expect(await database.db.select().from(answer).where(eq(answer.attemptId, binh.attemptId))).toMatchObject([
			{ response: { text: '' }, correct: false, score: 0 }
		]);
		await host.submit({ type: 'answer', answerId: 'b-2', position: skipped, response: { choice: 0 } }, player(binh.playerId));
		expect(await database.db.select().from(answer).where(eq(answer.attemptId, binh.attemptId))).toHaveLength(2);
		// Bình takes the situation.
		await host.submit({ type: 'skip', respondentId: binh.playerId }, hostActor);
		expect(await database.db.select().from(answer).where(eq(answer.attemptId, binh.attemptId))).toHaveLength(1);
		expect(host.state.current?.respondentId).toBe(binh.playerId);
		clock = host.state.current!.closesAt + 1;
		await host.submit({ type: 'tick' }, { role: 'system', id: 'clock' });
		const position = host.state.current!.position;
		const display = host.state.config.segments[position.segment].questions[position.question].display as {
			rubric: { maxPoints: number }[];
		};
		const scores = display.rubric.map((r) => r.maxPoints - 1);
		const fake = await host.submit({ type: 'judgeScore', position, scores }, player(an.playerId));
		expect(fake.refusal).toBe('forbidden');
		const scored = await host.submit({ type: 'judgeScore', position, scores }, { role: 'judge', id: judgeId });
		expect(scored.refusal).toBeNull();
		// Every judge has scored; the MC shows the result.
		await host.submit({ type: 'reveal' }, hostActor);
		// The judges' total counts as its share of the part's 10 points.
		const max = display.rubric.reduce((a, r) => a + r.maxPoints, 0);
		const total = Math.round(((scores.reduce((a, b) => a + b, 0) * 10) / max) * 100) / 100;
		expect(findPlayer(host.state, binh.playerId)?.score).toBe(total);
		await host.submit({ type: 'end' }, hostActor);
		const standings = await database.db
			.select({ score: attempt.score, rank: attempt.liveRank, submittedAt: attempt.submittedAt })
			.from(attempt)
			.where(eq(attempt.roundId, game.roundId));
		const expected = rankPlayers(playerList(host.state)).map((r) => [r.score, r.rank]);
		expect(standings.map((s) => [s.score, s.rank]).sort((a, b) => a[1]! - b[1]!)).toEqual(expected);
		expect(expected.map(([score]) => score).sort()).toEqual([10, total].sort());
		expect(standings.every((s) => s.submittedAt !== null)).toBe(true);
		host.close();
	});
});

describe("the host's clock", () => {
	test('goes on without a dropped player once their grace period is over, with no socket event to say so', async () => {
		const host = (await GameHost.load(database.db, briefGrace.id, outbox, now))!;
		const [lan, minh] = [await seat(host, 'Họa Mi'), await seat(host, 'Chích Chòe')];
		await host.submit({ type: 'start' }, hostActor);
		const position = host.state.current!.position;
		await host.submit({ type: 'answer', answerId: 'l-1', position, response: { choice: 0 } }, player(lan.playerId));
		await host.submit({ type: 'leave' }, player(minh.playerId));
		expect(host.state.phase).toBe('open');
		// The server's clock passes the second of grace; the tick the host set for it locks the question.
		clock += 1001;
		await expect.poll(() => host.state.phase, { timeout: 5000 }).toBe('locked');
		expect(host.state.current!.closesAt).toBeGreaterThan(clock);
		host.close();
	});
});
