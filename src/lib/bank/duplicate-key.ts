/**
 * When an imported question is one the bank (or the file, a few rows up) already has: the same stem,
 * the same options and the same key, ignoring case, diacritics and spacing, and the order options are
 * listed in (participants see them shuffled). Three questions sharing the stem "Phát biểu nào sau đây
 * đúng?" with different options are three questions.
 */
import { foldDiacritics } from '$lib/i18n/text';
import type { QuestionContent, QuestionDraft } from './question';

const fold = (text: string) => foldDiacritics(text).replace(/\s+/g, ' ').trim();
const sorted = (texts: readonly string[]) => texts.map(fold).sort();

function contentKey(content: QuestionContent): unknown {
	switch (content.type) {
		case 'single':
			return [sorted(content.options), fold(content.options[content.correct] ?? '')];
		case 'multiple': {
			const weighted = content.options.map((o, i) => [fold(o), content.correct.includes(i), content.weights?.[i] ?? null] as const);
			return weighted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		}
		case 'true_false':
			return content.correct;
		case 'short':
			return [sorted(content.accepted), content.ignoreCaseAndDiacritics, content.tolerance ?? null];
		case 'ordering':
			return content.items.map(fold);
		case 'situation':
			return content.rubric.map((r) => [fold(r.criterion), r.maxPoints]);
	}
}

/** The folded stem alone: the cheap first test before comparing whole questions. */
export const stemKey = (stem: string) => fold(stem);

export const questionKey = (question: Pick<QuestionDraft, 'stem' | 'content'>) =>
	JSON.stringify([stemKey(question.stem), question.content.type, contentKey(question.content)]);

/** For each question: null when it is new, 'bank' when the bank has it, else the index of its earlier twin. */
export type Repeat = null | 'bank' | number;

export function findRepeats(questions: readonly Pick<QuestionDraft, 'stem' | 'content'>[], inBank: ReadonlySet<string>): Repeat[] {
	const first = new Map<string, number>();
	return questions.map((question, i) => {
		const key = questionKey(question);
		if (inBank.has(key)) return 'bank';
		const earlier = first.get(key);
		if (earlier !== undefined) return earlier;
		first.set(key, i);
		return null;
	});
}
