import { expect, test, type APIRequestContext } from './support/test';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../src/lib/realtime/events';
import { demoAccount } from './support/app';
import { DEMO_PASSWORD } from '../src/lib/server/db/demo-units';

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Logs in through the real form action and returns the session cookie the browser would keep. */
async function sessionCookie(request: APIRequestContext, baseURL: string): Promise<string> {
	const response = await request.post('/login', {
		form: { identifier: demoAccount('participant').phone, password: DEMO_PASSWORD },
		headers: { origin: baseURL },
		maxRedirects: 0
	});
	expect(response.status()).toBeLessThan(400);
	const cookie = (await request.storageState()).cookies.find((c) => c.name === 'hoithi_session');
	expect(cookie).toBeDefined();
	return `hoithi_session=${cookie!.value}`;
}

function connect(baseURL: string, headers: Record<string, string>): AppSocket {
	return io(baseURL, { transports: ['websocket'], extraHeaders: headers, reconnection: false });
}

function outcome(socket: AppSocket): Promise<'connected' | string> {
	return new Promise((resolve) => {
		socket.once('connect', () => resolve('connected'));
		socket.once('connect_error', (error) => resolve(error.message));
	});
}

test('a socket without a session is anonymous, a foreign origin is refused, and logout cuts a signed-in socket', async ({
	request,
	baseURL
}) => {
	const origin = baseURL!;

	// Anonymous sockets exist for public boards; anything personal is refused to them.
	const anonymous = connect(origin, { origin });
	expect(await outcome(anonymous)).toBe('connected');
	expect(await anonymous.timeout(5000).emitWithAck('session:whoami')).toEqual({ ok: false, error: 'auth.signInRequired' });
	anonymous.close();

	const cookie = await sessionCookie(request, origin);
	const foreign = connect(origin, { origin: 'http://evil.example', cookie });
	expect(await outcome(foreign)).not.toBe('connected');
	foreign.close();

	const socket = connect(origin, { origin, cookie });
	expect(await outcome(socket)).toBe('connected');
	const whoami = await socket.timeout(5000).emitWithAck('session:whoami');
	expect(whoami).toMatchObject({ ok: true, data: { fullName: demoAccount('participant').fullName, role: 'participant' } });
	expect(await socket.timeout(5000).emitWithAck('leaderboard:watch', 2 ** 31 - 1)).toEqual({ ok: false, error: 'errors.notFound' });

	const ended = new Promise<void>((resolve) => socket.once('session:ended', resolve));
	const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
	await request.post('/logout', { form: {}, headers: { origin, cookie }, maxRedirects: 0 });
	await ended;
	expect(await disconnected).toBe('io server disconnect');

	// The ended session's cookie gives only an anonymous socket now.
	const again = connect(origin, { origin, cookie });
	expect(await outcome(again)).toBe('connected');
	expect(await again.timeout(5000).emitWithAck('session:whoami')).toEqual({ ok: false, error: 'auth.signInRequired' });
	again.close();
});
