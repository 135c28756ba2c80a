import type { DisplayContent } from '$lib/bank/content-split';
import type { Response } from '$lib/contests/grading';
import type { Distribution } from './state';

export const MAX_TEXT_ANSWER = 500;

const isIndex = (v: unknown, limit: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < limit;
const distinct = (list: number[]): boolean => new Set(list).size === list.length;
/** JSON.parse('-0') is −0, which a snapshot would store as 0: keep plain indices so snapshots equal the state. */
const plain = (i: number): number => i + 0;

/**
 * A clean copy of a posted response when it fits the question shown, else null (refused as
 * `invalidAnswer`, so a broken client learns at once instead of silently scoring nothing). Only the known
 * field is kept: the game state never stores whatever else a client sent.
 */
export function wellFormedResponse(display: DisplayContent, posted: unknown): Response | null {
	if (typeof posted !== 'object' || posted === null) return null;
	const r = posted as Record<string, unknown>;
	switch (display.type) {
		case 'single':
			return isIndex(r.choice, display.options.length) ? { choice: plain(r.choice) } : null;
		case 'multiple': {
			const choices = r.choices;
			if (!Array.isArray(choices) || choices.length === 0) return null;
			if (!choices.every((c) => isIndex(c, display.options.length)) || !distinct(choices)) return null;
			return { choices: choices.map(plain) };
		}
		case 'true_false':
			return typeof r.value === 'boolean' ? { value: r.value } : null;
		case 'short': {
			if (typeof r.text !== 'string') return null;
			const text = r.text.trim();
			return text.length > 0 && text.length <= MAX_TEXT_ANSWER ? { text } : null;
		}
		case 'ordering': {
			const order = r.order;
			const n = display.items.length;
			if (!Array.isArray(order) || order.length !== n || !order.every((i) => isIndex(i, n)) || !distinct(order)) return null;
			return { order: order.map(plain) };
		}
		case 'situation':
			return null;
	}
}

/**
 * Counts for the reveal. Per option for choice questions (a multiple-choice answer counts once for each
 * option it picked), [true, false] for true/false; right, wrong and unanswered for every type.
 */
export function distributionOf(
	display: DisplayContent,
	answers: readonly { response: Response; correct: boolean }[],
	expected: number
): Distribution {
	let byOption: number[] | null = null;
	if (display.type === 'single' || display.type === 'multiple') byOption = display.options.map(() => 0);
	if (display.type === 'true_false') byOption = [0, 0];
	let correct = 0;
	for (const a of answers) {
		if (a.correct) correct++;
		if (!byOption) continue;
		const r = a.response as Record<string, unknown>;
		if (display.type === 'single') byOption[r.choice as number]++;
		else if (display.type === 'multiple') for (const c of r.choices as number[]) byOption[c]++;
		else byOption[r.value ? 0 : 1]++;
	}
	return { byOption, correct, wrong: answers.length - correct, unanswered: Math.max(0, expected - answers.length) };
}
