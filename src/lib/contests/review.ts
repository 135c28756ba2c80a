import type { AnswerKey } from '$lib/bank/content-split';
import type { MessageKey } from '$lib/i18n';
import type { Response } from './grading';
import { toShown } from './permutation';
import { isBlank } from './submit-check';

/** When a round shows participants the key: never, right after their submission, or once the round has closed. */
export type ShowAnswers = 'never' | 'after_submit' | 'after_close';

/**
 * Whether this participant may see the key now. Never before their own submission, so a key can
 * never reach a browser that may still answer; with `after_close`, not before anyone else may still answer.
 */
export function answersReleased(policy: ShowAnswers, submitted: boolean, roundClosesAt: Date, now: Date): boolean {
	if (!submitted || policy === 'never') return false;
	return policy === 'after_submit' || now.getTime() >= roundClosesAt.getTime();
}

/** The key in the terms of the participant's own screen (their option order), ready to display. */
export type ShownKey =
	| { kind: 'choices'; correct: number[] }
	| { kind: 'value'; correct: boolean }
	| { kind: 'text'; accepted: string[] }
	| { kind: 'order'; order: number[] };

export function shownKey(key: AnswerKey, optionOrder: readonly number[] | null): ShownKey | null {
	const shown = (response: Response) => toShown(response, optionOrder);
	switch (key.type) {
		case 'single':
			return { kind: 'choices', correct: [(shown({ choice: key.correct }) as { choice: number }).choice] };
		case 'multiple':
			return { kind: 'choices', correct: (shown({ choices: key.correct }) as { choices: number[] }).choices.sort((a, b) => a - b) };
		case 'true_false':
			return { kind: 'value', correct: key.correct };
		case 'short':
			return { kind: 'text', accepted: key.accepted };
		case 'ordering':
			return { kind: 'order', order: (shown({ order: key.order }) as { order: number[] }).order };
		case 'situation':
			return null;
	}
}

export type ReviewOutcome = 'right' | 'wrong' | 'unanswered';

/** Each outcome's words, on the review and in the organizer's responses report. */
export const OUTCOME_TEXT: Record<ReviewOutcome, MessageKey> = {
	right: 'contest.answeredRight',
	wrong: 'contest.answeredWrong',
	unanswered: 'contest.answeredNone'
};

/** How the review labels a question: a skipped one is "Chưa trả lời", not wrong. */
export function reviewOutcome(saved: Response | null, correct: boolean | null): ReviewOutcome {
	if (isBlank(saved)) return 'unanswered';
	return correct ? 'right' : 'wrong';
}
