/**
 * The answer while the database is away: 503 with Retry-After, in the shape the asker reads. A page
 * gets a plain Vietnamese page of its own (nothing of the app's layout can load without the database),
 * SvelteKit's page data and form actions the error it shows, an endpoint `{ ok: false, error }`, which
 * autosave and the other fetches treat as "try again", never as a refusal.
 */
import { json, type RequestEvent } from '@sveltejs/kit';
import { t } from '$lib/i18n';

export const UNAVAILABLE = 'errors.unavailable';
/** Seconds a client is asked to wait: PostgreSQL restarts in a few. */
export const RETRY_AFTER_SECONDS = 5;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(): string {
	const message = escape(t(UNAVAILABLE));
	return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${message} · hoithi</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:15vh auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}h1{font-size:1.4rem}</style>
</head><body><main><h1>${message}</h1><p>${escape(t('errors.unavailableHint'))}</p><p><a href="">${escape(t('errors.tryAgain'))}</a></p></main></body></html>`;
}

export function unavailableResponse(event: RequestEvent): Response {
	const headers = { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' };
	const init = { status: 503, headers };
	if (event.isDataRequest) return json({ message: UNAVAILABLE }, init);
	if (event.request.headers.has('x-sveltekit-action')) return json({ type: 'error', error: { message: UNAVAILABLE } }, init);
	const accept = event.request.headers.get('accept') ?? '';
	if (accept.includes('text/html'))
		return new Response(page(), {
			...init,
			headers: {
				...headers,
				'content-type': 'text/html; charset=utf-8',
				'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"
			}
		});
	return json({ ok: false, error: UNAVAILABLE }, init);
}
