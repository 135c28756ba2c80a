import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LiveSeat } from '$lib/realtime/events';
import { createSession, generateSessionToken, SESSION_COOKIE } from '$lib/server/auth/session';
import type { Database } from '$lib/server/db/client';
import { answer, bank, unit, user } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/db/seed';
import { openTestDatabase } from '$lib/server/db/test-db';
import { ioServer } from '$lib/server/realtime/server';
import { request } from '$lib/client/request';
import { ACK, startSocketServer, type TestClient as Client, type TestSocketServer } from '$lib/server/realtime/test-server';
import { createContest } from '$lib/server/contests/contests';
import { createLiveGame, type LiveGame } from './games';
import { gameConfigFrom } from './setup';
import { findPlayer } from '$lib/live/state';
import { liveGames } from './registry';
import { playerRoom } from './rooms';

let database: Database;
let server: TestSocketServer;
let game: LiveGame;
let organizerCookie: string;

/** The real Socket.IO server with the app's handlers, on a real HTTP port, over the test database. */
beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	await seedDemo(db);
	server = await startSocketServer(database);

	const [{ id: bankId, unitId }] = await db.select({ id: bank.id, unitId: bank.unitId }).from(bank);
	const [organizer] = await db.select().from(user).where(eq(user.role, 'organizer'));
	const [province] = await db.select().from(unit).where(eq(unit.code, 'BTR'));
	const contestId = await createContest(
		db,
		{ title: 'Hội thi trực tiếp', rules: '', organizerUnitId: unitId, scopeUnitId: province.id, leaderboardPublic: false },
		organizer.id
	);
	const config = await gameConfigFrom(
		db,
		bankId,
		[{ kind: 'knowledge', title: 'Khởi động', count: 3, timeLimitSec: 60, points: 100, pointsMode: 'speed' }],
		[]
	);
	game = await createLiveGame(db, { contestId, bankId, title: 'Đoàn viên tranh tài', guests: true, config, createdBy: organizer.id });
	const token = generateSessionToken();
	await createSession(db, token, organizer.id);
	organizerCookie = `${SESSION_COOKIE}=${token}`;
});

afterAll(async () => {
	await server.close();
	await database.close();
});

const client = (cookie?: string): Promise<Client> => server.client(cookie);

const rightChoice = async () => {
	const host = (await liveGames().get(game.id))!;
	const { segment, question } = host.state.current!.position;
	const key = host.state.config.segments[segment].questions[question].key as { correct: number };
	return key.correct;
};

describe('live games over real sockets', () => {
	let host: Client;
	let player: Client;
	let seat: LiveSeat;

	test('a guest joins by PIN with a nickname; a rude one is refused', async () => {
		player = await client();
		expect(await request(player, 'live:join', { pin: game.pin, name: 'đụ má' }, ACK)).toEqual({
			ok: false,
			error: 'live.errors.nickname.rude'
		});
		const joined = await request(player, 'live:join', { pin: game.pin, name: 'Hải Âu' }, ACK);
		expect(joined.ok).toBe(true);
		seat = (joined as { data: LiveSeat }).data;
		expect(seat.view.phase).toBe('lobby');
		host = await client(organizerCookie);
		const watched = await request(host, 'live:watch', { gameId: game.id, as: 'host' }, ACK);
		expect(watched).toMatchObject({ ok: true, data: { role: 'host', view: { players: 1 } } });
	});

	test('a player cannot act as host or judge', async () => {
		expect(await request(player, 'live:command', { gameId: game.id, command: { type: 'start' } }, ACK)).toEqual({
			ok: false,
			error: 'errors.forbidden'
		});
		expect(await request(player, 'live:watch', { gameId: game.id, as: 'host' }, ACK)).toEqual({ ok: false, error: 'errors.forbidden' });
		expect(await request(player, 'live:score', { gameId: game.id, position: { segment: 0, question: 0 }, scores: [1] }, ACK)).toEqual({
			ok: false,
			error: 'errors.forbidden'
		});
		expect(await request(player, 'live:players', { gameId: game.id, query: 'hai' }, ACK)).toEqual({ ok: false, error: 'errors.forbidden' });
	});

	test('the host finds a player by name, diacritics ignored', async () => {
		expect(await request(host, 'live:players', { gameId: game.id, query: 'hai au' }, ACK)).toMatchObject({
			ok: true,
			data: [{ id: seat.playerId, name: 'Hải Âu', rank: 1 }]
		});
	});

	test('the question reaches the player without its key; the answer is acknowledged once committed, and kept once', async () => {
		const question = new Promise<unknown>((resolve) => player.once('live:message', resolve));
		expect(await request(host, 'live:command', { gameId: game.id, command: { type: 'start' } }, ACK)).toMatchObject({ ok: true });
		const broadcast = (await question) as { type: string; info: { question: object; position: { segment: number; question: number } } };
		expect(broadcast.type).toBe('broadcastQuestion');
		expect(JSON.stringify(broadcast)).not.toMatch(/"correct"|"key"/);
		const position = broadcast.info.position;
		const choice = await rightChoice();
		const sent = { answerId: 'hai-au-1', position, response: { choice } };
		expect(await request(player, 'live:answer', sent, ACK)).toEqual({ ok: true, data: { duplicate: false } });
		const [{ attemptId }] = await database.db.select({ attemptId: answer.attemptId }).from(answer);
		expect(await request(player, 'live:answer', sent, ACK)).toEqual({ ok: true, data: { duplicate: true } });
		expect(await database.db.select().from(answer).where(eq(answer.attemptId, attemptId))).toHaveLength(1);
	});

	test('a dropped player comes back as the same player, on the same question, with the answer given', async () => {
		player.close();
		player = await client();
		const resumed = await request(player, 'live:resume', { gameId: game.id, token: seat.token }, ACK);
		expect(resumed).toMatchObject({ ok: true, data: { playerId: seat.playerId, view: { phase: 'locked' } } });
		// Everyone connected had answered, so the question locked by itself; the player's answer is there.
		expect((resumed as { data: LiveSeat }).data.view.myAnswer).toMatchObject({ answerId: 'hai-au-1' });
	});

	test('a player on two sockets stays connected when one of them drops', async () => {
		const second = await client();
		expect(await request(second, 'live:resume', { gameId: game.id, token: seat.token }, ACK)).toMatchObject({ ok: true });
		const seated = () => ioServer()!.sockets.adapter.rooms.get(playerRoom(game.id, seat.playerId))?.size;
		expect(seated()).toBe(2);
		player.close();
		await expect.poll(seated).toBe(1);
		await request(second, 'live:clock', ACK);
		expect(findPlayer((await liveGames().get(game.id))!.state, seat.playerId)?.away).toBeNull();
		player = second;
	});

	test('after a server restart the game resumes from the database with every acknowledged answer', async () => {
		await request(host, 'live:command', { gameId: game.id, command: { type: 'reveal' } }, ACK);
		const before = (await liveGames().get(game.id))!.state;
		liveGames().closeAll(); // what a restart loses: everything in memory
		const again = await client();
		const resumed = await request(again, 'live:resume', { gameId: game.id, token: seat.token }, ACK);
		expect(resumed).toMatchObject({
			ok: true,
			data: { playerId: seat.playerId, view: { phase: 'revealed', reveal: { mine: { correct: true } } } }
		});
		const after = (await liveGames().get(game.id))!.state;
		expect(after.current).toEqual(before.current);
	});

	test('an answer after the question is closed is refused', async () => {
		await request(host, 'live:command', { gameId: game.id, command: { type: 'next' } }, ACK);
		await request(host, 'live:command', { gameId: game.id, command: { type: 'lock' } }, ACK);
		const position = (await liveGames().get(game.id))!.state.current!.position;
		const late = await request(player, 'live:answer', { answerId: 'hai-au-2', position, response: { choice: 0 } }, ACK);
		expect(late.ok).toBe(false);
	});

	test('a nickname taken in the game is refused with a free one to suggest', async () => {
		const other = await client();
		expect(await request(other, 'live:join', { pin: game.pin, name: 'hải âu' }, ACK)).toEqual({
			ok: true,
			data: { nameTaken: 'hải âu 2' }
		});
	});

	test('a guest removed from the game does not come back from that device under another nickname', async () => {
		const device = await client();
		const joined = (await request(device, 'live:join', { pin: game.pin, name: 'Sáo Sậu' }, ACK)) as { data: LiveSeat };
		await request(host, 'live:command', { gameId: game.id, command: { type: 'removePlayer', playerId: joined.data.playerId } }, ACK);
		const again = await client();
		expect(await request(again, 'live:join', { pin: game.pin, name: 'Chèo Bẻo', seats: [joined.data.token] }, ACK)).toEqual({
			ok: false,
			error: 'live.errors.removedHere'
		});
	});

	test('a socket that takes another seat leaves the first one, which shows as gone', async () => {
		const device = await client();
		const first = (await request(device, 'live:join', { pin: game.pin, name: 'Chim Én' }, ACK)) as { data: LiveSeat };
		const second = await request(device, 'live:join', { pin: game.pin, name: 'Chim Sẻ' }, ACK);
		expect(second.ok).toBe(true);
		const state = (await liveGames().get(game.id))!.state;
		expect(findPlayer(state, first.data.playerId)?.away).toMatchObject({ departed: false });
		expect(ioServer()!.sockets.adapter.rooms.get(playerRoom(game.id, first.data.playerId))).toBeUndefined();
	});

	test('a connection recovered after a blip keeps its seat without resuming: the game hears the player is back, the missed messages arrive', async () => {
		const phone = await client();
		const joined = (await request(phone, 'live:join', { pin: game.pin, name: 'Bồ Câu' }, ACK)) as { data: LiveSeat };
		const awayOf = async () => findPlayer((await liveGames().get(game.id))!.state, joined.data.playerId)?.away ?? null;
		const revealed = new Promise((resolve) => phone.once('live:message', resolve));
		await request(host, 'live:command', { gameId: game.id, command: { type: 'reveal' } }, ACK);
		await revealed; // with Socket.IO's offset, which recovery starts from
		// The network goes, as on a phone: the WebSocket's TCP connection dies without a goodbye.
		(phone.io.engine.transport as unknown as { ws: { terminate(): void } }).ws.terminate();
		await expect.poll(awayOf).toMatchObject({ departed: false });
		await request(host, 'live:command', { gameId: game.id, command: { type: 'showLeaderboard' } }, ACK);
		const missed: string[] = [];
		phone.on('live:message', (m) => missed.push(m.type));
		phone.connect();
		await new Promise<void>((resolve) => phone.once('connect', resolve));
		expect(phone.recovered).toBe(true);
		await expect.poll(() => missed).toContain('leaderboard');
		await expect.poll(awayOf).toBeNull();
		await request(host, 'live:command', { gameId: game.id, command: { type: 'next' } }, ACK);
		const position = (await liveGames().get(game.id))!.state.current!.position;
		expect(await request(phone, 'live:answer', { answerId: 'bo-cau-3', position, response: { choice: 0 } }, ACK)).toEqual({
			ok: true,
			data: { duplicate: false }
		});
	});
});
