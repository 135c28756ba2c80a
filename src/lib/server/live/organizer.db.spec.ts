import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionUser } from '$lib/server/auth/session';
import { createUser } from '$lib/server/auth/users';
import type { Database } from '$lib/server/db/client';
import { DEMO_PASSWORD } from '$lib/server/db/demo-units';
import { bank, contest, liveGame, round, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { GameForm } from './game-form';
import type { LiveGame } from './games';
import { seatPlayer } from './seats';
import { GameHost } from './host';
import { gameFormValues } from './game-form';
import {
	archiveEndedGame,
	createGameFromForm,
	deleteUnstartedGame,
	gamesJudgedBy,
	gamesRunBy,
	judgeOptions,
	updateGameFromForm
} from './organizer';
import { liveResultsWorkbook } from './results-export';

let database: Database;
let organizer: SessionUser;
let judgeId: string;
let contestId: number;
let bankId: number;

async function sessionUser(id: string): Promise<SessionUser> {
	const [found] = await database.db
		.select({ id: user.id, fullName: user.fullName, role: user.role, unitId: user.unitId, unitName: unit.name, unitPath: unit.path })
		.from(user)
		.innerJoin(unit, eq(unit.id, user.unitId))
		.where(eq(user.id, id));
	return found;
}

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	const [o] = await db.select({ id: user.id }).from(user).where(eq(user.role, 'organizer'));
	organizer = await sessionUser(o.id);
	[{ id: judgeId }] = await db.select({ id: user.id }).from(user).where(eq(user.role, 'judge'));
	[{ id: contestId }] = await db.select({ id: contest.id }).from(contest);
	[{ id: bankId }] = await db.select({ id: bank.id }).from(bank);
});
afterAll(() => database.close());

const plan = (segments: GameForm['segments'], judges = [judgeId]): GameForm => ({
	contestId,
	bankId,
	title: 'Chung khảo cụm huyện',
	guests: true,
	roster: [],
	judges,
	graceSec: 10,
	segments
});
const knowledge = (count: number) => ({
	kind: 'knowledge' as const,
	title: 'Khởi động',
	count,
	timeLimitSec: 15,
	points: 10,
	pointsMode: 'fixed' as const
});
const situation = (count: number) => ({
	kind: 'situation' as const,
	title: 'Xử lý tình huống',
	count,
	timeLimitSec: 120,
	points: 10,
	pointsMode: 'fixed' as const
});

describe('the demo', () => {
	test('has a stage competition waiting in the lobby: five speed-scored questions and a situation for the demo judge', async () => {
		const [game] = await database.db.select().from(liveGame);
		expect(game).toMatchObject({
			title: 'Hội thi Chủ tịch UBND cấp xã với công tác cải cách hành chính',
			status: 'lobby',
			guests: false,
			contestId
		});
		expect(game.pin).toMatch(/^\d{6}$/);
		expect(game.config.segments.map((s) => [s.kind, s.questions.length])).toEqual([
			['knowledge', 5],
			['situation', 1]
		]);
		expect(game.config.segments[0]).toMatchObject({ pointsMode: 'speed' });
		expect(game.config.segments[0].questions.every((q) => q.timeLimitSec === 20)).toBe(true);
		expect(game.config.segments[1].questions[0].display.type).toBe('situation');
		expect(game.config.judges.map((j) => j.id)).toEqual([judgeId]);
	});
});

describe('who sees which games', () => {
	test("the organizers of the contest's unit see it, an organizer elsewhere does not, and its judge finds it", async () => {
		expect((await gamesRunBy(database.db, organizer)).map((g) => g.title)).toContain(
			'Hội thi Chủ tịch UBND cấp xã với công tác cải cách hành chính'
		);
		const [justice] = await database.db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'BTR.STP'));
		const elsewhere = await createUser(database.db, {
			fullName: 'Trần Thị Khác',
			phone: '0911000001',
			email: null,
			birthDate: null,
			unitId: justice.id,
			role: 'organizer',
			password: DEMO_PASSWORD
		});
		expect(await gamesRunBy(database.db, await sessionUser(elsewhere))).toEqual([]);
		expect((await gamesJudgedBy(database.db, judgeId)).map((g) => g.contestTitle)).toHaveLength(1);
		expect(await gamesJudgedBy(database.db, organizer.id)).toEqual([]);
		expect((await judgeOptions(database.db)).map((j) => j.id)).toEqual([judgeId]);
	});
});

describe('setting a game up from the form', () => {
	test('a part the bank cannot fill is named by its row', async () => {
		expect(await createGameFromForm(database.db, organizer, plan([knowledge(2), situation(50)]))).toEqual({
			errors: { 'segments.1.count': ['live.setup.notEnoughQuestions'] }
		});
	});

	test('a situation needs a judge, and only real judges sit on the panel', async () => {
		expect(await createGameFromForm(database.db, organizer, plan([situation(1)], []))).toEqual({
			errors: { judges: ['live.setup.noJudges'] }
		});
		expect(await createGameFromForm(database.db, organizer, plan([situation(1)], [organizer.id]))).toEqual({
			errors: { judges: ['live.form.judgeInvalid'] }
		});
	});

	test('a contest the organizer does not run is refused', async () => {
		const [justice] = await database.db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'BTR.STP'));
		const other = await createUser(database.db, {
			fullName: 'Lê Văn Ngoài',
			phone: '0911000002',
			email: null,
			birthDate: null,
			unitId: justice.id,
			role: 'organizer',
			password: DEMO_PASSWORD
		});
		expect(await createGameFromForm(database.db, await sessionUser(other), plan([knowledge(1)]))).toEqual({
			errors: { contestId: ['live.form.contestRequired'] }
		});
	});

	test("each part keeps its own scoring: the buzzer's penalty, a streak bonus, dropping the extreme judges", async () => {
		const buzzer = { ...knowledge(1), kind: 'buzzer' as const, penalty: 5 };
		const created = await createGameFromForm(
			database.db,
			organizer,
			plan([buzzer, { ...knowledge(1), streakStep: 10 }, { ...situation(1), dropExtremes: true }])
		);
		if (!('game' in created)) throw new Error(JSON.stringify(created));
		expect(created.game.config.segments).toMatchObject([
			{ kind: 'buzzer', penalty: 5 },
			{ kind: 'knowledge', streakBonus: { step: 10, max: 50 } },
			{ kind: 'situation', dropExtremes: true }
		]);
	});
});

describe('the results workbook', () => {
	let game: LiveGame;
	let clock = Date.parse('2026-11-28T08:00:00Z');

	test('has every player on every question, the standings and the audit log', async () => {
		const created = await createGameFromForm(database.db, organizer, plan([knowledge(2)], []));
		if (!('game' in created)) throw new Error(JSON.stringify(created));
		game = created.game;
		const host = (await GameHost.load(
			database.db,
			game.id,
			() => {},
			() => clock
		))!;
		const seat = async (name: string) => {
			const s = await seatPlayer(database.db, game, { userId: null, name, unitId: null });
			host.seated(s.playerId, s.attemptId);
			await host.submit({ type: 'join', name }, { role: 'player', id: s.playerId });
			return s.playerId;
		};
		const mc = { role: 'host' as const, id: organizer.id };
		const an = await seat('Hải Âu Nhanh Nhẹn');
		const binh = await seat('Sơn Ca Tự Tin');
		const right = () => {
			const { segment, question } = host.state.current!.position;
			return (game.config.segments[segment].questions[question].key as { correct: number }).correct;
		};
		for (let q = 0; q < 2; q++) {
			await host.submit(q === 0 ? { type: 'start' } : { type: 'next' }, mc);
			const position = host.state.current!.position;
			clock += 2500;
			await host.submit({ type: 'answer', answerId: `an-${q}`, position, response: { choice: right() } }, { role: 'player', id: an });
			clock += 1500;
			await host.submit(
				{ type: 'answer', answerId: `binh-${q}`, position, response: { choice: (right() + 1) % 2 } },
				{ role: 'player', id: binh }
			);
			await host.submit({ type: 'reveal' }, mc);
		}
		await host.submit({ type: 'adjustScore', playerId: binh, delta: 5, reason: 'Khiếu nại câu 2 được chấp nhận' }, mc);
		await host.submit({ type: 'end' }, mc);
		host.close();

		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await liveResultsWorkbook(database.db, game)) as never);
		const rows = (name: string) => {
			const sheet = workbook.getWorksheet(name)!;
			return sheet
				.getSheetValues()
				.slice(2)
				.map((r) => (r as unknown[]).slice(1));
		};
		expect(workbook.worksheets.map((s) => s.name)).toEqual(['Theo câu hỏi', 'Xếp hạng', 'Nhật ký điều chỉnh']);
		expect(rows('Theo câu hỏi').map((r) => [r[1], r[3], r[5], r[6], r[7]])).toEqual([
			[1, 'Hải Âu Nhanh Nhẹn', 'Đúng', 10, 2.5],
			[1, 'Sơn Ca Tự Tin', 'Sai', 0, 4],
			[2, 'Hải Âu Nhanh Nhẹn', 'Đúng', 10, 2.5],
			[2, 'Sơn Ca Tự Tin', 'Sai', 0, 4]
		]);
		expect(rows('Xếp hạng').map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
			[1, 'Hải Âu Nhanh Nhẹn', 20, 2],
			[2, 'Sơn Ca Tự Tin', 5, 0]
		]);
		expect(rows('Nhật ký điều chỉnh').map((r) => r.slice(1))).toEqual([
			['Điều chỉnh điểm', 'Sơn Ca Tự Tin', 5, 'Khiếu nại câu 2 được chấp nhận', organizer.fullName]
		]);
	});
});

describe('putting games away', () => {
	test('a game that never started is deleted with its round; one that started is kept', async () => {
		const created = await createGameFromForm(database.db, organizer, plan([knowledge(1)]));
		if (!('game' in created)) throw new Error('not created');
		const { game } = created;
		await seatPlayer(database.db, game, { userId: null, name: 'Sen Hồng', unitId: null });
		await database.db.update(liveGame).set({ status: 'running' }).where(eq(liveGame.id, game.id));
		await expect(deleteUnstartedGame(database.db, game)).rejects.toMatchObject({ code: 'live.manage.notDeletable' });
		await database.db.update(liveGame).set({ status: 'lobby' }).where(eq(liveGame.id, game.id));
		await deleteUnstartedGame(database.db, game);
		expect(await database.db.select().from(liveGame).where(eq(liveGame.id, game.id))).toEqual([]);
		expect(await database.db.select().from(round).where(eq(round.id, game.roundId))).toEqual([]);
	});

	test('only an ended game is archived, and it can come back', async () => {
		const created = await createGameFromForm(database.db, organizer, plan([knowledge(1)]));
		if (!('game' in created)) throw new Error('not created');
		const { game } = created;
		await expect(archiveEndedGame(database.db, game.id, true)).rejects.toMatchObject({ code: 'live.manage.notArchivable' });
		await database.db.update(liveGame).set({ status: 'ended' }).where(eq(liveGame.id, game.id));
		await archiveEndedGame(database.db, game.id, true, new Date('2026-12-08T01:00:00Z'));
		const listed = (await gamesRunBy(database.db, organizer)).find((g) => g.id === game.id);
		expect(listed?.archivedAt).toEqual(new Date('2026-12-08T01:00:00Z'));
		await archiveEndedGame(database.db, game.id, false);
		expect((await gamesRunBy(database.db, organizer)).find((g) => g.id === game.id)?.archivedAt).toBeNull();
	});
});

describe('editing a game in the lobby', () => {
	test('the same form changes its title and parts, the questions drawn again; once started it is refused', async () => {
		const created = await createGameFromForm(database.db, organizer, plan([knowledge(1)]));
		if (!('game' in created)) throw new Error('not created');
		const { game } = created;
		const values = gameFormValues(game, bankId);
		expect(values.segments).toEqual([expect.objectContaining({ kind: 'knowledge', count: '1', timeLimitSec: '15', points: '10' })]);
		const changed = { ...plan([knowledge(2), situation(1)]), title: 'Chung kết toàn tỉnh' };
		expect(await updateGameFromForm(database.db, organizer, game, changed)).toEqual({});
		const [stored] = await database.db.select().from(liveGame).where(eq(liveGame.id, game.id));
		expect(stored.title).toBe('Chung kết toàn tỉnh');
		expect(stored.config.segments.map((s) => [s.kind, s.questions.length])).toEqual([
			['knowledge', 2],
			['situation', 1]
		]);
		expect(await updateGameFromForm(database.db, organizer, game, { ...changed, contestId: contestId + 1000 })).toEqual({
			errors: { contestId: ['live.form.contestFixed'] }
		});
		await database.db.update(liveGame).set({ status: 'running' }).where(eq(liveGame.id, game.id));
		await expect(updateGameFromForm(database.db, organizer, game, changed)).rejects.toMatchObject({ code: 'live.manage.notEditable' });
	});
});
