import { compareVi } from '$lib/i18n/text';
import type { QuestionContent } from './question';

/**
 * Storage splits a question's content in two: what a participant may see (`display`) and the key
 * (`answer`). Ordering items are shown in Vietnamese alphabetical order, so that even the display
 * never reveals the right order.
 */
export type DisplayContent =
	| { type: 'single' | 'multiple'; options: string[] }
	| { type: 'true_false' | 'short' }
	| { type: 'ordering'; items: string[] }
	| { type: 'situation'; rubric: { criterion: string; maxPoints: number }[] };

export type AnswerKey =
	| { type: 'single'; correct: number }
	| { type: 'multiple'; correct: number[]; weights?: number[] }
	| { type: 'true_false'; correct: boolean }
	| { type: 'short'; accepted: string[]; ignoreCaseAndDiacritics: boolean; tolerance?: number }
	| { type: 'ordering'; order: number[] }
	| { type: 'situation' };

/** The options or ordering items a display lists, in stored order; none for the other types. */
export function displayChoices(display: DisplayContent): string[] {
	if (display.type === 'single' || display.type === 'multiple') return display.options;
	if (display.type === 'ordering') return display.items;
	return [];
}

export function splitContent(content: QuestionContent): { display: DisplayContent; answer: AnswerKey } {
	switch (content.type) {
		case 'single':
			return { display: { type: 'single', options: content.options }, answer: { type: 'single', correct: content.correct } };
		case 'multiple': {
			const answer: AnswerKey = { type: 'multiple', correct: content.correct };
			if (content.weights) answer.weights = content.weights;
			return { display: { type: 'multiple', options: content.options }, answer };
		}
		case 'true_false':
			return { display: { type: 'true_false' }, answer: { type: 'true_false', correct: content.correct } };
		case 'short': {
			const answer: AnswerKey = {
				type: 'short',
				accepted: content.accepted,
				ignoreCaseAndDiacritics: content.ignoreCaseAndDiacritics
			};
			if (content.tolerance !== undefined) answer.tolerance = content.tolerance;
			return { display: { type: 'short' }, answer };
		}
		case 'ordering': {
			const shown = [...content.items].sort(compareVi);
			const used = new Set<number>();
			// Items are unique in practice; `used` keeps equal items mapping to distinct places anyway.
			const order = content.items.map((item) => {
				const at = shown.findIndex((s, i) => s === item && !used.has(i));
				used.add(at);
				return at;
			});
			return { display: { type: 'ordering', items: shown }, answer: { type: 'ordering', order } };
		}
		case 'situation':
			return { display: { type: 'situation', rubric: content.rubric }, answer: { type: 'situation' } };
	}
}

export function joinContent(display: DisplayContent, answer: AnswerKey): QuestionContent {
	if (display.type !== answer.type) throw new Error(`Display ${display.type} does not match key ${answer.type}`);
	switch (answer.type) {
		case 'single':
			return { type: 'single', options: (display as { options: string[] }).options, correct: answer.correct };
		case 'multiple':
			return {
				type: 'multiple',
				options: (display as { options: string[] }).options,
				correct: answer.correct,
				...(answer.weights ? { weights: answer.weights } : {})
			};
		case 'true_false':
			return { type: 'true_false', correct: answer.correct };
		case 'short':
			return {
				type: 'short',
				accepted: answer.accepted,
				ignoreCaseAndDiacritics: answer.ignoreCaseAndDiacritics,
				...(answer.tolerance !== undefined ? { tolerance: answer.tolerance } : {})
			};
		case 'ordering': {
			const items = (display as { items: string[] }).items;
			return { type: 'ordering', items: answer.order.map((i) => items[i]) };
		}
		case 'situation':
			return { type: 'situation', rubric: (display as { rubric: { criterion: string; maxPoints: number }[] }).rubric };
	}
}
