import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Every page's Content-Security-Policy. `auto`: SvelteKit puts a fresh nonce on its own inline
		// hydration script of each server-rendered page (a hash on a prerendered one), so no script runs
		// that the server did not write; the app has no other inline script and no eval.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// 'unsafe-inline' for styles only, and on purpose: Svelte renders `style="…"` attributes and
				// `style:` directives (progress bars, chart bars, app.html's wrapper) into the HTML and sets
				// element.style from scripts; neither a nonce nor a hash can allow an attribute without also
				// listing each value. A style cannot run code, so the exposure is page defacement by an
				// injection that script-src would already have had to let through.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				// 'self' covers the Socket.IO endpoint on this origin: CSP Level 3 matches ws: and wss: of the
				// page's own host to 'self' (http→ws, https→wss).
				'connect-src': ['self'],
				'media-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				// Only this site may frame its pages (the login page and the host console included). The
				// public board is no exception yet: embedding it elsewhere would need a per-contest setting.
				'frame-ancestors': ['self']
			}
		}
	}
};
