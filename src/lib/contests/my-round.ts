/**
 * A round as one participant sees it: whether they may start, are taking it, have submitted (and may
 * try again), or it is not open yet or over. `/thi`, the rules page and the home page all read it.
 */
import { remainingMs, roundState } from './deadline';

export interface MyAttempt {
	id: number;
	attemptNo: number;
	submittedAt: Date | null;
	deadline: Date;
	correctCount: number | null;
	score: number | null;
}

export interface RoundWindow {
	opensAt: Date;
	closesAt: Date;
	attemptsAllowed: number;
}

export type MyRoundState =
	| { kind: 'upcoming'; opensAt: Date }
	| { kind: 'not_started'; attemptsLeft: number }
	| { kind: 'in_progress'; attemptId: number; remainingMs: number }
	/** `attemptsLeft` is 0 once the round has closed: nothing more may be started. */
	| { kind: 'submitted'; attemptId: number; correctCount: number; score: number; attemptsLeft: number; final: boolean }
	| { kind: 'missed' };

/** My rank in a round and my unit's, once I have submitted. */
export interface MyStanding {
	rank: number;
	of: number;
	final: boolean;
	/** The participant's unit among the units by people who submitted. */
	unit: { name: string; rank: number; of: number; participants: number } | null;
}

/** From the participant's attempts at the round (any order); the latest attempt is the one shown. */
export function myRoundState(round: RoundWindow, attempts: readonly MyAttempt[], now: Date): MyRoundState {
	const window = roundState(round.opensAt, round.closesAt, now);
	const latest = [...attempts].sort((a, b) => b.attemptNo - a.attemptNo)[0];
	if (!latest) {
		if (window === 'upcoming') return { kind: 'upcoming', opensAt: round.opensAt };
		return window === 'open' ? { kind: 'not_started', attemptsLeft: round.attemptsAllowed } : { kind: 'missed' };
	}
	// An attempt past its deadline is submitted by whoever reads it next (its page, the results): not running.
	if (latest.submittedAt === null && remainingMs(latest.deadline, now) > 0) {
		return { kind: 'in_progress', attemptId: latest.id, remainingMs: remainingMs(latest.deadline, now) };
	}
	return {
		kind: 'submitted',
		attemptId: latest.id,
		correctCount: latest.correctCount ?? 0,
		score: latest.score ?? 0,
		attemptsLeft: window === 'open' ? Math.max(0, round.attemptsAllowed - attempts.length) : 0,
		final: window === 'closed'
	};
}

/** The earliest opening still to come among a contest's rounds, if any. */
export function nextOpening(rounds: readonly { opensAt: Date }[], now: Date): Date | null {
	const later = rounds.map((r) => r.opensAt).filter((at) => at.getTime() > now.getTime());
	return later.length ? new Date(Math.min(...later.map((at) => at.getTime()))) : null;
}
