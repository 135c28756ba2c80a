import { describe, expect, test } from 'vitest';
import { followNetwork } from './socket';

/** A socket as `followNetwork` sees it, recording what it is asked to do. */
function fakeSocket(state: { connected: boolean; active: boolean }) {
	const calls: string[] = [];
	const socket = {
		...state,
		io: { engine: { close: () => void calls.push('close') } },
		disconnect: () => (calls.push('disconnect'), socket),
		connect: () => (calls.push('connect'), socket)
	};
	return { socket: socket as unknown as Parameters<typeof followNetwork>[0], calls };
}

describe('following the network', () => {
	test('offline, a connected socket drops its connection at once', () => {
		const target = new EventTarget();
		const { socket, calls } = fakeSocket({ connected: true, active: true });
		followNetwork(socket, target);
		target.dispatchEvent(new Event('offline'));
		expect(calls).toEqual(['close']);
	});

	test('back online, a socket waiting to reconnect tries again at once', () => {
		const target = new EventTarget();
		const { socket, calls } = fakeSocket({ connected: false, active: true });
		followNetwork(socket, target);
		target.dispatchEvent(new Event('online'));
		expect(calls).toEqual(['disconnect', 'connect']);
	});

	test('a connected socket, or one the server closed, is left alone when the network comes back; stopping stops following', () => {
		const target = new EventTarget();
		const connected = fakeSocket({ connected: true, active: true });
		const ended = fakeSocket({ connected: false, active: false });
		followNetwork(connected.socket, target);
		followNetwork(ended.socket, target);
		target.dispatchEvent(new Event('online'));
		expect([...connected.calls, ...ended.calls]).toEqual([]);
		const waiting = fakeSocket({ connected: true, active: true });
		followNetwork(waiting.socket, target)();
		target.dispatchEvent(new Event('offline'));
		expect(waiting.calls).toEqual([]);
	});
});
