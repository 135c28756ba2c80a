import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { sendAnswer, throttle, type SendStatus } from './live';
import type { ClientSocket } from './socket';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A socket whose acknowledgements the test scripts: a value, or a thrown timeout. */
function scriptedSocket(replies: (() => unknown)[]) {
	const sent: unknown[] = [];
	const socket = {
		timeout: () => ({
			emitWithAck: async (_event: string, input: unknown) => {
				sent.push(input);
				return replies.shift()!();
			}
		})
	};
	return { socket: socket as unknown as ClientSocket, sent };
}

const input = { answerId: 'a0.1.xyz', position: { segment: 0, question: 1 }, response: { choice: 2 } };

describe('sending an answer', () => {
	test('goes again with the same answer id until the server acknowledges it', async () => {
		const timeout = () => {
			throw new Error('operation has timed out');
		};
		const { socket, sent } = scriptedSocket([
			timeout,
			() => ({ ok: false, error: 'live.errors.seatLost' }),
			() => ({ ok: true, data: { duplicate: true } })
		]);
		const statuses: SendStatus[] = [];
		const done = sendAnswer(
			socket,
			input,
			async () => true,
			() => true,
			(s) => statuses.push(s)
		);
		await vi.runAllTimersAsync();
		expect(await done).toBe(true);
		expect(sent).toEqual([input, input, input]);
		expect(statuses).toEqual(['sending', 'retrying', 'retrying', 'sent']);
	});

	test('stops at a refusal, and says why', async () => {
		const { socket, sent } = scriptedSocket([() => ({ ok: false, error: 'live.errors.late' })]);
		const statuses: SendStatus[] = [];
		expect(
			await sendAnswer(
				socket,
				input,
				async () => true,
				() => true,
				(s) => statuses.push(s)
			)
		).toBe(false);
		expect(sent).toHaveLength(1);
		expect(statuses.at(-1)).toEqual({ error: 'live.errors.late' });
	});

	test('gives up quietly once the question is no longer the one on screen', async () => {
		let wanted = true;
		const { socket, sent } = scriptedSocket([
			() => {
				wanted = false;
				throw new Error('operation has timed out');
			}
		]);
		const done = sendAnswer(
			socket,
			input,
			async () => true,
			() => wanted,
			() => {}
		);
		await vi.runAllTimersAsync();
		expect(await done).toBe(false);
		expect(sent).toHaveLength(1);
	});
});

describe('throttle', () => {
	test('runs at once, then once more at the end of the wait with the calls that came meanwhile', () => {
		const fn = vi.fn();
		const throttled = throttle(fn, 300);
		throttled();
		throttled();
		throttled();
		expect(fn).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(300);
		expect(fn).toHaveBeenCalledTimes(2);
		vi.advanceTimersByTime(300);
		expect(fn).toHaveBeenCalledTimes(2);
		throttled.cancel();
	});
});
