import type { Response } from './grading';

/**
 * A participant sees options (or ordering items) in a shuffled order: `order[shown] = stored`.
 * Responses are stored in stored-index terms so that the key grades them directly.
 */
export function toStored(response: Response, order: readonly number[] | null): Response {
	if (!order) return response;
	const map = (i: number) => order[i] ?? -1;
	if ('choice' in response) return { choice: map(response.choice) };
	if ('choices' in response) return { choices: response.choices.map(map) };
	if ('order' in response) return { order: response.order.map(map) };
	return response;
}

/** The inverse of `toStored`: a saved response as the participant's screen shows it. */
export function toShown(response: Response, order: readonly number[] | null): Response {
	if (!order) return response;
	const map = (stored: number) => order.indexOf(stored);
	if ('choice' in response) return { choice: map(response.choice) };
	if ('choices' in response) return { choices: response.choices.map(map) };
	if ('order' in response) return { order: response.order.map(map) };
	return response;
}
