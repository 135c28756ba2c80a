/**
 * Where to send someone back to after login or registration: only a path of this app. Anything that a
 * browser could read as another site (an absolute URL, `//host`, `/\host`, a scheme, control
 * characters) falls back, so a crafted link cannot bounce a fresh session to a lookalike page.
 */
const BASE = 'http://app.invalid';

export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
	if (!target || !target.startsWith('/') || target.startsWith('//')) return fallback;
	// Browsers read a backslash as a slash, and drop tabs and newlines: "/\evil" and "/\t/evil" are other hosts.
	if (target.includes('\\') || [...target].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return fallback;
	let url: URL;
	try {
		url = new URL(target, BASE);
	} catch {
		return fallback;
	}
	return url.origin === BASE ? url.pathname + url.search + url.hash : fallback;
}

/** A login or registration page's address that comes back to `target` afterwards (if it is safe). */
export function withRedirect(page: '/login' | '/register', target: string | null | undefined): string {
	const back = safeRedirect(target, '');
	return back && back !== '/' ? `${page}?redirectTo=${encodeURIComponent(back)}` : page;
}
