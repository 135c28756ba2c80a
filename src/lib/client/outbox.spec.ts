import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AnswerOutbox, BACKOFF_MS, type OutboxState, type PendingSave, type SaveOutcome } from './outbox';

beforeEach(() => {
	vi.useFakeTimers();
	vi.setSystemTime(Date.parse('2026-11-28T08:00:00Z'));
});
afterEach(() => vi.useRealTimers());

/** Storage as the browser's localStorage behaves, in memory. */
function memoryStorage() {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	};
}

/**
 * The server's side of a save as `saveAnswer` does it: a save is kept only if its revision is newer
 * than the stored one; every kept write is counted, so a test sees when something was written twice.
 */
function fakeServer() {
	const rows = new Map<number, { response: object; revision: number }>();
	const writes: PendingSave[] = [];
	return {
		rows,
		writes,
		apply(save: PendingSave): SaveOutcome {
			const stored = rows.get(save.position);
			if (!stored || stored.revision < save.revision) {
				rows.set(save.position, { response: save.response, revision: save.revision });
				writes.push(save);
			}
			return { kind: 'saved', revision: rows.get(save.position)!.revision };
		}
	};
}

type Behaviour = (save: PendingSave) => Promise<SaveOutcome>;

/** A transport whose every request the test decides: by default it reaches the server after 50 ms. */
function fakeTransport(server: ReturnType<typeof fakeServer>) {
	const sent: PendingSave[] = [];
	let behaviour: Behaviour = (save) => new Promise((resolve) => setTimeout(() => resolve(server.apply(save)), 50));
	return {
		sent,
		send: (save: PendingSave) => {
			sent.push(save);
			return behaviour(save);
		},
		behave(next: Behaviour) {
			behaviour = next;
		}
	};
}

function openOutbox(
	options: {
		storage?: ReturnType<typeof memoryStorage>;
		stored?: Record<number, number | null>;
		server?: ReturnType<typeof fakeServer>;
	} = {}
) {
	const storage = options.storage ?? memoryStorage();
	const server = options.server ?? fakeServer();
	const transport = fakeTransport(server);
	const states: OutboxState[] = [];
	const outbox = new AnswerOutbox({
		storageKey: 'hoithi:outbox:7',
		storage,
		send: transport.send,
		stored: options.stored ?? {},
		onChange: (s) => states.push(s)
	});
	return { outbox, storage, server, transport, states, latest: () => states.at(-1)! };
}

describe('the answer outbox', () => {
	test('sends every chosen answer once, oldest first, and says per question when it is saved', async () => {
		const { outbox, server, transport, latest, storage } = openOutbox();
		outbox.choose(0, { choice: 1 });
		vi.advanceTimersByTime(5);
		outbox.choose(1, { choice: 2 });
		outbox.choose(2, { value: true });
		expect(latest()).toMatchObject({ waiting: 3, status: { 0: 'sending', 1: 'pending', 2: 'pending' } });
		expect(storage.items.get('hoithi:outbox:7')).toContain('"position":2');
		await vi.runAllTimersAsync();
		expect(transport.sent.map((s) => s.position)).toEqual([0, 1, 2]);
		expect(latest()).toMatchObject({ waiting: 0, online: true, status: { 0: 'saved', 1: 'saved', 2: 'saved' } });
		expect(server.writes).toHaveLength(3);
		expect(storage.items.has('hoithi:outbox:7')).toBe(false);
	});

	test('keeps only the latest choice per question; the reply to an older one never marks the newer saved', async () => {
		const { outbox, server, transport, latest } = openOutbox();
		outbox.choose(0, { choice: 1 });
		outbox.choose(0, { choice: 2 }); // while the first is on its way
		expect(latest().status[0]).toBe('sending');
		outbox.choose(0, { choice: 3 });
		await vi.advanceTimersByTimeAsync(50);
		expect(latest()).toMatchObject({ waiting: 1, status: { 0: 'sending' } });
		await vi.runAllTimersAsync();
		expect(transport.sent.map((s) => s.response)).toEqual([{ choice: 1 }, { choice: 3 }]);
		expect(server.rows.get(0)?.response).toEqual({ choice: 3 });
		expect(latest()).toMatchObject({ waiting: 0, status: { 0: 'saved' } });
	});

	test('gives each save of a question a revision that only grows, from the one the server holds, whatever the clock does', () => {
		const { outbox, transport, storage } = openOutbox({ stored: { 0: Date.now() + 60_000 } });
		const revisionOf = (position: number): number =>
			(JSON.parse(storage.getItem('hoithi:outbox:7')!) as PendingSave[]).find((s) => s.position === position)!.revision;
		outbox.choose(0, { choice: 1 });
		expect(transport.sent[0].revision).toBe(Date.now() + 60_001);
		outbox.choose(1, { choice: 1 });
		expect(revisionOf(1)).toBe(Date.now());
		const first = revisionOf(1);
		vi.setSystemTime(Date.now() - 3_600_000); // the phone's clock is set back an hour
		outbox.choose(1, { choice: 2 });
		expect(revisionOf(1)).toBe(first + 1);
		expect(outbox.waitingResponse(1)).toEqual({ choice: 2 });
	});

	test('through drops, a save is tried again with a growing wait, capped at 30 s, never given up', async () => {
		const { outbox, server, transport, latest } = openOutbox();
		transport.behave(async () => ({ kind: 'failed' }));
		outbox.choose(4, { choice: 0 });
		await vi.advanceTimersByTimeAsync(0);
		const tries = () => transport.sent.length;
		expect(tries()).toBe(1);
		expect(latest()).toMatchObject({ online: false, waiting: 1, status: { 4: 'pending' } });
		for (const wait of BACKOFF_MS) {
			await vi.advanceTimersByTimeAsync(wait - 1);
			const before = tries();
			await vi.advanceTimersByTimeAsync(1);
			expect(tries()).toBe(before + 1);
		}
		await vi.advanceTimersByTimeAsync(30_000);
		expect(tries()).toBe(BACKOFF_MS.length + 2);
		// Ten minutes later it is still trying, every 30 s.
		await vi.advanceTimersByTimeAsync(600_000);
		expect(tries()).toBe(BACKOFF_MS.length + 22);
		transport.behave(async (save) => server.apply(save));
		await vi.advanceTimersByTimeAsync(30_000);
		expect(latest()).toMatchObject({ online: true, waiting: 0, status: { 4: 'saved' } });
	});

	test('a 2-minute outage: three answers chosen offline are each saved once when the network is back, at once', async () => {
		const { outbox, server, transport, latest } = openOutbox();
		outbox.setNetwork(false);
		expect(latest().online).toBe(false);
		outbox.choose(0, { choice: 1 });
		outbox.choose(1, { choice: 2 });
		outbox.choose(2, { choice: 3 });
		await vi.advanceTimersByTimeAsync(120_000);
		expect(transport.sent).toEqual([]);
		expect(latest()).toMatchObject({ waiting: 3, online: false });
		outbox.setNetwork(true);
		await vi.advanceTimersByTimeAsync(200);
		expect(latest()).toMatchObject({ waiting: 0, online: true });
		expect(server.writes.map((w) => w.position)).toEqual([0, 1, 2]);
	});

	test('an outage the browser does not notice: failures back off, and coming into view again tries at once', async () => {
		const { outbox, server, transport, latest } = openOutbox();
		transport.behave(async () => ({ kind: 'failed' }));
		outbox.choose(0, { choice: 1 });
		await vi.advanceTimersByTimeAsync(120_000);
		const tries = transport.sent.length;
		transport.behave(async (save) => server.apply(save));
		outbox.flush();
		await vi.advanceTimersByTimeAsync(0);
		expect(transport.sent.length).toBe(tries + 1);
		expect(latest()).toMatchObject({ waiting: 0, status: { 0: 'saved' } });
	});

	test('a request that timed out here but still arrives there never overwrites a later choice', async () => {
		const { outbox, server, transport, latest } = openOutbox();
		// The first save is slow: the page gives up on it at 5 s, the server only gets it at 20 s.
		transport.behave(
			(save) =>
				new Promise((resolve) => {
					setTimeout(() => server.apply(save), 20_000);
					setTimeout(() => resolve({ kind: 'failed' }), 5000);
				})
		);
		outbox.choose(3, { choice: 0 });
		await vi.advanceTimersByTimeAsync(5000);
		transport.behave(async (save) => server.apply(save));
		outbox.choose(3, { choice: 2 });
		await vi.advanceTimersByTimeAsync(BACKOFF_MS[0]);
		expect(server.rows.get(3)?.response).toEqual({ choice: 2 });
		await vi.advanceTimersByTimeAsync(20_000);
		expect(server.rows.get(3)?.response).toEqual({ choice: 2 });
		expect(latest()).toMatchObject({ waiting: 0, status: { 3: 'saved' } });
	});

	test('a reply lost on the way back: the same save goes again and is written once', async () => {
		const { outbox, server, transport, latest } = openOutbox();
		let lost = true;
		transport.behave(async (save) => {
			const outcome = server.apply(save);
			if (!lost) return outcome;
			lost = false;
			return { kind: 'failed' };
		});
		outbox.choose(5, { text: 'Một cửa' });
		await vi.runAllTimersAsync();
		expect(transport.sent).toHaveLength(2);
		expect(transport.sent[0]).toEqual(transport.sent[1]);
		expect(server.writes).toHaveLength(1);
		expect(latest()).toMatchObject({ waiting: 0, status: { 5: 'saved' } });
	});

	test('"too fast" waits as long as the server says, without growing the backoff', async () => {
		const { outbox, server, transport } = openOutbox();
		let limited = true;
		transport.behave(async (save) => {
			if (!limited) return server.apply(save);
			limited = false;
			return { kind: 'wait', ms: 3000 };
		});
		outbox.choose(0, { choice: 0 });
		await vi.advanceTimersByTimeAsync(2999);
		expect(transport.sent).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(transport.sent).toHaveLength(2);
		expect(server.writes).toHaveLength(1);
	});

	test('a refusal is final: a deadline passed offline leaves what was acknowledged before it, and names what does not count', async () => {
		const { outbox, server, transport, latest } = openOutbox();
		outbox.choose(0, { choice: 1 });
		await vi.runAllTimersAsync();
		outbox.setNetwork(false);
		outbox.choose(1, { choice: 2 });
		outbox.choose(2, { choice: 3 });
		const drained = outbox.whenDrained();
		transport.behave(async () => ({ kind: 'refused', error: 'contest.late' }));
		outbox.setNetwork(true);
		expect(await drained).toEqual([
			{ position: 1, error: 'contest.late' },
			{ position: 2, error: 'contest.late' }
		]);
		expect(transport.sent).toHaveLength(2); // the first refusal closes the attempt
		expect(latest()).toMatchObject({ closed: true, waiting: 0, status: { 0: 'saved', 1: { error: 'contest.late' } } });
		expect(server.rows.get(0)?.response).toEqual({ choice: 1 });
		outbox.choose(3, { choice: 0 });
		expect(transport.sent).toHaveLength(2);
	});

	test('an answer of the wrong kind is refused alone; the others go on', async () => {
		const { outbox, transport, latest } = openOutbox();
		const server = fakeServer();
		transport.behave(async (save) => (save.position === 0 ? { kind: 'refused', error: 'contest.wrongAnswerKind' } : server.apply(save)));
		outbox.choose(0, { text: 'sai loại' });
		outbox.choose(1, { choice: 0 });
		await vi.runAllTimersAsync();
		expect(latest()).toMatchObject({
			waiting: 0,
			closed: false,
			status: { 0: { error: 'contest.wrongAnswerKind' }, 1: 'saved' },
			notCounted: [{ position: 0, error: 'contest.wrongAnswerKind' }]
		});
	});

	test('submitting waits for every answer still on its way', async () => {
		const { outbox } = openOutbox();
		outbox.choose(0, { choice: 1 });
		outbox.choose(1, { choice: 1 });
		let done = false;
		void outbox.whenDrained().then(() => (done = true));
		await vi.advanceTimersByTimeAsync(60);
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(60);
		expect(done).toBe(true);
		expect(await outbox.whenDrained()).toEqual([]);
	});

	test('a reload restores what waits and sends it, but not what the server already had', async () => {
		const storage = memoryStorage();
		const server = fakeServer();
		const first = openOutbox({ storage, server });
		first.transport.behave(() => new Promise(() => {})); // the page is closed before any reply
		first.outbox.choose(0, { choice: 1 });
		first.outbox.choose(1, { choice: 2 });
		const kept = JSON.parse(storage.getItem('hoithi:outbox:7')!);
		expect(kept).toHaveLength(2);
		first.outbox.stop();
		// The first save did reach the server before the page went: its revision comes with the page.
		server.apply(kept[0]);
		storage.setItem('junk', '{');
		const again = openOutbox({ storage, server, stored: { 0: kept[0].revision, 1: null } });
		expect(again.outbox.waitingResponse(1)).toEqual({ choice: 2 });
		expect(again.outbox.waitingResponse(0)).toBeNull();
		expect(again.latest()).toMatchObject({ waiting: 1, status: { 1: 'sending' } });
		await vi.runAllTimersAsync();
		expect(again.transport.sent.map((s) => s.position)).toEqual([1]);
		expect(server.writes.map((w) => w.position)).toEqual([0, 1]);
		expect(storage.getItem('hoithi:outbox:7')).toBeNull();
	});

	test('what it cannot read back from storage is left out', () => {
		const storage = memoryStorage();
		storage.setItem('hoithi:outbox:7', JSON.stringify([{ position: -1, response: {}, revision: 1 }, { position: 2 }, 'x']));
		expect(openOutbox({ storage }).latest().waiting).toBe(0);
		storage.setItem('hoithi:outbox:7', 'not json');
		expect(openOutbox({ storage }).latest().waiting).toBe(0);
	});
});
