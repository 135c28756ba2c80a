import { judgesGame, mayPlay, runsGame } from '$lib/live/access';
import type { Actor } from '$lib/live/events';
import { checkNickname } from '$lib/live/nicknames';
import { findPlayer } from '$lib/live/state';
import { findPlayers, hostView, judgeView, playerView, screenView } from '$lib/live/views';
import type { LiveSeat, Reply } from '$lib/realtime/events';
import type { SessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { fail, handle } from '$lib/server/realtime/handle';
import type { AppSocket } from '$lib/server/realtime/server';
import { gameUnits } from './access';
import { activeGameByPin } from './games';
import type { GameHost } from './host';
import { liveGames } from './registry';
import { gameRoom, judgeRoom, playerRoom, seatHasSockets, staffRoom } from './rooms';
import { playerByToken, seatPlayer, takeAssignedSeat } from './seats';

/** The live game's socket requests: players join and play, the staff watch and run the game, judges score. */

/** The socket's user, if they run this game. */
async function runnerOf(socket: AppSocket, host: GameHost): Promise<SessionUser | null> {
	const user = socket.data.user;
	return user && runsGame(user, (await gameUnits(host.game)).organizerPath) ? user : null;
}

/** The socket's user, if they judge this game. */
function judgeOf(socket: AppSocket, host: GameHost): SessionUser | null {
	const user = socket.data.user;
	return user && judgesGame(host.game.config, user.id) ? user : null;
}

/** A seat has left when the last of its sockets has. */
function leaveIfLast(seat: { gameId: number; playerId: string }): void {
	if (seatHasSockets(seat)) return;
	void liveGames()
		.submit(seat.gameId, { type: 'leave' }, { role: 'player', id: seat.playerId })
		.catch(() => {});
}

/**
 * Takes a seat's socket into its rooms and tells the game the player is here (a team: under its name).
 * The socket is in the seat's room before the game hears of it, so another of the seat's sockets
 * dropping meanwhile finds it there and does not mark the seat gone.
 */
async function sit(
	socket: AppSocket,
	host: GameHost,
	seat: { playerId: string; token: string },
	name: string,
	unitName: string | null,
	team: string | null = null
): Promise<Reply<LiveSeat>> {
	const by: Actor = { role: 'player', id: seat.playerId };
	const before = socket.data.seat;
	const rooms = [gameRoom(host.game.id), playerRoom(host.game.id, seat.playerId)];
	await socket.join(rooms);
	const known = !!findPlayer(host.state, seat.playerId);
	const transition = await liveGames().submit(
		host.game.id,
		known ? { type: 'reconnect' } : { type: 'join', name, unit: unitName, team },
		by
	);
	if (transition?.refusal) {
		if (before?.gameId !== host.game.id) await socket.leave(rooms[0]);
		if (before?.playerId !== seat.playerId) await socket.leave(rooms[1]);
		return fail(`live.errors.${transition.refusal}`);
	}
	socket.data.seat = { gameId: host.game.id, playerId: seat.playerId };
	// The socket moved to another seat: the one it left may have no socket any more.
	if (before && (before.gameId !== host.game.id || before.playerId !== seat.playerId)) {
		await socket.leave(playerRoom(before.gameId, before.playerId));
		if (before.gameId !== host.game.id) await socket.leave(gameRoom(before.gameId));
		leaveIfLast(before);
	}
	return {
		ok: true,
		data: {
			gameId: host.game.id,
			title: host.game.title,
			playerId: seat.playerId,
			token: seat.token,
			view: playerView(host.state, seat.playerId)
		}
	};
}

export function registerLiveEvents(socket: AppSocket): void {
	handle(socket, 'live:clock', async () => Date.now());

	handle(socket, 'live:join', async ({ pin, name }) => {
		const host = liveGames().withPin(pin) ?? (await activeGameByPin(db(), pin).then((found) => found && liveGames().get(found.id)));
		if (!host) return fail('live.errors.noSuchGame');
		const game = host.game;
		const user = socket.data.user;
		if (game.guests && !user) {
			const nickname = checkNickname(name ?? '');
			if (!nickname.ok) return fail(`live.errors.nickname.${nickname.reason}`);
			const seat = await seatPlayer(db(), game, { userId: null, name: nickname.name, unitId: null });
			host.seated(seat.playerId, seat.attemptId);
			return sit(socket, host, seat, nickname.name, null);
		}
		if (!user) return fail('auth.signInRequired');
		// An assigned competition: the listed people only, each in their seat (a team member in the team's).
		if (game.assigned) {
			const seat = await takeAssignedSeat(db(), game.id, user.id);
			if (!seat) return fail('live.errors.notAssigned');
			host.seated(seat.playerId, seat.attemptId);
			return sit(socket, host, seat, seat.name, seat.unitName, seat.team);
		}
		// Official competitions: the people of the contest's units (its organizers too, for a rehearsal).
		if (!mayPlay(user, await gameUnits(game))) return fail('errors.forbidden');
		const seat = await seatPlayer(db(), game, { userId: user.id, name: user.fullName, unitId: user.unitId });
		host.seated(seat.playerId, seat.attemptId);
		return sit(socket, host, seat, user.fullName, user.unitName);
	});

	handle(socket, 'live:resume', async ({ gameId, token }) => {
		const host = await liveGames().get(gameId);
		const seat = host && (await playerByToken(db(), gameId, token));
		if (!host || !seat) return fail('live.errors.seatLost');
		const player = findPlayer(host.state, seat.playerId);
		return sit(socket, host, { playerId: seat.playerId, token }, player?.name ?? '', player?.unit ?? null);
	});

	handle(socket, 'live:answer', async ({ answerId, position, response }) => {
		const seat = socket.data.seat;
		if (!seat) return fail('live.errors.seatLost');
		const transition = await liveGames().submit(
			seat.gameId,
			{ type: 'answer', answerId, position, response },
			{ role: 'player', id: seat.playerId }
		);
		if (!transition) return fail('live.errors.noSuchGame');
		if (transition.refusal) return fail(`live.errors.${transition.refusal}`);
		const ack = transition.effects.find((e) => e.type === 'ackAnswer');
		return { ok: true, data: { duplicate: ack?.type === 'ackAnswer' && ack.duplicate } };
	});

	handle(socket, 'live:buzz', async ({ position }) => {
		const seat = socket.data.seat;
		if (!seat) return fail('live.errors.seatLost');
		const transition = await liveGames().submit(seat.gameId, { type: 'buzz', position }, { role: 'player', id: seat.playerId });
		if (!transition) return fail('live.errors.noSuchGame');
		return transition.refusal ? fail(`live.errors.${transition.refusal}`) : { ok: true, data: null };
	});

	handle(socket, 'live:watch', async ({ gameId, as }) => {
		const host = await liveGames().get(gameId);
		if (!host) return fail('live.errors.noSuchGame');
		if (as === 'judge') {
			const judge = judgeOf(socket, host);
			if (!judge) return fail('errors.forbidden');
			await socket.join([gameRoom(gameId), judgeRoom(gameId, judge.id)]);
			return { ok: true, data: { role: 'judge', view: judgeView(host.state, judge.id) } };
		}
		if (!(await runnerOf(socket, host))) return fail('errors.forbidden');
		await socket.join([gameRoom(gameId), staffRoom(gameId)]);
		return {
			ok: true,
			data: as === 'host' ? { role: 'host', view: hostView(host.state) } : { role: 'screen', view: screenView(host.state) }
		};
	});

	handle(socket, 'live:command', async ({ gameId, command }) => {
		const host = await liveGames().get(gameId);
		if (!host) return fail('live.errors.noSuchGame');
		const runner = await runnerOf(socket, host);
		if (!runner) return fail('errors.forbidden');
		const transition = await liveGames().submit(gameId, command, { role: 'host', id: runner.id });
		if (transition?.refusal) return fail(`live.errors.${transition.refusal}`);
		return { ok: true, data: hostView(host.state) };
	});

	handle(socket, 'live:players', async ({ gameId, query }) => {
		const host = await liveGames().get(gameId);
		if (!host) return fail('live.errors.noSuchGame');
		if (!(await runnerOf(socket, host))) return fail('errors.forbidden');
		return { ok: true, data: findPlayers(host.state, query) };
	});

	handle(socket, 'live:score', async ({ gameId, position, scores }) => {
		const host = await liveGames().get(gameId);
		if (!host) return fail('live.errors.noSuchGame');
		const judge = judgeOf(socket, host);
		if (!judge) return fail('errors.forbidden');
		const transition = await liveGames().submit(gameId, { type: 'judgeScore', position, scores }, { role: 'judge', id: judge.id });
		if (transition?.refusal) return fail(`live.errors.${transition.refusal}`);
		return { ok: true, data: judgeView(host.state, judge.id) };
	});

	// A connection Socket.IO recovered after a blip is back in its seat's rooms, and the missed messages
	// are replayed to it: the game only has to hear that the player is here again.
	const recovered = socket.recovered ? socket.data.seat : undefined;
	if (recovered)
		void liveGames()
			.submit(recovered.gameId, { type: 'reconnect' }, { role: 'player', id: recovered.playerId })
			.catch(() => {});

	// Socket.IO has already taken the socket out of its rooms.
	socket.on('disconnect', () => {
		if (socket.data.seat) leaveIfLast(socket.data.seat);
	});
}
