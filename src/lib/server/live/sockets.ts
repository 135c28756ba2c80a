import { z } from 'zod';
import { judgesGame, mayPlay, runsGame } from '$lib/live/access';
import { isValidId } from '$lib/live/config';
import type { Actor, Audience, Command, Effect } from '$lib/live/events';
import { checkNickname } from '$lib/live/nicknames';
import { findPlayer } from '$lib/live/state';
import { findPlayers, hostView, judgeView, playerView, screenView } from '$lib/live/views';
import type { Ack, HostCommand, LiveMessage, LiveSeat, LiveStaffView } from '$lib/realtime/events';
import { db } from '$lib/server/db';
import { ioServer, type AppSocket } from '$lib/server/realtime/server';
import { gameUnits } from './access';
import { activeGameByPin, runningGameIds } from './games';
import { playerByToken, seatPlayer, takeAssignedSeat } from './seats';
import { GameRegistry, type GameHost } from './host';

export const gameRoom = (gameId: number) => `live:${gameId}`;
export const staffRoom = (gameId: number) => `live:${gameId}:staff`;
export const playerRoom = (gameId: number, playerId: string) => `live:${gameId}:p:${playerId}`;
export const judgeRoom = (gameId: number, judgeId: string) => `live:${gameId}:j:${judgeId}`;

const STORAGE = new Set<Effect['type']>(['persistAnswer', 'persistResults', 'persistStandings', 'ackAnswer']);
/** Answer counters reach the host and the big screen at most this often, however fast answers come. */
const COUNTERS_MS = 250;
const pendingCounters = new Map<number, { message: LiveMessage; timer: ReturnType<typeof setTimeout> }>();

function roomOf(gameId: number, to: Audience): string {
	if (to === 'all') return gameRoom(gameId);
	if (to === 'staff') return staffRoom(gameId);
	return 'player' in to ? playerRoom(gameId, to.player) : judgeRoom(gameId, to.judge);
}

function send(gameId: number, message: LiveMessage): void {
	// The audit log is kept and shown to the staff only.
	ioServer()
		?.to(roomOf(gameId, message.type === 'audit' ? 'staff' : message.to))
		.emit('live:message', message);
}

/** Carries a committed batch's effects to the sockets: one message per room, never one per answer to all. */
function deliver(gameId: number, effects: readonly Effect[]): void {
	for (const effect of effects) {
		if (STORAGE.has(effect.type)) continue;
		const message = effect as LiveMessage;
		if (message.type !== 'counters') {
			send(gameId, message);
			continue;
		}
		const waiting = pendingCounters.get(gameId);
		if (waiting) waiting.message = message;
		else
			pendingCounters.set(gameId, {
				message,
				timer: setTimeout(() => {
					const latest = pendingCounters.get(gameId);
					pendingCounters.delete(gameId);
					if (latest) send(gameId, latest.message);
				}, COUNTERS_MS)
			});
	}
}

const registryKey = Symbol.for('hoithi.live.registry');
/** One registry per process (a dev-server reload keeps the running games). */
export function liveGames(): GameRegistry {
	const holder = globalThis as { [registryKey]?: GameRegistry };
	holder[registryKey] ??= new GameRegistry(db, deliver);
	return holder[registryKey];
}

/** After a restart, running games are rebuilt from their logs at once, so their clocks tick on. */
export async function resumeRunningGames(): Promise<void> {
	for (const { id } of await runningGameIds(db())) await liveGames().get(id);
}

// ---- who may do what ---------------------------------------------------------------------------------

const runs = async (socket: AppSocket, host: GameHost): Promise<boolean> =>
	runsGame(socket.data.user, (await gameUnits(host.game)).organizerPath);
const judges = (socket: AppSocket, host: GameHost): boolean =>
	socket.data.user !== null && judgesGame(host.game.config, socket.data.user.id);

// ---- input shapes ------------------------------------------------------------------------------------

const gameId = z
	.number()
	.int()
	.positive()
	.max(2 ** 31 - 1);
const position = z.object({ segment: z.number().int().min(0).max(1000), question: z.number().int().min(0).max(10_000) });
const playerId = z.string().refine(isValidId);
const reason = z.string().trim().max(500);
const hostCommand: z.ZodType<HostCommand> = z.discriminatedUnion('type', [
	z.object({ type: z.literal('start'), respondentId: playerId.optional() }),
	z.object({ type: z.literal('next'), respondentId: playerId.optional() }),
	z.object({ type: z.literal('skip'), respondentId: playerId.optional() }),
	z.object({ type: z.literal('pause') }),
	z.object({ type: z.literal('resume') }),
	z.object({ type: z.literal('extend'), seconds: z.number().int().min(1).max(120) }),
	z.object({ type: z.literal('lock') }),
	z.object({ type: z.literal('reveal') }),
	z.object({ type: z.literal('showLeaderboard') }),
	z.object({ type: z.literal('end') }),
	z.object({ type: z.literal('adjustScore'), playerId, delta: z.number().finite(), reason }),
	z.object({ type: z.literal('removePlayer'), playerId, reason: reason.optional() }),
	z.object({ type: z.literal('rescue'), playerIds: z.array(playerId).max(10_000).optional() }),
	z.object({ type: z.literal('markBuzz'), playerId, correct: z.boolean() }),
	z.object({ type: z.literal('stakeStar'), playerId })
]);
const schemas = {
	join: z.object({ pin: z.string().regex(/^\d{6}$/), name: z.string().max(200).optional() }),
	resume: z.object({ gameId, token: z.string().min(10).max(100) }),
	answer: z.object({ answerId: z.string().refine(isValidId), position, response: z.unknown() }),
	buzz: z.object({ position }),
	watch: z.object({ gameId, as: z.enum(['host', 'screen', 'judge']) }),
	command: z.object({ gameId, command: hostCommand }),
	score: z.object({ gameId, position, scores: z.array(z.number().finite()).max(50) }),
	players: z.object({ gameId, query: z.string().trim().min(1).max(100) })
};

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
const fail = (error: string): Reply<never> => ({ ok: false, error });

/**
 * Registers one socket event: the input is checked by its schema, the handler's reply is the ack, and
 * a failure answers "unexpected" instead of leaving the client waiting.
 */
function on<I, T>(socket: AppSocket, event: keyof typeof schemas, schema: z.ZodType<I>, handler: (input: I) => Promise<Reply<T>>): void {
	(socket.on as (event: string, listener: (input: unknown, ack: Ack<T>) => void) => void)(`live:${event}`, async (input, ack) => {
		if (typeof ack !== 'function') return;
		const parsed = schema.safeParse(input);
		if (!parsed.success) return ack(fail('live.errors.invalidInput'));
		try {
			ack(await handler(parsed.data));
		} catch (error) {
			console.error(`live:${event} failed`, error);
			ack(fail('errors.unexpected'));
		}
	});
}

async function hostOf(id: number): Promise<GameHost | null> {
	return liveGames().get(id);
}

/** A seat has left when the last of its sockets has (a reload racing the old tab, a team's phones). */
function leaveIfLast(seat: { gameId: number; playerId: string }): void {
	if (ioServer()?.sockets.adapter.rooms.get(playerRoom(seat.gameId, seat.playerId))?.size) return;
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
	socket.on('live:clock', (ack) => {
		if (typeof ack === 'function') ack(Date.now());
	});

	on(socket, 'join', schemas.join, async ({ pin, name }) => {
		const game = await activeGameByPin(db(), pin);
		const host = game && (await hostOf(game.id));
		if (!game || !host) return fail('live.errors.noSuchGame');
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

	on(socket, 'resume', schemas.resume, async ({ gameId: id, token }) => {
		const host = await hostOf(id);
		const seat = host && (await playerByToken(db(), id, token));
		if (!host || !seat) return fail('live.errors.seatLost');
		const player = findPlayer(host.state, seat.playerId);
		return sit(socket, host, { playerId: seat.playerId, token }, player?.name ?? '', player?.unit ?? null);
	});

	on(socket, 'answer', schemas.answer, async ({ answerId, position: at, response }) => {
		const seat = socket.data.seat;
		if (!seat) return fail('live.errors.seatLost');
		const transition = await liveGames().submit(
			seat.gameId,
			{ type: 'answer', answerId, position: at, response },
			{ role: 'player', id: seat.playerId }
		);
		if (!transition) return fail('live.errors.noSuchGame');
		if (transition.refusal) return fail(`live.errors.${transition.refusal}`);
		const ack = transition.effects.find((e) => e.type === 'ackAnswer');
		return { ok: true, data: { duplicate: ack?.type === 'ackAnswer' && ack.duplicate } };
	});

	on(socket, 'buzz', schemas.buzz, async ({ position: at }) => {
		const seat = socket.data.seat;
		if (!seat) return fail('live.errors.seatLost');
		const transition = await liveGames().submit(seat.gameId, { type: 'buzz', position: at }, { role: 'player', id: seat.playerId });
		if (!transition) return fail('live.errors.noSuchGame');
		return transition.refusal ? fail(`live.errors.${transition.refusal}`) : { ok: true, data: null };
	});

	on(socket, 'watch', schemas.watch, async ({ gameId: id, as }): Promise<Reply<LiveStaffView>> => {
		const host = await hostOf(id);
		if (!host) return fail('live.errors.noSuchGame');
		if (as === 'judge') {
			if (!judges(socket, host)) return fail('errors.forbidden');
			await socket.join([gameRoom(id), judgeRoom(id, socket.data.user!.id)]);
			return { ok: true, data: { role: 'judge', view: judgeView(host.state, socket.data.user!.id) } };
		}
		if (!(await runs(socket, host))) return fail('errors.forbidden');
		await socket.join([gameRoom(id), staffRoom(id)]);
		return {
			ok: true,
			data: as === 'host' ? { role: 'host', view: hostView(host.state) } : { role: 'screen', view: screenView(host.state) }
		};
	});

	on(socket, 'command', schemas.command, async ({ gameId: id, command }) => {
		const host = await hostOf(id);
		if (!host) return fail('live.errors.noSuchGame');
		if (!(await runs(socket, host))) return fail('errors.forbidden');
		const transition = await liveGames().submit(id, command as Command, { role: 'host', id: socket.data.user!.id });
		if (transition?.refusal) return fail(`live.errors.${transition.refusal}`);
		return { ok: true, data: hostView(host.state) };
	});

	on(socket, 'players', schemas.players, async ({ gameId: id, query }) => {
		const host = await hostOf(id);
		if (!host) return fail('live.errors.noSuchGame');
		if (!(await runs(socket, host))) return fail('errors.forbidden');
		return { ok: true, data: findPlayers(host.state, query) };
	});

	on(socket, 'score', schemas.score, async ({ gameId: id, position: at, scores }) => {
		const host = await hostOf(id);
		if (!host) return fail('live.errors.noSuchGame');
		if (!judges(socket, host)) return fail('errors.forbidden');
		const judgeId = socket.data.user!.id;
		const transition = await liveGames().submit(id, { type: 'judgeScore', position: at, scores }, { role: 'judge', id: judgeId });
		if (transition?.refusal) return fail(`live.errors.${transition.refusal}`);
		return { ok: true, data: judgeView(host.state, judgeId) };
	});

	// Socket.IO has already taken the socket out of its rooms.
	socket.on('disconnect', () => {
		if (socket.data.seat) leaveIfLast(socket.data.seat);
	});
}
