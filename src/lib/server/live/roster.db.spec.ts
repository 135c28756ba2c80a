import { asc, count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseRoster } from '$lib/live/roster';
import { period } from '$lib/plans/periods';
import type { LiveSeat } from '$lib/realtime/events';
import { createSession, generateSessionToken, SESSION_COOKIE, validateSessionToken, type SessionUser } from '$lib/server/auth/session';
import { createUser } from '$lib/server/auth/users';
import { createContest } from '$lib/server/contests/contests';
import type { Database } from '$lib/server/db/client';
import { DEMO_PASSWORD } from '$lib/server/db/demo-units';
import { answer, attempt, bank, contest, liveGame, livePlayer, planTask, round, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { contestRollIn, linkContestToTask } from '$lib/server/plans/roll-in';
import { request } from '$lib/client/request';
import { ACK, startSocketServer, type TestClient as Client, type TestSocketServer } from '$lib/server/realtime/test-server';
import type { GameForm } from './game-form';
import type { LiveGame } from './games';
import { createGameFromForm } from './organizer';
import { assignedSeats } from './roster';
import { liveGames } from './registry';

let database: Database;
let server: TestSocketServer;
let organizer: SessionUser;
let contestId: number;
let bankId: number;
const cookies = new Map<string, string>();
const ids = new Map<string, string>();

/** A signed-in person: their account's id by phone, and a session cookie for their sockets. */
async function account(phone: string, fullName: string, unitCode: string, email: string | null = null): Promise<void> {
	const [{ id: unitId }] = await database.db.select({ id: unit.id }).from(unit).where(eq(unit.code, unitCode));
	const id = await createUser(database.db, {
		fullName,
		phone,
		email,
		birthDate: null,
		unitId,
		role: 'participant',
		password: DEMO_PASSWORD
	});
	await signIn(phone, id);
}

async function signIn(phone: string, id: string): Promise<SessionUser> {
	const token = generateSessionToken();
	await createSession(database.db, token, id);
	ids.set(phone, id);
	cookies.set(phone, `${SESSION_COOKIE}=${token}`);
	return (await validateSessionToken(database.db, token)).user!;
}

/** The real Socket.IO server with the app's handlers, over the test database; a contest for one district. */
beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	server = await startSocketServer(database);

	const byPhone = async (phone: string) => (await db.select({ id: user.id }).from(user).where(eq(user.phone, phone)))[0].id;
	organizer = await signIn('0900000002', await byPhone('0900000002'));
	await signIn('0900000005', await byPhone('0900000005')); // Phạm Quốc Bảo, Xã Tân Thạch (the demo participant)
	await account('0911200001', 'Lê Văn Một', 'BTR.CT.03', null);
	await account('0911200002', 'Trần Thị Hai', 'BTR.CT.03', 'hai.tran@hoithi.vn');
	await account('0911200003', 'Võ Văn Không', 'BTR.CT.03');
	await account('0911200004', 'Ngô Văn Ngoài', 'BTR.TPBT.01');
	await account('0911200005', 'Đỗ Thị Khóa', 'BTR.CT.03');
	await db.update(user).set({ disabledAt: new Date() }).where(eq(user.phone, '0911200005'));

	[{ id: bankId }] = await db.select({ id: bank.id }).from(bank);
	const [[province], [district]] = await Promise.all(['BTR', 'BTR.CT'].map((code) => db.select().from(unit).where(eq(unit.code, code))));
	contestId = await createContest(
		db,
		{
			title: 'Hội thi Chủ tịch UBND xã huyện Châu Thành',
			rules: '',
			organizerUnitId: province.id,
			scopeUnitId: district.id,
			leaderboardPublic: false
		},
		organizer.id
	);
});

afterAll(async () => {
	await server.close();
	await database.close();
});

const form = (roster: string): GameForm => ({
	contestId,
	bankId,
	title: 'Chung kết cụm xã',
	guests: false,
	roster: parseRoster(roster).lines,
	judges: [],
	graceSec: 10,
	segments: [{ kind: 'knowledge', title: 'Khởi động', count: 1, timeLimitSec: 60, points: 10, pointsMode: 'fixed' }]
});

const countOf = async (table: typeof liveGame | typeof livePlayer) => (await database.db.select({ n: count() }).from(table))[0].n;

describe('setting up an assigned game', () => {
	test('every account problem names its line in Vietnamese, and nothing is created', async () => {
		const [games, players] = [await countOf(liveGame), await countOf(livePlayer)];
		const created = await createGameFromForm(
			database.db,
			organizer,
			form(
				'0900000005\nĐội xã An Khánh: 0911200001; 0999999999\n0911200004\nthisinh@hoithi.vn\n0911200005\nĐội xã Phú Túc: 0911200002; hai.tran@hoithi.vn'
			)
		);
		expect(created).toEqual({
			errors: {
				roster: [
					'Dòng 2: không tìm thấy tài khoản 0999999999 trong phạm vi cuộc thi.',
					'Dòng 3: không tìm thấy tài khoản 0911200004 trong phạm vi cuộc thi.',
					'Dòng 4: thisinh@hoithi.vn là Phạm Quốc Bảo, người đã có ở dòng 1.',
					'Dòng 5: tài khoản 0911200005 (Đỗ Thị Khóa) đã bị khóa.',
					'Dòng 6: hai.tran@hoithi.vn là Trần Thị Hai, người đã có ở dòng 6.'
				]
			}
		});
		expect([await countOf(liveGame), await countOf(livePlayer)]).toEqual([games, players]);
	});
});

describe('an assigned game over real sockets: one solo contestant and a team of two', () => {
	let game: LiveGame;
	let host: Client;
	/** The devices that hold a seat, by who holds them. */
	const phones = new Map<string, { socket: Client; seat: LiveSeat }>();

	async function client(phone?: string): Promise<Client> {
		const cookie = phone ? cookies.get(phone) : undefined;
		return server.client(cookie);
	}

	async function join(phone?: string) {
		return request(await client(phone), 'live:join', { pin: game.pin }, ACK);
	}

	/** Joins from a new device of the person's, which then holds the seat. */
	async function seated(phone: string): Promise<LiveSeat> {
		const socket = await client(phone);
		const reply = await request(socket, 'live:join', { pin: game.pin }, ACK);
		expect(reply.ok).toBe(true);
		const seat = (reply as { data: LiveSeat }).data;
		phones.set(phone, { socket, seat });
		return seat;
	}

	const resume = async (seat: LiveSeat) => request(await client(), 'live:resume', { gameId: game.id, token: seat.token }, ACK);

	test('the roster becomes the seats, created with the game: a team plays under its name and its commune', async () => {
		const created = await createGameFromForm(database.db, organizer, form('0900000005\nĐội xã An Khánh: 0911200001; hai.tran@hoithi.vn'));
		if (!('game' in created)) throw new Error(JSON.stringify(created));
		game = created.game;
		expect(game.assigned).toBe(true);
		expect((await assignedSeats(database.db, game.id)).map(({ name, team, members }) => ({ name, team, members }))).toEqual([
			{ name: 'Phạm Quốc Bảo', team: false, members: ['Phạm Quốc Bảo'] },
			{ name: 'Đội xã An Khánh', team: true, members: ['Lê Văn Một', 'Trần Thị Hai'] }
		]);
		const seats = await database.db
			.select({ name: livePlayer.name, userId: attempt.userId, unit: unit.code })
			.from(livePlayer)
			.innerJoin(attempt, eq(attempt.id, livePlayer.attemptId))
			.innerJoin(unit, eq(unit.id, livePlayer.unitId))
			.where(eq(livePlayer.gameId, game.id))
			.orderBy(asc(attempt.id));
		expect(seats).toEqual([
			{ name: 'Phạm Quốc Bảo', userId: ids.get('0900000005'), unit: 'BTR.CT.02' },
			// The team's attempt is the team's, no one member's (like a guest's, known by its seat).
			{ name: 'Đội xã An Khánh', userId: null, unit: 'BTR.CT.03' }
		]);
	});

	test('only the listed people may join: not a guest, not someone of the district, not the organizer', async () => {
		expect(await join()).toEqual({ ok: false, error: 'auth.signInRequired' });
		expect(await join('0911200003')).toEqual({ ok: false, error: 'live.errors.notAssigned' });
		expect(await join('0900000002')).toEqual({ ok: false, error: 'live.errors.notAssigned' });
	});

	test('both team members take the team seat from their own phones, and neither pushes the other out', async () => {
		const first = await seated('0911200001');
		expect(first.view.me).toMatchObject({ name: 'Đội xã An Khánh', team: 'Đội xã An Khánh', unit: 'Xã An Khánh' });
		const second = await seated('0911200002');
		expect(second.playerId).toBe(first.playerId);
		expect(second.token).not.toBe(first.token);
		// Each member's phone comes back after a drop, whoever joined last.
		expect(await resume(first)).toMatchObject({ ok: true, data: { playerId: first.playerId } });
		expect(await resume(second)).toMatchObject({ ok: true, data: { playerId: first.playerId } });
		// A member joining again from another device takes the same seat; only that member's old phone stops.
		const tablet = await seated('0911200001');
		expect(tablet.playerId).toBe(first.playerId);
		expect(await resume(first)).toEqual({ ok: false, error: 'live.errors.seatLost' });
		expect(await resume(second)).toMatchObject({ ok: true });
	});

	test('the solo contestant sits as themselves; the host sees two players', async () => {
		const solo = await seated('0900000005');
		expect(solo.playerId).not.toBe(phones.get('0911200001')!.seat.playerId);
		expect(solo.view.me).toMatchObject({ name: 'Phạm Quốc Bảo', team: null, unit: 'Xã Tân Thạch' });
		host = await client('0900000002');
		expect(await request(host, 'live:watch', { gameId: game.id, as: 'host' }, ACK)).toMatchObject({
			ok: true,
			data: { role: 'host', view: { players: 2 } }
		});
	});

	test('the team answers once, whichever member answers first; the results model has one attempt per seat', async () => {
		expect(await request(host, 'live:command', { gameId: game.id, command: { type: 'start' } }, ACK)).toMatchObject({ ok: true });
		const running = (await liveGames().get(game.id))!;
		const position = running.state.current!.position;
		const right = (running.state.config.segments[0].questions[0].key as { correct: number }).correct;
		const [one, two, bao] = ['0911200001', '0911200002', '0900000005'].map((phone) => phones.get(phone)!.socket);
		expect(await request(two, 'live:answer', { answerId: 'hai-1', position, response: { choice: right } }, ACK)).toEqual({
			ok: true,
			data: { duplicate: false }
		});
		expect(await request(one, 'live:answer', { answerId: 'mot-1', position, response: { choice: (right + 1) % 2 } }, ACK)).toEqual({
			ok: false,
			error: 'live.errors.alreadyAnswered'
		});
		expect(await request(bao, 'live:answer', { answerId: 'bao-1', position, response: { choice: (right + 1) % 2 } }, ACK)).toMatchObject({
			ok: true
		});
		expect(await request(host, 'live:command', { gameId: game.id, command: { type: 'reveal' } }, ACK)).toMatchObject({ ok: true });
		expect(await request(host, 'live:command', { gameId: game.id, command: { type: 'end' } }, ACK)).toMatchObject({ ok: true });

		const attempts = await database.db
			.select({
				id: attempt.id,
				userId: attempt.userId,
				score: attempt.score,
				correct: attempt.correctCount,
				rank: attempt.liveRank,
				submitted: attempt.submittedAt
			})
			.from(attempt)
			.where(eq(attempt.roundId, game.roundId))
			.orderBy(asc(attempt.liveRank));
		expect(
			attempts.map(({ userId, score, correct, rank, submitted }) => ({ userId, score, correct, rank, submitted: submitted !== null }))
		).toEqual([
			{ userId: null, score: 10, correct: 1, rank: 1, submitted: true },
			{ userId: ids.get('0900000005'), score: 0, correct: 0, rank: 2, submitted: true }
		]);
		const answers = await database.db
			.select({ attemptId: answer.attemptId, correct: answer.correct })
			.from(answer)
			.innerJoin(attempt, eq(attempt.id, answer.attemptId))
			.where(eq(attempt.roundId, game.roundId));
		expect(answers.sort((a, b) => a.attemptId - b.attemptId)).toEqual(
			attempts.map((a) => ({ attemptId: a.id, correct: a.rank === 1 })).sort((a, b) => a.attemptId - b.attemptId)
		);
	});

	test('the plan roll-in counts the team once, in its commune, beside the solo contestant', async () => {
		// A task no other contest rolls into, so the figures are this game's alone.
		const [task] = await database.db
			.select({ id: planTask.id })
			.from(planTask)
			.leftJoin(contest, eq(contest.planTaskId, planTask.id))
			.where(isNull(contest.id))
			.limit(1);
		await linkContestToTask(database.db, contestId, task.id);
		const [{ opensAt }] = await database.db.select({ opensAt: round.opensAt }).from(round).where(eq(round.id, game.roundId));
		const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(opensAt));
		const rollIn = await contestRollIn(database.db, task.id, period(year, 'Y'), new Date(Date.now() + 1000));
		expect(rollIn.rounds.find((r) => r.roundId === game.roundId)).toMatchObject({ participants: 2, attempts: 2, prizeWinners: 2 });
		expect(rollIn).toMatchObject({ participants: 2, attempts: 2 });
		expect(rollIn.units.map((u) => [u.name, u.participants]).sort()).toEqual([
			['Xã An Khánh', 1],
			['Xã Tân Thạch', 1]
		]);
	});
});
