// Production entry: one HTTP server for SvelteKit (adapter-node's handler) and Socket.IO.
// `npm start` builds first; SvelteKit ignores this file.
import { createServer } from 'node:http';
import { createIo } from './lib/server/realtime/io-server.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT ?? 30) * 1000;

// adapter-node assumes https unless told otherwise. This server speaks plain http (TLS, if any, ends at a
// proxy that sets ORIGIN or PROTOCOL_HEADER), so by default say so on every request: forms then work on
// http://localhost:3000 and on a hall's local network address alike.
const SCHEME_HEADER = 'x-hoithi-scheme';
const sayScheme = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (sayScheme) process.env.PROTOCOL_HEADER = SCHEME_HEADER;

// Question and unit imports post whole files (and their previewed rows) back: allow 25 MB, not 512 KB.
process.env.BODY_SIZE_LIMIT ??= '25M';

const httpServer = createServer();
// Socket.IO first, so that the app's init hook finds it while handler.js loads.
const { io, app } = createIo(httpServer);
const handlerPath = '../build/handler.js'; // computed, so type checks pass before a build exists
const { handler } = await import(handlerPath); // runs the init hook: migrate, seed, install sockets

httpServer.on('request', (req, res) => {
	if (sayScheme) req.headers[SCHEME_HEADER] = 'http'; // overwrites whatever a client sent
	handler(req, res);
});

// A hall told "join now" connects hundreds of phones within a second. Node's default queue of 511
// unaccepted connections overflows while the first ones are served, and each phone dropped then retries
// only after 1, 3, 7, 15 s (TCP's SYN backoff); the kernel still caps this at net.core.somaxconn.
const backlog = 4096;
httpServer.listen({ port, host, backlog }, () => {
	console.log(`hoithi listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});

let stopping = false;
/** @param {string} signal */
function shutdown(signal) {
	if (stopping) return;
	stopping = true;
	console.log(`hoithi: ${signal}, shutting down`);
	setTimeout(() => process.exit(1), shutdownTimeoutMs).unref();
	// Closing Socket.IO closes the HTTP server too; 'close' fires once in-flight requests are done.
	httpServer.once('close', async () => {
		await app.shutdown();
		process.exit(0);
	});
	io.close();
	httpServer.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
