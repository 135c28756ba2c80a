// Plain JS with no $lib imports: src/server.js (production) and vite.config.ts (dev) wrap every request
// with it, static files and Socket.IO's polling included, before SvelteKit sees the request.
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

/**
 * Headers every response carries. Pages get their full Content-Security-Policy from `kit.csp`
 * (svelte.config.js); any other response without one gets `frame-ancestors 'self'` so that nothing of this
 * site (a download, an endpoint's JSON) can be framed elsewhere either.
 * @param {{ origin?: string }} env
 * @returns {Record<string, string>}
 */
export function securityHeaders(env) {
	/** @type {Record<string, string>} */
	const headers = {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'x-frame-options': 'SAMEORIGIN', // for browsers that predate frame-ancestors
		// Nothing here uses a camera, a microphone, a location or payments; the board and the stage screen
		// go full screen.
		'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), fullscreen=(self)'
	};
	// Only where the public URL is https: a hall's plain-http network must never be told to insist on TLS.
	if (env.origin?.startsWith('https://')) headers['strict-transport-security'] = 'max-age=15552000';
	return headers;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|x-ndjson)|image\/svg\+xml)/;
/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 1024;

/**
 * The encoding to answer with, brotli before gzip, or null.
 * @param {string | undefined} accept the request's Accept-Encoding
 * @returns {'br' | 'gzip' | null}
 */
export function pickEncoding(accept) {
	if (!accept) return null;
	/** @param {string} name */
	const offered = (name) =>
		accept.split(',').some((part) => {
			const [token, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return token.trim().toLowerCase() === name && (q === undefined || Number(q.slice(2)) > 0);
		});
	if (offered('br')) return 'br';
	if (offered('gzip')) return 'gzip';
	return null;
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 */
function shouldCompress(res, status) {
	if (status < 200 || status === 204 || status === 304) return false;
	if (res.getHeader('content-encoding')) return false;
	const type = String(res.getHeader('content-type') ?? '');
	if (!COMPRESSIBLE.test(type) || type.startsWith('text/event-stream')) return false;
	const length = Number(res.getHeader('content-length'));
	return !(length >= 0 && length < MIN_BYTES);
}

/**
 * Sets the security headers on `res` and compresses its body with brotli or gzip when the client takes it
 * and the type is text (HTML, JSON, `__data.json`, scripts, SVG). Static files that adapter-node has
 * precompressed arrive with their Content-Encoding and pass untouched. Each write is flushed, so a page
 * that SvelteKit streams still reaches the browser piece by piece.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Record<string, string>} headers from securityHeaders()
 */
export function prepareResponse(req, res, headers) {
	for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
	const encoding = req.method === 'HEAD' ? null : pickEncoding(req.headers['accept-encoding']);
	// Node's own methods, called with the arguments their callers gave (their overloads are many).
	const original = /** @type {{ writeHead: Function, write: Function, end: Function }} */ ({
		writeHead: res.writeHead,
		write: res.write,
		end: res.end
	});
	/** @type {import('node:zlib').Gzip | import('node:zlib').BrotliCompress | null} */
	let zip = null;
	/** @param {unknown[]} args */
	const encodingOf = (args) => /** @type {BufferEncoding} */ (typeof args[0] === 'string' ? args[0] : 'utf8');

	Object.assign(res, {
		/** @param {number} status @param {unknown[]} rest */
		writeHead(status, ...rest) {
			const head = rest.find((arg) => typeof arg === 'object' && arg !== null);
			// Raw header arrays go on untouched, and uncompressed: nothing here sends them.
			if (Array.isArray(head)) return original.writeHead.call(res, status, ...rest);
			if (head) for (const [name, value] of Object.entries(head)) if (value !== undefined) res.setHeader(name, value);
			if (!res.getHeader('content-security-policy')) res.setHeader('content-security-policy', "frame-ancestors 'self'");
			if (encoding && shouldCompress(res, status)) {
				res.setHeader('content-encoding', encoding);
				res.removeHeader('content-length');
				res.appendHeader('vary', 'accept-encoding');
				zip = encoding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : createGzip({ level: 6 });
				zip.on('data', (chunk) => original.write.call(res, chunk));
				zip.on('end', () => original.end.call(res));
			}
			const reason = rest.find((arg) => typeof arg === 'string');
			return reason ? original.writeHead.call(res, status, reason) : original.writeHead.call(res, status);
		},
		/** @param {unknown} chunk @param {unknown[]} rest */
		write(chunk, ...rest) {
			if (!res.headersSent) res.writeHead(res.statusCode);
			if (!zip) return original.write.call(res, chunk, ...rest);
			const callback = rest.find((arg) => typeof arg === 'function');
			const ok = zip.write(chunk, encodingOf(rest));
			zip.flush(() => callback?.());
			// A stream piped into the response waits for its 'drain' when a write says false.
			if (!ok) zip.once('drain', () => res.emit('drain'));
			return ok;
		},
		/** @param {unknown} chunk @param {unknown[]} rest */
		end(chunk, ...rest) {
			if (!res.headersSent) res.writeHead(res.statusCode);
			if (!zip) return original.end.call(res, chunk, ...rest);
			const callback = [chunk, ...rest].find((arg) => typeof arg === 'function');
			if (callback) res.once('finish', /** @type {() => void} */ (callback));
			if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') zip.end(chunk, encodingOf(rest));
			else zip.end();
			return res;
		}
	});
}
