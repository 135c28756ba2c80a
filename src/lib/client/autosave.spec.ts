import { afterEach, describe, expect, test, vi } from 'vitest';
import { postSave } from './autosave';

afterEach(() => vi.unstubAllGlobals());

const save = { position: 2, response: { choice: 1 }, revision: 1_790_000_000_000 };

/** The answer endpoint answering once, as given. */
function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
	const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers }));
	vi.stubGlobal('fetch', fetch);
	return fetch;
}

describe('posting a save', () => {
	test('sends the answer with its revision; a committed one is saved, with the revision the server holds', async () => {
		const fetch = answering(200, { ok: true, savedAt: '2026-11-28T08:00:00.000Z', revision: save.revision });
		expect(await postSave('/thi/attempt/7/answer')(save)).toEqual({ kind: 'saved', revision: save.revision });
		expect(fetch).toHaveBeenCalledWith('/thi/attempt/7/answer', expect.objectContaining({ method: 'POST', body: JSON.stringify(save) }));
	});

	test('"too fast" waits as the server says; a refusal is final; an expired session, a server error or no network is tried again', async () => {
		answering(429, { ok: false, error: 'contest.tooFast' }, { 'retry-after': '3' });
		expect(await postSave('/a')(save)).toEqual({ kind: 'wait', ms: 3000 });
		answering(409, { ok: false, error: 'contest.late' });
		expect(await postSave('/a')(save)).toEqual({ kind: 'refused', error: 'contest.late' });
		answering(401, { ok: false, error: 'auth.sessionExpired' });
		expect(await postSave('/a')(save)).toEqual({ kind: 'failed' });
		answering(502, '<html>Bad gateway</html>');
		expect(await postSave('/a')(save)).toEqual({ kind: 'failed' });
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => {
				throw new TypeError('Failed to fetch');
			})
		);
		expect(await postSave('/a')(save)).toEqual({ kind: 'failed' });
	});
});
