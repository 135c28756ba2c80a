// Production entry: one HTTP server for SvelteKit (adapter-node's handler) and Socket.IO.
// `npm start` builds first; SvelteKit ignores this file. With WEB_CONCURRENCY=N (scale-out mode, which
// needs DATABASE_URL and REDIS_URL) this process only watches N worker processes that each serve
// everything on the same port; Node's cluster hands each new connection to one of them in turn.
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { prepareResponse, securityHeaders } from './lib/server/http/response-headers.js';
import { createIo } from './lib/server/realtime/io-server.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT ?? 30) * 1000;
const workers = Number(process.env.WEB_CONCURRENCY ?? 1);

/** @param {number} count */
function superviseWorkers(count) {
	if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
		console.error('hoithi: WEB_CONCURRENCY above 1 needs DATABASE_URL and REDIS_URL: the processes share PostgreSQL and Redis.');
		process.exit(1);
	}
	let stopping = false;
	for (let i = 0; i < count; i++) cluster.fork();
	cluster.on('exit', (worker, code, signal) => {
		if (stopping) {
			if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
			return;
		}
		// A worker that died is replaced after a breath, so one that cannot start does not spin.
		console.error(`hoithi: worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
		setTimeout(() => cluster.fork(), 1000);
	});
	/** @param {NodeJS.Signals} signal */
	const stop = (signal) => {
		if (stopping) return;
		stopping = true;
		console.log(`hoithi: ${signal}, stopping ${count} workers`);
		setTimeout(() => process.exit(1), shutdownTimeoutMs + 5000).unref();
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
	};
	process.on('SIGTERM', () => stop('SIGTERM'));
	process.on('SIGINT', () => stop('SIGINT'));
}

async function serve() {
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

	const headers = securityHeaders({ origin: process.env.ORIGIN });
	httpServer.on('request', (req, res) => {
		// Socket.IO's own listener, installed first, answers its path (its headers are set in createIo).
		if (req.url?.startsWith('/socket.io/')) return;
		if (sayScheme) req.headers[SCHEME_HEADER] = 'http'; // overwrites whatever a client sent
		prepareResponse(req, res, headers);
		handler(req, res);
	});

	// A hall told "join now" connects hundreds of phones within a second. Node's default queue of 511
	// unaccepted connections overflows while the first ones are served, and each phone dropped then retries
	// only after 1, 3, 7, 15 s (TCP's SYN backoff); the kernel still caps this at net.core.somaxconn.
	const backlog = 4096;
	httpServer.listen({ port, host, backlog }, () => {
		const who = cluster.isWorker ? ` (worker ${process.pid})` : '';
		console.log(`hoithi listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${who}`);
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
}

if (cluster.isPrimary && workers > 1) superviseWorkers(workers);
else await serve();
