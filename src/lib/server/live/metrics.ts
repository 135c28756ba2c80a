import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'node:perf_hooks';
import type { GameState } from '$lib/live/state';
import { log, logs } from '$lib/server/log';

/** The phase a game is in, with the question it is on: "open 0.3", "revealed 0.3", "lobby". */
export function phaseLabel(state: GameState): string {
	const current = state.phase === 'lobby' ? null : state.current;
	return current ? `${state.phase} ${current.position.segment}.${current.position.question}` : state.phase;
}

const quantile = (sorted: readonly number[], q: number): number =>
	sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;
const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * What a running game costs the server, phase by phase (the lobby, each question open, locked,
 * revealed, the leaderboard…): how many events were committed in how many batches and how long the
 * commits took, how long delivering their messages held the event loop, and how late the event loop
 * ran. One debug line per phase (`LOG_LEVEL=debug`), for an operator watching a large game and for
 * `bench:live`, which prints them.
 */
export class GameMetrics {
	#label = '';
	#since = performance.now();
	#commitMs: number[] = [];
	#batchEvents: number[] = [];
	#deliverMs = 0;
	#deliverMax = 0;
	readonly #loop: IntervalHistogram | null;

	constructor(private readonly gameId: number) {
		this.#loop = logs('debug') ? monitorEventLoopDelay({ resolution: 10 }) : null;
		this.#loop?.enable();
	}

	/** The game may have moved on: the phase that ended is logged. */
	observe(state: GameState): void {
		const label = phaseLabel(state);
		if (label === this.#label) return;
		this.#flush();
		this.#label = label;
	}

	committed(events: number, ms: number): void {
		this.#batchEvents.push(events);
		this.#commitMs.push(ms);
	}

	delivered(ms: number): void {
		this.#deliverMs += ms;
		this.#deliverMax = Math.max(this.#deliverMax, ms);
	}

	close(): void {
		this.#flush();
		this.#loop?.disable();
	}

	#flush(): void {
		const now = performance.now();
		if (this.#label && this.#loop) {
			const commits = [...this.#commitMs].sort((a, b) => a - b);
			log('debug', 'live.phase', {
				game: this.gameId,
				phase: this.#label,
				ms: Math.round(now - this.#since),
				events: this.#batchEvents.reduce((a, b) => a + b, 0),
				batches: this.#batchEvents.length,
				batchMax: this.#batchEvents.reduce((a, b) => Math.max(a, b), 0),
				commitP50: round1(quantile(commits, 0.5)),
				commitP99: round1(quantile(commits, 0.99)),
				commitMax: round1(commits.at(-1) ?? 0),
				deliverMs: round1(this.#deliverMs),
				deliverMax: round1(this.#deliverMax),
				loopP50: round1(this.#loop.percentile(50) / 1e6),
				loopP99: round1(this.#loop.percentile(99) / 1e6),
				loopMax: round1(this.#loop.max / 1e6)
			});
		}
		this.#since = now;
		this.#commitMs = [];
		this.#batchEvents = [];
		this.#deliverMs = 0;
		this.#deliverMax = 0;
		this.#loop?.reset();
	}
}
