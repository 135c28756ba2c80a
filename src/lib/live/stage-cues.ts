import type { Phase } from './state';

/**
 * When the big screen makes a sound: a new question, each of the last five seconds, the lock, the
 * reveal and the podium. Pure, from two successive moments of the screen, so that a redraw that changes
 * nothing never beeps twice.
 */
export type Cue = 'question' | 'tick' | 'lock' | 'reveal' | 'podium';

export interface CueMoment {
	phase: Phase;
	/** Which question is on ("segment.question"), null without one. */
	question: string | null;
	/** Whole seconds the countdown shows, null when no clock runs. */
	seconds: number | null;
}

const TICKS_FROM = 5;

export function cueOf(before: CueMoment | null, now: CueMoment): Cue | null {
	if (!before) return null;
	if (now.phase === 'open' && now.question !== before.question) return 'question';
	if (now.phase !== before.phase) {
		if (now.phase === 'locked' || now.phase === 'judging') return 'lock';
		if (now.phase === 'revealed') return 'reveal';
		if (now.phase === 'podium') return 'podium';
		return null;
	}
	if (now.phase === 'open' && now.seconds !== null && now.seconds !== before.seconds && now.seconds > 0 && now.seconds <= TICKS_FROM)
		return 'tick';
	return null;
}
