import type { Actor, Command, Refusal } from '$lib/live/events';
import { nicknameSuggestion } from '$lib/live/nicknames';
import { findPlayer, playerList } from '$lib/live/state';
import { findPlayers, hostView, judgeView, playerView, screenView, type PlayerView, type RosterRow } from '$lib/live/views';
import type { LiveStaffView } from '$lib/realtime/events';
import type { GameHost } from './host';

/**
 * What the socket layer asks of a running game, as plain data: the process hosting the game answers
 * it, whichever process the asking socket is on (in scale-out mode a request travels to the game's
 * host and its answer back). Nothing here trusts the caller: access was checked where the socket is.
 */

export type ViewAs = { as: 'host' } | { as: 'screen' } | { as: 'judge'; judgeId: string };

export interface Ops {
	/** A seat's socket is here: the game hears of a new player, or of one back; `attemptId` for a new seat. */
	sit: {
		args: { playerId: string; attemptId: number | null; name: string; unit: string | null; team: string | null };
		result: { refusal: Refusal; view?: undefined } | { refusal: null; view: PlayerView };
	};
	/** A command; `view` asks for that view of the game once the command is committed. */
	submit: {
		args: { command: Command; by: Actor; view?: ViewAs };
		result: { refusal: Refusal | null; duplicate: boolean; view: LiveStaffView | null };
	};
	view: { args: ViewAs; result: LiveStaffView };
	/** The host looks for players by name. */
	find: { args: { query: string }; result: RosterRow[] };
	/**
	 * Before a guest's seat is made: refused if this device's earlier seat (`playerIds`) was removed from
	 * the game, or if the nickname is taken (with a free one to suggest).
	 */
	admit: {
		args: { name: string; playerIds: string[] };
		result: { refusal: null } | { refusal: 'removed' } | { refusal: 'nameTaken'; suggestion: string };
	};
}
export type OpName = keyof Ops;
export type OpArgs<K extends OpName> = Ops[K]['args'];
export type OpResult<K extends OpName> = Ops[K]['result'];

function viewOf(host: GameHost, view: ViewAs): LiveStaffView {
	if (view.as === 'host') return { role: 'host', view: hostView(host.state) };
	if (view.as === 'screen') return { role: 'screen', view: screenView(host.state) };
	return { role: 'judge', view: judgeView(host.state, view.judgeId) };
}

const runners: { [K in OpName]: (host: GameHost, args: OpArgs<K>) => Promise<OpResult<K>> } = {
	async sit(host, { playerId, attemptId, name, unit, team }) {
		if (attemptId !== null) host.seated(playerId, attemptId);
		const by: Actor = { role: 'player', id: playerId };
		const known = !!findPlayer(host.state, playerId);
		const { refusal } = await host.submit(known ? { type: 'reconnect' } : { type: 'join', name, unit, team }, by);
		return refusal ? { refusal } : { refusal: null, view: playerView(host.state, playerId) };
	},
	async submit(host, { command, by, view }) {
		const transition = await host.submit(command, by);
		const ack = transition.effects.find((e) => e.type === 'ackAnswer');
		return {
			refusal: transition.refusal,
			duplicate: ack?.type === 'ackAnswer' && ack.duplicate,
			view: view && !transition.refusal ? viewOf(host, view) : null
		};
	},
	async view(host, view) {
		return viewOf(host, view);
	},
	async find(host, { query }) {
		return findPlayers(host.state, query);
	},
	async admit(host, { name, playerIds }) {
		const { state } = host;
		if (state.removed.some((r) => playerIds.includes(r.id))) return { refusal: 'removed' };
		const suggestion = nicknameSuggestion(
			name,
			playerList(state).map((p) => p.name)
		);
		return suggestion ? { refusal: 'nameTaken', suggestion } : { refusal: null };
	}
};

/** Answers one request on the game this process hosts. */
export function runOp<K extends OpName>(host: GameHost, op: K, args: OpArgs<K>): Promise<OpResult<K>> {
	const run: (host: GameHost, args: OpArgs<K>) => Promise<OpResult<K>> = runners[op];
	return run(host, args);
}
