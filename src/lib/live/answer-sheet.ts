import type { AnswerKey, DisplayContent } from '$lib/bank/content-split';
import { t } from '$lib/i18n';

/** The right answer in words, as the MC reads it from the answer sheet and the reveal shows it. */

export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

export function answerLines(display: DisplayContent, key: AnswerKey): string[] {
	switch (key.type) {
		case 'single':
			return display.type === 'single' ? [`${optionLetter(key.correct)}. ${display.options[key.correct]}`] : [];
		case 'multiple':
			return display.type === 'multiple'
				? [...key.correct].sort((a, b) => a - b).map((i) => `${optionLetter(i)}. ${display.options[i]}`)
				: [];
		case 'true_false':
			return [key.correct ? t('common.true') : t('common.false')];
		case 'short':
			return [key.accepted.join(' / ')];
		case 'ordering':
			// order[n] is where the n-th item of the right order stands among the items as shown.
			return display.type === 'ordering' ? key.order.map((shown, n) => `${n + 1}. ${display.items[shown]}`) : [];
		case 'situation':
			return display.type === 'situation'
				? display.rubric.map((r) => t('live.rubricLine', { criterion: r.criterion, max: r.maxPoints }))
				: [];
	}
}

/** Option labels for a choice question's distribution, in the order of `Distribution.byOption`. */
export function optionLabels(display: DisplayContent): string[] {
	if (display.type === 'single' || display.type === 'multiple') return display.options.map((o, i) => `${optionLetter(i)}. ${o}`);
	if (display.type === 'true_false') return [t('common.true'), t('common.false')];
	return [];
}

/** Which of `optionLabels` are right, to mark them at the reveal; empty for questions without options. */
export function rightOptions(key: AnswerKey): number[] {
	if (key.type === 'single') return [key.correct];
	if (key.type === 'multiple') return key.correct;
	if (key.type === 'true_false') return [key.correct ? 0 : 1];
	return [];
}
