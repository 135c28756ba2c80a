export type SaveStatus = 'saving' | 'saved' | 'retrying' | { error: string };

const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000];

/**
 * Posts one answer until the server acknowledges it (the server replies only after committing).
 * Network failures and 5xx are retried with backoff, "too fast" after the wait the server names;
 * a refusal (late, submitted) is final.
 */
export async function saveAnswer(url: string, body: unknown, onStatus: (status: SaveStatus) => void): Promise<void> {
	onStatus('saving');
	for (let attempt = 0; ; attempt++) {
		try {
			const response = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body)
			});
			const reply = (await response.json().catch(() => null)) as { ok: boolean; error?: string } | null;
			if (response.ok && reply?.ok) return onStatus('saved');
			if (response.status === 429) {
				// Too fast: wait as the server asks, without using up a retry.
				attempt--;
				await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000));
				continue;
			}
			if (response.status < 500 && reply?.error) return onStatus({ error: reply.error });
		} catch {
			// offline or dropped: retried below
		}
		if (attempt >= RETRY_DELAYS_MS.length) return onStatus({ error: 'contest.saveFailedFinal' });
		onStatus('retrying');
		await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
	}
}
