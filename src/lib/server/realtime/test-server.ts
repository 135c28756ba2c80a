import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '$lib/realtime/events';
import { adoptDatabase } from '$lib/server/db';
import type { Database } from '$lib/server/db/client';
import { liveGames } from '$lib/server/live/registry';
import { createIo } from './io-server.js';
import { installRealtime } from '.';

/** For integration tests: the app's real Socket.IO server and handlers on a real port, over a test database. */

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long a spec waits for an acknowledgement: a missing one fails the spec with a reason instead of at its timeout. */
export const ACK = { timeoutMs: 10_000 };

export interface TestSocketServer {
	/** A connected client, signed in when given a session cookie. */
	client(cookie?: string): Promise<TestClient>;
	/** Closes the clients, the games and the server. */
	close(): Promise<void>;
}

export async function startSocketServer(database: Database): Promise<TestSocketServer> {
	adoptDatabase(database);
	const http = createServer();
	createIo(http);
	installRealtime(async () => {});
	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
	const clients: TestClient[] = [];
	return {
		async client(cookie) {
			const socket: TestClient = connect(url, { transports: ['websocket'], reconnection: false, extraHeaders: cookie ? { cookie } : {} });
			clients.push(socket);
			await new Promise<void>((resolve, reject) => {
				socket.once('connect', resolve);
				socket.once('connect_error', reject);
			});
			return socket;
		},
		async close() {
			for (const c of clients) c.close();
			await liveGames().closeAll();
			await new Promise((resolve) => http.close(resolve));
		}
	};
}
