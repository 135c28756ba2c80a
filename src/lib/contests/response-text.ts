import { letter } from '$lib/bank/answer-text';
import type { Response } from './grading';

/**
 * A saved answer in words for the organizer's responses report, in the bank's own option order (the
 * order the key and the printed paper use): "B. Một cửa", "A. …; C. …", "Đúng", the text typed, the
 * items in the order given. Empty when nothing was saved.
 */
export function responseText(response: Response | null, choices: readonly string[]): string {
	if (response === null) return '';
	const option = (i: number) => `${letter(i)}. ${choices[i] ?? ''}`.trim();
	if ('choice' in response) return option(response.choice);
	if ('choices' in response)
		return [...response.choices]
			.sort((a, b) => a - b)
			.map(option)
			.join('; ');
	if ('value' in response) return response.value ? 'Đúng' : 'Sai';
	if ('text' in response) return response.text;
	return response.order.map((i) => choices[i] ?? '').join(' → ');
}
