/**
 * What the participant is told before submitting an attempt: the questions still unanswered, the ones
 * they flagged, and whether the prediction they typed is one the server will take.
 */
import type { Response } from './grading';

/** The largest prediction accepted: far above any province's participants. */
export const MAX_PREDICTION = 10_000_000;

export type PredictionCheck = { ok: true; value: number | null } | { ok: false; error: 'contest.predictionInvalid' };

// Digits, optionally grouped by thousands the Vietnamese way ("1.250") or with spaces.
const WHOLE_NUMBER = /^(\d+|\d{1,3}([. ]\d{3})+)$/;

/** An empty field is no prediction (it ranks after every prediction); anything else must be a whole number. */
export function checkPrediction(raw: string): PredictionCheck {
	const text = raw.trim();
	if (text === '') return { ok: true, value: null };
	if (!WHOLE_NUMBER.test(text)) return { ok: false, error: 'contest.predictionInvalid' };
	const value = Number(text.replace(/[. ]/g, ''));
	return value <= MAX_PREDICTION ? { ok: true, value } : { ok: false, error: 'contest.predictionInvalid' };
}

/** A saved response that says nothing: no choice, an empty text. Such a question counts as unanswered. */
export function isBlank(response: Response | null | undefined): boolean {
	if (!response) return true;
	if ('choices' in response) return response.choices.length === 0;
	if ('text' in response) return response.text.trim() === '';
	return false;
}

export interface SubmitSummary {
	/** Positions (0-based) in the attempt's order. */
	unanswered: number[];
	flagged: number[];
}

export function submitSummary(positions: readonly number[], answered: Iterable<number>, flagged: Iterable<number>): SubmitSummary {
	const done = new Set(answered);
	const marked = new Set(flagged);
	return {
		unanswered: positions.filter((p) => !done.has(p)),
		flagged: positions.filter((p) => marked.has(p))
	};
}
