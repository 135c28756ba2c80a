import { z } from 'zod';
import { AnswerOutbox, unsentSaves, type NotCounted, type OutboxState, type PendingSave, type SaveOutcome } from './outbox';

/** The online attempt page's side of its outbox (./outbox): posting a save, the browser's storage and its signals. */

/** A request the network swallowed is given up after this long; its save goes again, safe by its revision. */
const REQUEST_TIMEOUT_MS = 15_000;

const reply = z.object({ ok: z.boolean(), error: z.string().optional(), revision: z.number().nullable().optional() });

/** Posts one save to the answer endpoint and reads what came back as the outbox needs it. */
export function postSave(url: string): (save: PendingSave) => Promise<SaveOutcome> {
	return async (save) => {
		try {
			const response = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(save),
				signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
			});
			const body = reply.safeParse(await response.json().catch(() => null));
			if (response.ok && body.data?.ok) return { kind: 'saved', revision: body.data.revision ?? null };
			if (response.status === 429) return { kind: 'wait', ms: (Number(response.headers.get('retry-after')) || 1) * 1000 };
			// An expired session is no refusal: the answers wait, stored, for the participant to sign in again.
			if (response.status < 500 && response.status !== 401 && body.data?.error) return { kind: 'refused', error: body.data.error };
		} catch {
			// offline, dropped or timed out
		}
		return { kind: 'failed' };
	};
}

const storageKey = (attemptId: number) => `hoithi:outbox:${attemptId}`;

/**
 * The attempt's outbox over localStorage, woken when the network comes back and when the page comes
 * into view again. `stored`: the revision the server holds per question. Returns it and what stops it.
 */
export function openOutbox(
	attemptId: number,
	stored: Readonly<Record<number, number | null>>,
	onChange: (state: OutboxState) => void
): { outbox: AnswerOutbox; close: () => void } {
	const outbox = new AnswerOutbox({
		storageKey: storageKey(attemptId),
		storage: localStorage,
		send: postSave(`/thi/attempt/${attemptId}/answer`),
		stored,
		onChange
	});
	const network = () => outbox.setNetwork(navigator.onLine);
	const visible = () => {
		if (document.visibilityState === 'visible') outbox.flush();
	};
	network();
	window.addEventListener('online', network);
	window.addEventListener('offline', network);
	document.addEventListener('visibilitychange', visible);
	return {
		outbox,
		close() {
			window.removeEventListener('online', network);
			window.removeEventListener('offline', network);
			document.removeEventListener('visibilitychange', visible);
			outbox.stop();
		}
	};
}

/**
 * Once the attempt is over: the answers this browser still held that never reached the server, which
 * do not count (the page says so), and are forgotten.
 */
export function leftBehind(attemptId: number, stored: Readonly<Record<number, number | null>>): NotCounted[] {
	const lost = unsentSaves(localStorage, storageKey(attemptId), stored);
	localStorage.removeItem(storageKey(attemptId));
	return lost.map((s) => ({ position: s.position, error: 'contest.late' }));
}
