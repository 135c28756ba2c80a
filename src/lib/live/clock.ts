import type { Phase } from './state';

/**
 * Countdowns on the players' phones, the big screen and the host console run on the server's clock: the
 * browser measures how far its own clock is off, and counts down to the question's `closesAt`.
 */

export interface ClockSample {
	/** Server time minus browser time, in milliseconds. */
	offset: number;
	/** The round trip the sample took: the shorter, the more exact. */
	roundTrip: number;
}

/** One round trip: the server read its clock about halfway between sending and receiving. */
export function clockSample(sentAt: number, serverNow: number, receivedAt: number): ClockSample {
	const roundTrip = Math.max(0, receivedAt - sentAt);
	return { offset: serverNow + roundTrip / 2 - receivedAt, roundTrip };
}

/** The offset of the quickest round trip, 0 without samples. */
export function bestOffset(samples: readonly ClockSample[]): number {
	if (samples.length === 0) return 0;
	return samples.reduce((best, s) => (s.roundTrip < best.roundTrip ? s : best)).offset;
}

interface Timed {
	phase: Phase;
	question: { closesAt: number } | null;
	/** Frozen time left while paused, or while a buzz has stopped the clock. */
	remainingMs: number | null;
}

/** Time left on the question a view shows, at `serverNow`; null when no countdown runs. */
export function timeLeftMs(view: Timed, serverNow: number): number | null {
	if (view.phase === 'paused') return view.remainingMs;
	if (view.phase !== 'open' || !view.question) return null;
	if (view.remainingMs !== null) return view.remainingMs;
	return Math.max(0, view.question.closesAt - serverNow);
}

/** Whole seconds as a countdown shows them: 0.2 s left still reads 1 until the time is really up. */
export const secondsLeft = (ms: number): number => Math.ceil(ms / 1000);
