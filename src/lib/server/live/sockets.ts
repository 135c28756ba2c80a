import { judgesGame, mayPlay, runsGame } from '$lib/live/access';
import { checkNickname } from '$lib/live/nicknames';
import type { LiveSeat, Reply } from '$lib/realtime/events';
import type { SessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { fail, handle } from '$lib/server/realtime/handle';
import type { AppSocket } from '$lib/server/realtime/server';
import { gameUnits } from './access';
import type { LiveGame } from './games';
import { liveGames } from './registry';
import { gameRoom, judgeRoom, playerRoom, seatHasSockets, staffRoom } from './rooms';
import { playerByToken, seatPlayer, takeAssignedSeat } from './seats';

/**
 * The live game's socket requests: players join and play, the staff watch and run the game, judges
 * score. Access is checked here, on the game's row; the game itself answers through `liveGames().run`,
 * on whichever process hosts it.
 */

/** The socket's user, if they run this game. */
async function runnerOf(socket: AppSocket, game: LiveGame): Promise<SessionUser | null> {
	const user = socket.data.user;
	return user && runsGame(user, (await gameUnits(game)).organizerPath) ? user : null;
}

/** The socket's user, if they judge this game. */
function judgeOf(socket: AppSocket, game: LiveGame): SessionUser | null {
	const user = socket.data.user;
	return user && judgesGame(game.config, user.id) ? user : null;
}

/** A seat has left when the last of its sockets, on any process, has. */
async function leaveIfLast(seat: { gameId: number; playerId: string }): Promise<void> {
	if (await seatHasSockets(seat)) return;
	await liveGames().run(seat.gameId, 'submit', { command: { type: 'leave' }, by: { role: 'player', id: seat.playerId } });
}

interface Sitting {
	playerId: string;
	token: string;
	/** Set for a new seat, whose attempt the game learns of here. */
	attemptId: number | null;
	name: string;
	unit: string | null;
	team?: string | null;
}

/**
 * Takes a seat's socket into its rooms and tells the game the player is here (a team: under its name).
 * The socket is in the seat's room before the game hears of it, so another of the seat's sockets
 * dropping meanwhile finds it there and does not mark the seat gone.
 */
async function sit(socket: AppSocket, game: LiveGame, seat: Sitting): Promise<Reply<LiveSeat>> {
	const before = socket.data.seat;
	const rooms = [gameRoom(game.id), playerRoom(game.id, seat.playerId)];
	await socket.join(rooms);
	const sat = await liveGames().run(game.id, 'sit', {
		playerId: seat.playerId,
		attemptId: seat.attemptId,
		name: seat.name,
		unit: seat.unit,
		team: seat.team ?? null
	});
	if (!sat?.view) {
		if (before?.gameId !== game.id) await socket.leave(rooms[0]);
		if (before?.playerId !== seat.playerId) await socket.leave(rooms[1]);
		return fail(sat ? `live.errors.${sat.refusal}` : 'live.errors.noSuchGame');
	}
	socket.data.seat = { gameId: game.id, playerId: seat.playerId };
	// The socket moved to another seat: the one it left may have no socket any more.
	if (before && (before.gameId !== game.id || before.playerId !== seat.playerId)) {
		await socket.leave(playerRoom(before.gameId, before.playerId));
		if (before.gameId !== game.id) await socket.leave(gameRoom(before.gameId));
		void leaveIfLast(before).catch(() => {});
	}
	return { ok: true, data: { gameId: game.id, title: game.title, playerId: seat.playerId, token: seat.token, view: sat.view } };
}

export function registerLiveEvents(socket: AppSocket): void {
	handle(socket, 'live:clock', async () => Date.now());

	handle(socket, 'live:join', async ({ pin, name, seats }) => {
		const game = await liveGames().withPin(pin);
		if (!game) return fail('live.errors.noSuchGame');
		const user = socket.data.user;
		if (game.guests && !user) {
			const nickname = checkNickname(name ?? '');
			if (!nickname.ok) return fail(`live.errors.nickname.${nickname.reason}`);
			// A guest removed from this game does not come back from the same device under another name.
			const earlier = await Promise.all((seats ?? []).map((token) => playerByToken(db(), game.id, token)));
			const admitted = await liveGames().run(game.id, 'admit', {
				name: nickname.name,
				playerIds: earlier.flatMap((s) => (s ? [s.playerId] : []))
			});
			if (!admitted) return fail('live.errors.noSuchGame');
			if (admitted.refusal === 'removed') return fail('live.errors.removedHere');
			if (admitted.refusal === 'nameTaken') return { ok: true, data: { nameTaken: admitted.suggestion } };
			const seat = await seatPlayer(db(), game, { userId: null, name: nickname.name, unitId: null });
			return sit(socket, game, { ...seat, name: nickname.name, unit: null });
		}
		if (!user) return fail('auth.signInRequired');
		// An assigned competition: the listed people only, each in their seat (a team member in the team's).
		if (game.assigned) {
			const seat = await takeAssignedSeat(db(), game.id, user.id);
			if (!seat) return fail('live.errors.notAssigned');
			return sit(socket, game, { ...seat, unit: seat.unitName });
		}
		// Official competitions: the people of the contest's units (its organizers too, for a rehearsal).
		if (!mayPlay(user, await gameUnits(game))) return fail('errors.forbidden');
		const seat = await seatPlayer(db(), game, { userId: user.id, name: user.fullName, unitId: user.unitId });
		return sit(socket, game, { ...seat, name: user.fullName, unit: user.unitName });
	});

	handle(socket, 'live:resume', async ({ gameId, token }) => {
		const game = await liveGames().game(gameId);
		const seat = game && (await playerByToken(db(), gameId, token));
		if (!game || !seat) return fail('live.errors.seatLost');
		// A known player: the game keeps their name and unit.
		return sit(socket, game, { playerId: seat.playerId, token, attemptId: seat.attemptId, name: '', unit: null });
	});

	handle(socket, 'live:answer', async ({ answerId, position, response }) => {
		const seat = socket.data.seat;
		if (!seat) return fail('live.errors.seatLost');
		const answered = await liveGames().run(seat.gameId, 'submit', {
			command: { type: 'answer', answerId, position, response },
			by: { role: 'player', id: seat.playerId }
		});
		if (!answered) return fail('live.errors.noSuchGame');
		if (answered.refusal) return fail(`live.errors.${answered.refusal}`);
		return { ok: true, data: { duplicate: answered.duplicate } };
	});

	handle(socket, 'live:buzz', async ({ position }) => {
		const seat = socket.data.seat;
		if (!seat) return fail('live.errors.seatLost');
		const buzzed = await liveGames().run(seat.gameId, 'submit', {
			command: { type: 'buzz', position },
			by: { role: 'player', id: seat.playerId }
		});
		if (!buzzed) return fail('live.errors.noSuchGame');
		return buzzed.refusal ? fail(`live.errors.${buzzed.refusal}`) : { ok: true, data: null };
	});

	handle(socket, 'live:star', async () => {
		const seat = socket.data.seat;
		if (!seat) return fail('live.errors.seatLost');
		const staked = await liveGames().run(seat.gameId, 'submit', {
			command: { type: 'stakeOwnStar' },
			by: { role: 'player', id: seat.playerId }
		});
		if (!staked) return fail('live.errors.noSuchGame');
		return staked.refusal ? fail(`live.errors.${staked.refusal}`) : { ok: true, data: null };
	});

	handle(socket, 'live:watch', async ({ gameId, as }) => {
		const game = await liveGames().game(gameId);
		if (!game) return fail('live.errors.noSuchGame');
		if (as === 'judge') {
			const judge = judgeOf(socket, game);
			if (!judge) return fail('errors.forbidden');
			await socket.join([gameRoom(gameId), judgeRoom(gameId, judge.id)]);
			const view = await liveGames().run(gameId, 'view', { as: 'judge', judgeId: judge.id });
			return view ? { ok: true, data: view } : fail('live.errors.noSuchGame');
		}
		if (!(await runnerOf(socket, game))) return fail('errors.forbidden');
		await socket.join([gameRoom(gameId), staffRoom(gameId)]);
		const view = await liveGames().run(gameId, 'view', { as });
		return view ? { ok: true, data: view } : fail('live.errors.noSuchGame');
	});

	handle(socket, 'live:command', async ({ gameId, command }) => {
		const game = await liveGames().game(gameId);
		if (!game) return fail('live.errors.noSuchGame');
		const runner = await runnerOf(socket, game);
		if (!runner) return fail('errors.forbidden');
		const done = await liveGames().run(gameId, 'submit', { command, by: { role: 'host', id: runner.id }, view: { as: 'host' } });
		if (!done) return fail('live.errors.noSuchGame');
		if (done.refusal) return fail(`live.errors.${done.refusal}`);
		return done.view?.role === 'host' ? { ok: true, data: done.view.view } : fail('errors.unexpected');
	});

	handle(socket, 'live:players', async ({ gameId, query }) => {
		const game = await liveGames().game(gameId);
		if (!game) return fail('live.errors.noSuchGame');
		if (!(await runnerOf(socket, game))) return fail('errors.forbidden');
		const players = await liveGames().run(gameId, 'find', { query });
		return players ? { ok: true, data: players } : fail('live.errors.noSuchGame');
	});

	handle(socket, 'live:score', async ({ gameId, position, scores }) => {
		const game = await liveGames().game(gameId);
		if (!game) return fail('live.errors.noSuchGame');
		const judge = judgeOf(socket, game);
		if (!judge) return fail('errors.forbidden');
		const done = await liveGames().run(gameId, 'submit', {
			command: { type: 'judgeScore', position, scores },
			by: { role: 'judge', id: judge.id },
			view: { as: 'judge', judgeId: judge.id }
		});
		if (!done) return fail('live.errors.noSuchGame');
		if (done.refusal) return fail(`live.errors.${done.refusal}`);
		return done.view?.role === 'judge' ? { ok: true, data: done.view.view } : fail('errors.unexpected');
	});

	// A connection Socket.IO recovered after a blip is back in its seat's rooms, and the missed messages
	// are replayed to it: the game only has to hear that the player is here again.
	const recovered = socket.recovered ? socket.data.seat : undefined;
	if (recovered)
		void liveGames()
			.run(recovered.gameId, 'submit', { command: { type: 'reconnect' }, by: { role: 'player', id: recovered.playerId } })
			.catch(() => {});

	// Socket.IO has already taken the socket out of its rooms.
	socket.on('disconnect', () => {
		if (socket.data.seat) void leaveIfLast(socket.data.seat).catch(() => {});
	});
}
