// Plain JS with no $lib/$env imports: vite.config.ts (dev) and src/server.js (production) both load it,
// outside the app's module graph. The app installs its handlers later by swapping the dispatchers' targets.
import cluster from 'node:cluster';
import { Server } from 'socket.io';
import { securityHeaders } from '../http/response-headers.js';

const IO = Symbol.for('hoithi.io');

/**
 * @typedef {object} AppHandlers
 * @property {(socket: import('socket.io').Socket, next: (err?: Error) => void) => void} middleware
 * @property {(socket: import('socket.io').Socket) => void} connection
 * @property {() => Promise<void>} shutdown closes what the app opened; called after the last request
 * @typedef {{ io: Server, app: AppHandlers }} IoSlot
 */
const slots = /** @type {Record<symbol, IoSlot | undefined>} */ (/** @type {unknown} */ (globalThis));

/**
 * WebSockets are not subject to CORS, so the handshake's Origin is checked here. Requests without an
 * Origin (same-origin polling, non-browser clients) still need a valid session cookie.
 * @param {import('node:http').IncomingMessage} req
 */
export function isAllowedOrigin(req) {
	const origin = req.headers.origin;
	if (!origin) return true;
	if (process.env.ORIGIN) return origin === process.env.ORIGIN.replace(/\/$/, '');
	try {
		return new URL(origin).host === req.headers.host;
	} catch {
		return false;
	}
}

/**
 * Creates the process's one Socket.IO server on `httpServer`, or returns the existing one.
 * @param {import('node:http').Server} httpServer
 */
export function createIo(httpServer) {
	const existing = slots[IO];
	if (existing) return existing;
	const io = new Server(httpServer, {
		serveClient: false,
		// Blips shorter than this replay missed events; skipMiddlewares stays false so a user disabled
		// meanwhile is checked again.
		connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
		// Node's cluster gives each connection to any worker: a WebSocket is one connection and stays with
		// its worker, but long-polling's requests would land on workers that never heard of the session.
		// So cluster workers speak WebSocket only (the browser tries it first anyway); a single process,
		// or several behind a proxy with sticky sessions, keeps polling as well.
		transports: cluster.isWorker ? ['websocket'] : ['polling', 'websocket'],
		allowRequest: (req, callback) => callback(null, isAllowedOrigin(req))
	});
	const headers = securityHeaders({ origin: process.env.ORIGIN });
	// Polling responses and the WebSocket upgrade carry the same headers as every other response.
	io.engine.on('headers', (/** @type {Record<string, string>} */ sent) => Object.assign(sent, headers));
	/** @type {AppHandlers} */
	const app = {
		middleware: (_socket, next) => next(new Error('starting')),
		connection: () => {},
		shutdown: async () => {}
	};
	io.use((socket, next) => app.middleware(socket, next));
	io.on('connection', (socket) => app.connection(socket));
	return (slots[IO] = { io, app });
}

/**
 * The slot created by createIo, or undefined in processes without an HTTP server (tests, build).
 * @returns {IoSlot | undefined}
 */
export function ioSlot() {
	return slots[IO];
}
