import { afterEach, describe, expect, expectTypeOf, test, vi } from 'vitest';
import { AppError } from '$lib/errors';
import type { z } from 'zod';
import type { InputOf, RequestEvent } from '$lib/realtime/events';
import { fail, handle, requestInputs } from './handle';
import type { AppSocket } from './server';

/** A socket that only records its listeners, so a spec can send it what a client would. */
function fakeSocket() {
	const listeners = new Map<string, (...args: unknown[]) => Promise<void>>();
	const socket = { on: (event: string, listener: (...args: unknown[]) => Promise<void>) => listeners.set(event, listener) };
	const send = async (event: string, ...args: unknown[]) => {
		const replies: unknown[] = [];
		await listeners.get(event)!(...args, (reply: unknown) => replies.push(reply));
		return replies;
	};
	return { socket: socket as unknown as AppSocket, send, listeners };
}

afterEach(() => vi.restoreAllMocks());

describe('the input rules', () => {
	test('give every request a schema whose output is exactly the event’s input', () => {
		expectTypeOf<{ [K in RequestEvent]: z.output<(typeof requestInputs)[K]['schema']> }>().toEqualTypeOf<{
			[K in RequestEvent]: InputOf<K>;
		}>();
	});
});

describe('a handled request', () => {
	test('gets its checked input and answers with the handler’s reply', async () => {
		const { socket, send } = fakeSocket();
		const handler = vi.fn(async (input: InputOf<'live:buzz'>) => ({ ok: true as const, data: null, input }));
		handle(socket, 'live:buzz', handler);
		const position = { segment: 0, question: 1 };
		expect(await send('live:buzz', { position, extra: 'dropped' })).toEqual([{ ok: true, data: null, input: { position } }]);
	});

	test('refuses an input its schema does not accept, without running the handler', async () => {
		const { socket, send } = fakeSocket();
		const handler = vi.fn(async () => ({ ok: true as const, data: null }));
		handle(socket, 'live:buzz', handler);
		expect(await send('live:buzz', { position: 'first' })).toEqual([fail('live.errors.invalidInput')]);
		handle(socket, 'leaderboard:watch', async () => fail('never'));
		expect(await send('leaderboard:watch', 'round one')).toEqual([fail('errors.notFound')]);
		expect(handler).not.toHaveBeenCalled();
	});

	test('that carries no input ignores whatever else comes with it', async () => {
		const { socket, send } = fakeSocket();
		handle(socket, 'live:clock', async () => 1234);
		expect(await send('live:clock')).toEqual([1234]);
		expect(await send('live:clock', { junk: true })).toEqual([1234]);
	});

	test('answers errors.unexpected when its handler throws, and logs why', async () => {
		const { socket, send } = fakeSocket();
		const written = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		handle(socket, 'live:clock', async () => {
			throw new Error('database gone');
		});
		expect(await send('live:clock')).toEqual([fail('errors.unexpected')]);
		const line = JSON.parse(String(written.mock.calls.at(-1)?.[0]));
		written.mockRestore();
		expect(line).toMatchObject({ level: 'error', event: 'socket.request_failed', request: 'live:clock', error: 'database gone' });
	});

	test('answers a refusal the handler raises with its code, as a reply and not as a failure', async () => {
		const { socket, send } = fakeSocket();
		handle(socket, 'live:clock', async () => {
			throw new AppError('live.errors.moving', { status: 503 });
		});
		expect(await send('live:clock')).toEqual([fail('live.errors.moving')]);
	});

	test('without an acknowledgement to answer, does nothing', async () => {
		const { socket, listeners } = fakeSocket();
		const handler = vi.fn(async () => ({ ok: true as const, data: null }));
		handle(socket, 'live:buzz', handler);
		await listeners.get('live:buzz')!({ position: { segment: 0, question: 0 } });
		expect(handler).not.toHaveBeenCalled();
	});
});
