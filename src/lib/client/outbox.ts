import { z } from 'zod';
import type { Response } from '$lib/contests/grading';

/**
 * The answers of an online attempt on their way to the server. Every chosen answer is kept in the
 * browser's storage until the server acknowledges it (it replies only once the row is committed), so a
 * reload, a crash or a bus ride through a tunnel loses nothing. Only the latest choice per question
 * waits; they go one at a time, oldest first, and are retried with a backoff that never gives up while
 * the attempt is open. A refusal (late, submitted) is final and reported.
 *
 * Each save carries a revision that only grows per question, stored with the answer: the server keeps a
 * save only if it is newer than what it has, so a request that timed out here but still arrives there
 * never overwrites a later choice.
 */

export interface PendingSave {
	position: number;
	response: Response;
	revision: number;
}

/** What became of one save. */
export type SaveOutcome =
	/** Committed; `revision` is what the server now holds (a newer one may have been there already). */
	| { kind: 'saved'; revision: number | null }
	/** Refused for good: the i18n key of why. */
	| { kind: 'refused'; error: string }
	/** Too fast: the server names the wait. */
	| { kind: 'wait'; ms: number }
	/** No answer (offline, a timeout, a server error): tried again after a while. */
	| { kind: 'failed' };

export type SaveTransport = (save: PendingSave) => Promise<SaveOutcome>;

/** One question's save as the page shows it. */
export type SaveState = 'pending' | 'sending' | 'saved' | { error: string };

export interface NotCounted {
	position: number;
	error: string;
}

export interface OutboxState {
	status: Readonly<Record<number, SaveState>>;
	/** Answers chosen and not acknowledged yet. */
	waiting: number;
	/** As far as the page can tell, the network and the server answer. */
	online: boolean;
	/** Answers the server refused, which do not count. */
	notCounted: readonly NotCounted[];
	/** The server said the attempt is over (late, submitted): nothing more is sent. */
	closed: boolean;
}

export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface OutboxOptions {
	/** Where the waiting answers are kept, one key per attempt. */
	storageKey: string;
	storage: OutboxStorage;
	send: SaveTransport;
	/** The revision the server holds per question, as the page loaded it. */
	stored: Readonly<Record<number, number | null>>;
	onChange: (state: OutboxState) => void;
	now?: () => number;
}

/** Waits after failures in a row; the last repeats for as long as it takes. */
export const BACKOFF_MS = [1000, 2000, 4000, 8000, 15_000, 30_000];
/** These refusals close the attempt: every answer still waiting is refused alike. */
const ATTEMPT_OVER = new Set(['contest.late', 'contest.submitted', 'contest.attemptNotFound']);

/** What a page left in storage, checked: it may come from an older page, or have been tampered with. */
const storedSaves = z.array(
	z.object({
		position: z.number().int().min(0),
		response: z.custom<Response>((v) => typeof v === 'object' && v !== null),
		revision: z.number().int().positive()
	})
);

/**
 * The saves a page left in storage that the server does not hold yet: anything read back is checked, and
 * a save whose revision the server already has (its reply was lost before a reload) is not waiting.
 */
export function unsentSaves(storage: OutboxStorage, key: string, stored: Readonly<Record<number, number | null>>): PendingSave[] {
	try {
		const parsed = storedSaves.safeParse(JSON.parse(storage.getItem(key) ?? '[]'));
		return parsed.success ? parsed.data.filter((s) => s.revision > (stored[s.position] ?? 0)) : [];
	} catch {
		return [];
	}
}

export class AnswerOutbox {
	private readonly pending = new Map<number, PendingSave>();
	private readonly last = new Map<number, number>();
	private readonly status: Record<number, SaveState> = {};
	private readonly notCounted: NotCounted[] = [];
	private readonly drained: (() => void)[] = [];
	private inFlight = false;
	private timer: ReturnType<typeof setTimeout> | null = null;
	private failures = 0;
	private networkUp = true;
	private reachable = true;
	private closed = false;
	private readonly now: () => number;

	constructor(private readonly options: OutboxOptions) {
		this.now = options.now ?? Date.now;
		for (const [position, revision] of Object.entries(options.stored)) if (revision !== null) this.last.set(Number(position), revision);
		for (const save of unsentSaves(options.storage, options.storageKey, options.stored)) {
			this.pending.set(save.position, save);
			this.last.set(save.position, save.revision);
			this.status[save.position] = 'pending';
		}
		this.persist();
		this.changed();
		this.pump();
	}

	/** The answer waiting for a question, which the page shows instead of the one the server had. */
	waitingResponse(position: number): Response | null {
		return this.pending.get(position)?.response ?? null;
	}

	/** The participant chose an answer: it replaces any other still waiting for the same question. */
	choose(position: number, response: Response): void {
		if (this.closed) return;
		const revision = Math.max(this.now(), (this.last.get(position) ?? 0) + 1);
		this.last.set(position, revision);
		this.pending.set(position, { position, response, revision });
		if (this.status[position] !== 'sending') this.status[position] = 'pending';
		this.persist();
		this.changed();
		this.pump();
	}

	/** The network is back, or the page is in view again: try now, with the backoff started over. */
	flush(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		this.failures = 0;
		this.pump();
	}

	/** What the browser says of the network: offline, nothing is tried; back online, at once. */
	setNetwork(up: boolean): void {
		this.networkUp = up;
		this.changed();
		if (up) this.flush();
	}

	/** Resolves once nothing waits: every answer acknowledged, refused, or the attempt over. */
	whenDrained(): Promise<readonly NotCounted[]> {
		if (this.waitingCount() === 0) return Promise.resolve(this.notCounted);
		return new Promise((resolve) => this.drained.push(() => resolve(this.notCounted)));
	}

	/** The page goes: timers stop; what waits stays stored for the next visit. */
	stop(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		this.closed = true;
	}

	private waitingCount(): number {
		return this.closed ? 0 : this.pending.size;
	}

	private pump(): void {
		if (this.inFlight || this.timer || this.closed || !this.networkUp) return;
		const next = [...this.pending.values()].sort((a, b) => a.revision - b.revision)[0];
		if (!next) return;
		this.inFlight = true;
		this.status[next.position] = 'sending';
		this.changed();
		this.options.send(next).then(
			(outcome) => this.settle(next, outcome),
			() => this.settle(next, { kind: 'failed' })
		);
	}

	private settle(sent: PendingSave, outcome: SaveOutcome): void {
		this.inFlight = false;
		if (this.closed) return;
		this.reachable = outcome.kind !== 'failed';
		const newer = this.pending.get(sent.position)?.revision !== sent.revision;
		switch (outcome.kind) {
			case 'saved':
				this.failures = 0;
				if (!newer) {
					this.pending.delete(sent.position);
					this.status[sent.position] = 'saved';
				} else this.status[sent.position] = 'pending';
				break;
			case 'refused':
				if (ATTEMPT_OVER.has(outcome.error)) {
					this.closeAttempt(outcome.error);
					break;
				}
				// A newer choice for the same question may still be fine: only this one is refused.
				if (!newer) this.refuse(sent.position, outcome.error);
				else this.status[sent.position] = 'pending';
				break;
			case 'wait':
				this.status[sent.position] = 'pending';
				this.later(outcome.ms);
				break;
			case 'failed':
				this.status[sent.position] = 'pending';
				this.later(BACKOFF_MS[Math.min(this.failures++, BACKOFF_MS.length - 1)]);
				break;
		}
		this.persist();
		this.changed();
		this.pump();
	}

	private later(ms: number): void {
		this.timer = setTimeout(() => {
			this.timer = null;
			this.pump();
		}, ms);
	}

	private refuse(position: number, error: string): void {
		this.pending.delete(position);
		this.status[position] = { error };
		this.notCounted.push({ position, error });
	}

	private closeAttempt(error: string): void {
		for (const position of [...this.pending.keys()]) this.refuse(position, error);
		this.stop();
	}

	private persist(): void {
		const { storage, storageKey } = this.options;
		try {
			if (this.pending.size) storage.setItem(storageKey, JSON.stringify([...this.pending.values()]));
			else storage.removeItem(storageKey);
		} catch {
			// Storage full or disabled: the answers still go from memory.
		}
	}

	private changed(): void {
		this.options.onChange({
			status: { ...this.status },
			waiting: this.waitingCount(),
			online: this.networkUp && this.reachable,
			notCounted: [...this.notCounted],
			closed: this.closed
		});
		if (this.waitingCount() === 0) for (const resolve of this.drained.splice(0)) resolve();
	}
}
