import { DEFAULT_GRACE_SEC } from '$lib/live/config';
import { reduce } from '$lib/live/engine';
import type { Actor, Command, Effect, GameEvent, Transition } from '$lib/live/events';
import { clockDueAt } from '$lib/live/presence';
import { createGame, type GameState } from '$lib/live/state';
import type { Db } from '$lib/server/db';
import { isDatabaseUnavailable } from '$lib/server/db/errors';
import { errorFields, log, logThrottled } from '$lib/server/log';
import { commitBatch, loadEvents, type LoggedEvent } from './event-log';
import { getLiveGame, type LiveGame } from './games';
import { GameMetrics } from './metrics';
import { attemptsOfPlayers } from './seats';

const answerKey = (playerId: string, answerId: string) => `${playerId}\u0000${answerId}`;

/** Where a game's messages go: the socket layer in the app, anything that records them in a test. */
export type Outbox = (gameId: number, effects: readonly Effect[]) => void;

interface Pending extends LoggedEvent {
	transition: Transition;
	resolve: (t: Transition) => void;
	reject: (e: unknown) => void;
}

/**
 * One running game in this process: the only place its state changes. Events are reduced one at a
 * time as they arrive; the accepted ones are committed in batches (one transaction per batch, while
 * the next batch gathers), and only after a batch is committed do its effects go out: an answer is
 * acknowledged once it is in the database, never before.
 */
export class GameHost {
	private pending: Pending[] = [];
	/**
	 * Answer ids this game accepted, per player. The engine remembers them for the running question
	 * only; a retry that arrives after the game moved on is acknowledged from here.
	 */
	private readonly accepted = new Set<string>();
	private flushing: Promise<void> | null = null;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private closed = false;
	private readonly metrics: GameMetrics;

	private constructor(
		private readonly db: Db,
		readonly game: LiveGame,
		public state: GameState,
		private nextSeq: number,
		private readonly attempts: Map<string, number>,
		private readonly outbox: Outbox,
		private readonly now: () => number
	) {
		this.metrics = new GameMetrics(game.id);
	}

	/** Rebuilds the game from its event log: a restarted server resumes where the database says. */
	static async load(db: Db, gameId: number, outbox: Outbox, now: () => number = Date.now): Promise<GameHost | null> {
		const game = await getLiveGame(db, gameId);
		if (!game) return null;
		const events = await loadEvents(db, gameId);
		// A game stored before the grace period was a setting plays with the default.
		const config = { ...game.config, graceSec: game.config.graceSec ?? DEFAULT_GRACE_SEC };
		const host = new GameHost(db, game, createGame(config), events.length + 1, await attemptsOfPlayers(db, gameId), outbox, now);
		for (const event of events) host.apply(event);
		host.metrics.observe(host.state);
		host.schedule();
		return host;
	}

	/** Closed: it failed to commit (the memory ran ahead of the database) or was shut down. */
	get stopped(): boolean {
		return this.closed;
	}

	/** A new seat's attempt, known before its join event arrives. */
	seated(playerId: string, attemptId: number): void {
		this.attempts.set(playerId, attemptId);
	}

	/**
	 * Applies one command from an authenticated actor. Resolves with the transition once it is safe:
	 * committed if it changed the game, at once if it was refused without changing anything.
	 */
	submit(command: Command, by: Actor): Promise<Transition> {
		if (this.closed) return Promise.reject(new Error('game host closed'));
		if (command.type === 'answer' && this.accepted.has(answerKey(by.id, command.answerId))) {
			const ack: Effect = { type: 'ackAnswer', to: { player: by.id }, answerId: command.answerId, duplicate: true };
			return this.settled().then(() => ({ state: this.state, effects: [ack], refusal: null }));
		}
		const event = { ...command, at: this.now(), by };
		const before = this.state;
		const transition = this.apply(event);
		this.metrics.observe(this.state);
		// Nothing changed (a refusal, a repeated answer): answer once what came before is committed, so
		// a repeated answer is never acknowledged ahead of the original. A tick that found nothing due
		// (its timer fired a hair early) sets the clock again.
		if (transition.state === before) {
			if (command.type === 'tick') this.schedule();
			return this.settled().then(() => transition);
		}
		this.schedule();
		return new Promise<Transition>((resolve, reject) => {
			this.pending.push({ seq: this.nextSeq++, event, effects: transition.effects, transition, resolve, reject });
			if (!this.flushing) this.flushing = this.flushLoop();
		});
	}

	private async flushLoop(): Promise<void> {
		// Let the events arriving in the same tick join the batch.
		await new Promise((resolve) => setImmediate(resolve));
		while (this.pending.length) {
			const batch = this.pending;
			this.pending = [];
			const began = performance.now();
			try {
				await commitBatch(this.db, this.game.id, batch, (id) => this.attempts.get(id), this.state);
			} catch (error) {
				// The memory has run ahead of the database: nothing in this batch was acknowledged, so the
				// clients retry; the game is rebuilt from what was committed.
				for (const p of [...batch, ...this.pending]) p.reject(error);
				this.pending = [];
				this.flushing = null;
				this.close();
				if (isDatabaseUnavailable(error))
					logThrottled('database.unavailable', 'error', 'database.unavailable', {
						during: 'live commit',
						gameId: this.game.id,
						error: String(error)
					});
				else log('error', 'live.commit_failed', { gameId: this.game.id, ...errorFields(error) });
				return;
			}
			const committed = performance.now();
			this.metrics.committed(batch.length, committed - began);
			for (const p of batch) {
				this.outbox(this.game.id, p.effects);
				p.resolve(p.transition);
			}
			this.metrics.delivered(performance.now() - committed);
		}
		this.flushing = null;
	}

	/** Runs the rules on one event and remembers an accepted answer's id. */
	private apply(event: GameEvent): Transition {
		const transition = reduce(this.state, event);
		this.state = transition.state;
		if (event.type === 'answer' && transition.effects.some((e) => e.type === 'ackAnswer' && !e.duplicate))
			this.accepted.add(answerKey(event.by.id, event.answerId));
		return transition;
	}

	private async settled(): Promise<void> {
		if (this.flushing) await this.flushing;
		if (this.closed) throw new Error('game host closed');
	}

	/**
	 * The clock: a tick when the open question's time is up, or sooner when a dropped player's grace
	 * period ends while the auto-lock waits on them (a paused game waits). No socket event marks either.
	 */
	private schedule(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		const due = clockDueAt(this.state);
		if (this.closed || due === null) return;
		this.timer = setTimeout(
			() => {
				this.timer = null;
				this.submit({ type: 'tick' }, { role: 'system', id: 'clock' }).catch((error) => {
					// The commit that failed has said so already when the database is away.
					if (!isDatabaseUnavailable(error)) log('error', 'live.tick_failed', { gameId: this.game.id, ...errorFields(error) });
				});
			},
			// Both are passed only after their instant.
			Math.max(0, due - this.now()) + 1
		);
	}

	close(): void {
		if (!this.closed) this.metrics.close();
		this.closed = true;
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
	}
}
