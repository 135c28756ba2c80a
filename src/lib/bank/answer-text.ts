import { displayChoices, splitContent } from './content-split';
import type { QuestionContent } from './question';

export const letter = (i: number) => String.fromCharCode(65 + i);

/** What a printed question lists under its stem: options, or ordering items as they are shown. */
export function printedChoices(content: QuestionContent): string[] {
	return displayChoices(splitContent(content).display);
}

/** The key in words, for an answer sheet: "B", "A, C", "Đúng", "C → A → B", accepted answers, the rubric. */
export function answerText(content: QuestionContent): string {
	const { answer } = splitContent(content);
	switch (answer.type) {
		case 'single':
			return letter(answer.correct);
		case 'multiple':
			return answer.correct.map(letter).join(', ');
		case 'true_false':
			return answer.correct ? 'Đúng' : 'Sai';
		case 'short':
			return answer.accepted.join(' / ') + (answer.tolerance ? ` (± ${answer.tolerance})` : '');
		case 'ordering':
			return answer.order.map(letter).join(' → ');
		case 'situation':
			return content.type === 'situation' ? content.rubric.map((r) => `${r.criterion}: ${r.maxPoints} điểm`).join('; ') : '';
	}
}
