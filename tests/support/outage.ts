import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that a test can cut and restore: the server under test sees its
 * database go away (open connections dropped, new ones refused) and come back on the same address, as
 * with a PostgreSQL restart, without stopping the PostgreSQL server others share.
 */
export interface DatabaseProxy {
	port: number;
	cut(): Promise<void>;
	restore(): Promise<void>;
	close(): Promise<void>;
}

export async function startDatabaseProxy(target: { host: string; port: number }): Promise<DatabaseProxy> {
	const open = new Set<Socket>();
	const server = createServer((client) => {
		const upstream = connect(target.port, target.host);
		for (const socket of [client, upstream]) {
			open.add(socket);
			socket.on('close', () => open.delete(socket));
			socket.on('error', () => {
				client.destroy();
				upstream.destroy();
			});
		}
		client.pipe(upstream).pipe(client);
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('the proxy has no port');
	const { port } = address;
	const cut = async () => {
		if (!server.listening) return;
		const closed = once(server, 'close');
		server.close();
		for (const socket of open) socket.destroy();
		await closed;
	};
	return {
		port,
		cut,
		async restore() {
			server.listen(port, '127.0.0.1');
			await once(server, 'listening');
		},
		close: cut
	};
}
