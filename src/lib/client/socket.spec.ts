import { describe, expect, test, vi } from 'vitest';
import { reconnectWhenOnline } from './socket';

/** A socket as `reconnectWhenOnline` sees it, recording what it is asked to do. */
function fakeSocket(state: { connected: boolean; active: boolean }) {
	const calls: string[] = [];
	const socket = {
		...state,
		disconnect: vi.fn(() => (calls.push('disconnect'), socket)),
		connect: vi.fn(() => (calls.push('connect'), socket))
	};
	return { socket: socket as unknown as Parameters<typeof reconnectWhenOnline>[0], calls };
}

describe('reconnecting when the network is back', () => {
	test('a socket waiting to reconnect tries again at once', () => {
		const target = new EventTarget();
		const { socket, calls } = fakeSocket({ connected: false, active: true });
		reconnectWhenOnline(socket, target);
		target.dispatchEvent(new Event('online'));
		expect(calls).toEqual(['disconnect', 'connect']);
	});

	test('a connected socket, or one the server closed, is left alone; stopping stops listening', () => {
		const target = new EventTarget();
		const connected = fakeSocket({ connected: true, active: true });
		const ended = fakeSocket({ connected: false, active: false });
		reconnectWhenOnline(connected.socket, target);
		reconnectWhenOnline(ended.socket, target);
		target.dispatchEvent(new Event('online'));
		expect([...connected.calls, ...ended.calls]).toEqual([]);
		const waiting = fakeSocket({ connected: false, active: true });
		reconnectWhenOnline(waiting.socket, target)();
		target.dispatchEvent(new Event('online'));
		expect(waiting.calls).toEqual([]);
	});
});
