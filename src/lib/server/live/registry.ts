import { performance } from 'node:perf_hooks';
import { AppError } from '$lib/errors';
import { db, type Db } from '$lib/server/db';
import { errorFields, log } from '$lib/server/log';
import { activeGameByPin, getLiveGame, runningGameIds, type LiveGame } from './games';
import { GameHost, type Outbox } from './host';
import { LEASE_MS, dropLeases, leaseHolder, renewLeases, takeLease, unhostedRunningGames } from './leases';
import { runOp, type OpArgs, type OpName, type OpResult } from './ops';
import { deliver } from './rooms';

/**
 * Where each live game runs. Alone (the default) this process hosts every game it is asked about,
 * loading it from its event log on first use. In scale-out mode a game is hosted by the one process
 * that holds its lease (`./leases`): a request reaching another process travels to the holder and
 * its answer comes back; a process that dies stops renewing, and within a few seconds another takes
 * the lease and rebuilds the game from `live_event`, the restart path.
 */

/** How scale-out mode reaches another process (Socket.IO's inter-server requests through Redis). */
export interface Cluster {
	readonly node: string;
	/** The holder's answer, or undefined when it gave none (it no longer hosts the game, or is gone). */
	forward<K extends OpName>(node: string, gameId: number, op: K, args: OpArgs<K>): Promise<OpResult<K> | undefined>;
}

/** A lease is trusted for this long after the renewal that set it was sent: the database gives it LEASE_MS. */
const TRUST_MS = LEASE_MS - 750;
const SWEEP_MS = 1000;
/** Games this process does not host are looked up again after this long (their rows rarely change). */
const ROW_MS = 5000;

const moving = () => new AppError('live.errors.moving', { status: 503 });

export class GameRegistry {
	private readonly hosts = new Map<number, Promise<GameHost | null>>();
	/** The hosts loaded so far: found by PIN without asking the database on every join. */
	private readonly loaded = new Map<number, GameHost>();
	private readonly rows = new Map<number, { game: LiveGame | null; at: number }>();
	/** Scale-out mode: until when each hosted game's lease may be trusted (this process's clock). */
	private readonly trusted = new Map<number, number>();
	private cluster: Cluster | null = null;
	private sweeping: ReturnType<typeof setInterval> | null = null;

	constructor(
		private readonly db: () => Db,
		private readonly outbox: Outbox
	) {}

	/** The game hosted here, loaded on first use. Alone only: in scale-out mode `run` decides where. */
	get(gameId: number): Promise<GameHost | null> {
		let host = this.hosts.get(gameId);
		if (!host) {
			host = GameHost.load(this.db(), gameId, this.outbox).then(
				(loaded) => {
					if (loaded && this.hosts.get(gameId) === host) this.loaded.set(gameId, loaded);
					return loaded;
				},
				(error) => {
					this.hosts.delete(gameId);
					throw error;
				}
			);
			this.hosts.set(gameId, host);
		}
		return host;
	}

	/** A game's row (its rules, who judges it, whose people play), wherever it is hosted; null: no such game. */
	async game(gameId: number): Promise<LiveGame | null> {
		const hosted = this.loaded.get(gameId);
		if (hosted) return hosted.game;
		const known = this.rows.get(gameId);
		if (known && performance.now() - known.at < ROW_MS) return known.game;
		const game = await getLiveGame(this.db(), gameId);
		this.rows.set(gameId, { game, at: performance.now() });
		return game;
	}

	/** The unfinished game a PIN opens. */
	async withPin(pin: string): Promise<LiveGame | null> {
		for (const host of this.loaded.values()) if (host.game.pin === pin && host.state.phase !== 'ended') return host.game;
		return activeGameByPin(this.db(), pin);
	}

	/**
	 * Answers a request on the game, here or at its host; null when there is no such game. In
	 * scale-out mode a game whose host cannot answer right now (it is moving to another process) is
	 * refused with `live.errors.moving`, which the clients retry.
	 */
	async run<K extends OpName>(gameId: number, op: K, args: OpArgs<K>): Promise<OpResult<K> | null> {
		const cluster = this.cluster;
		if (!cluster) {
			const host = await this.get(gameId);
			return host && this.runHere(host, op, args);
		}
		if (!(await this.game(gameId))) return null;
		const hosted = this.loaded.get(gameId);
		if (hosted) return this.runHere(hosted, op, args);
		let holder = await leaseHolder(this.db(), gameId);
		if (holder === null || holder === cluster.node) {
			const host = await this.hostHere(gameId);
			if (host) return this.runHere(host, op, args);
			holder = await leaseHolder(this.db(), gameId);
		}
		if (holder === null || holder === cluster.node) throw moving();
		const answer = await cluster.forward(holder, gameId, op, args);
		if (answer === undefined) throw moving();
		return answer;
	}

	/** A request another process forwarded here; undefined when this process does not host the game. */
	async answerForwarded<K extends OpName>(gameId: number, op: K, args: OpArgs<K>): Promise<OpResult<K> | undefined> {
		const host = this.loaded.get(gameId);
		return host ? this.runHere(host, op, args) : undefined;
	}

	private async runHere<K extends OpName>(host: GameHost, op: K, args: OpArgs<K>): Promise<OpResult<K>> {
		const gameId = host.game.id;
		if (this.cluster && !((this.trusted.get(gameId) ?? 0) > performance.now())) {
			this.drop(gameId);
			throw moving();
		}
		try {
			return await runOp(host, op, args);
		} catch (error) {
			// The host failed to commit and closed: it is loaded again from the database on the next request.
			if (host.stopped) this.drop(gameId);
			throw error;
		}
	}

	/** Scale-out mode: takes the game's lease if it is free, and hosts the game. */
	private async hostHere(gameId: number): Promise<GameHost | null> {
		const cluster = this.cluster;
		if (!cluster) return this.get(gameId);
		const sent = performance.now();
		if (!(await takeLease(this.db(), gameId, cluster.node))) return null;
		this.trusted.set(gameId, sent + TRUST_MS);
		return this.get(gameId);
	}

	/** A game deleted from the database is no longer hosted here. */
	forget(gameId: number): void {
		this.drop(gameId);
		this.rows.delete(gameId);
	}

	private drop(gameId: number): void {
		void this.hosts.get(gameId)?.then((h) => h?.close());
		this.hosts.delete(gameId);
		this.loaded.delete(gameId);
		this.trusted.delete(gameId);
	}

	/**
	 * Scale-out mode from now on: every second the leases of the games hosted here are renewed (a game
	 * whose lease was lost is dropped at once) and running games nobody hosts are taken over.
	 */
	joinCluster(cluster: Cluster): void {
		this.cluster = cluster;
		this.sweeping ??= setInterval(() => {
			this.sweep().catch((error) => log('warn', 'live.sweep_failed', errorFields(error)));
		}, SWEEP_MS);
		this.sweeping.unref();
	}

	/** Alone: the running games come back at start. Scale-out mode: those nobody else hosts. */
	async resume(): Promise<void> {
		if (this.cluster) return this.sweep();
		for (const { id } of await runningGameIds(this.db())) await this.get(id);
	}

	private async sweep(): Promise<void> {
		const cluster = this.cluster;
		if (!cluster) return;
		const hosted = [...this.loaded.keys()];
		const sent = performance.now();
		const kept = await renewLeases(this.db(), cluster.node, hosted);
		for (const gameId of hosted) {
			if (kept.has(gameId)) this.trusted.set(gameId, sent + TRUST_MS);
			else {
				log('warn', 'live.lease_lost', { game: gameId, node: cluster.node });
				this.drop(gameId);
			}
		}
		for (const gameId of await unhostedRunningGames(this.db())) {
			const host = await this.hostHere(gameId);
			if (host) log('info', 'live.game_taken_over', { game: gameId, node: cluster.node });
		}
	}

	/** Stops hosting: in scale-out mode the leases are given up, so another process takes over at once. */
	async closeAll(): Promise<void> {
		if (this.sweeping) clearInterval(this.sweeping);
		this.sweeping = null;
		for (const host of this.hosts.values()) void host.then((h) => h?.close());
		this.hosts.clear();
		this.loaded.clear();
		this.trusted.clear();
		if (this.cluster) await dropLeases(this.db(), this.cluster.node).catch(() => {});
		this.cluster = null;
	}
}

const registryKey = Symbol.for('hoithi.live.registry');

/** The games of this process: one registry per process (a dev-server reload keeps the running games). */
export function liveGames(): GameRegistry {
	const holder = globalThis as { [registryKey]?: GameRegistry };
	holder[registryKey] ??= new GameRegistry(db, deliver);
	return holder[registryKey];
}

/** After a restart, running games are rebuilt from their logs at once, so their clocks tick on. */
export const resumeRunningGames = (): Promise<void> => liveGames().resume();
