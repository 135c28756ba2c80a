import type { AnswerKey } from '$lib/bank/content-split';
import { foldDiacritics } from '$lib/i18n/text';

/**
 * A participant's answer to one question, one shape per type. Indices of choice questions refer to the
 * question's stored option order (the caller undoes any per-attempt shuffle first); ordering indices refer
 * to the displayed items (`display.items`), listed in the order the participant put them.
 * Responses arrive from the browser, so grading checks their shape and never trusts it.
 */
export type SingleResponse = { choice: number };
export type MultipleResponse = { choices: number[] };
export type TrueFalseResponse = { value: boolean };
/** Also the shape of a situation's written answer, which is judged, not graded here. */
export type TextResponse = { text: string };
export type OrderingResponse = { order: number[] };
export type Response = SingleResponse | MultipleResponse | TrueFalseResponse | TextResponse | OrderingResponse;

export interface GradeOptions {
	/** What a fully right answer is worth. */
	points?: number;
	/** Multiple choice only: give part of the points for part of the answer. */
	partialCredit?: boolean;
	/** Multiple choice without weights: lets an index past the last option mark the response malformed. */
	optionCount?: number;
}

/**
 * `correct` is always the all-or-nothing verdict (it feeds "số câu trả lời đúng" in the ranking);
 * `score` carries partial credit when the round asks for it.
 */
export interface Grade {
	correct: boolean;
	score: number;
}

const WRONG: Grade = { correct: false, score: 0 };

/**
 * Grades one response. Returns null for a situation, which judges score by rubric. A missing, blank
 * or malformed response is wrong with score 0; this never throws.
 */
export function gradeResponse(key: AnswerKey, response: Response | null | undefined, options: GradeOptions = {}): Grade | null {
	if (key.type === 'situation') return null;
	const points = options.points ?? 1;
	if (!response || typeof response !== 'object') return WRONG;
	const right = (ok: boolean): Grade => (ok ? { correct: true, score: points } : WRONG);
	const r = response as Record<string, unknown>;
	switch (key.type) {
		case 'single':
			return right(r.choice === key.correct);
		case 'true_false':
			return right(typeof r.value === 'boolean' && r.value === key.correct);
		case 'short':
			return right(typeof r.text === 'string' && shortMatches(key, r.text));
		case 'ordering':
			return right(sameOrder(r.order, key.order));
		case 'multiple':
			return gradeMultiple(key, r.choices, points, options);
	}
}

function gradeMultiple(key: Extract<AnswerKey, { type: 'multiple' }>, choices: unknown, points: number, options: GradeOptions): Grade {
	const limit = key.weights?.length ?? options.optionCount ?? Infinity;
	if (!isIndexList(choices, limit) || choices.length === 0) return WRONG;
	const rightSet = new Set(key.correct);
	const rightChosen = choices.filter((c) => rightSet.has(c)).length;
	const correct = rightChosen === rightSet.size && choices.length === rightSet.size;
	if (correct) return { correct, score: points };
	if (!options.partialCredit) return WRONG;
	const fraction = key.weights
		? choices.reduce((sum, c) => sum + key.weights![c], 0) / 100
		: (rightChosen - (choices.length - rightChosen)) / rightSet.size;
	return { correct, score: roundScore(Math.min(points, Math.max(0, fraction * points))) };
}

/** Distinct whole numbers in [0, limit): anything else is a malformed response. */
function isIndexList(value: unknown, limit: number): value is number[] {
	return Array.isArray(value) && value.every((v) => Number.isInteger(v) && v >= 0 && v < limit) && new Set(value).size === value.length;
}

/** `key[p]` is the displayed index of the item that belongs at position p; only the full order counts. */
function sameOrder(given: unknown, key: number[]): boolean {
	return isIndexList(given, key.length) && given.length === key.length && given.every((d, i) => d === key[i]);
}

// Six decimals, so that weights such as 33.3 + 33.3 + 33.4 add up to exactly the full points.
const roundScore = (score: number): number => Math.round(score * 1e6) / 1e6;

/** Spacing never matters; case and diacritics only when the key says so. */
export function normalizeShort(text: string, ignoreCaseAndDiacritics: boolean): string {
	const spaced = text.normalize('NFC').trim().replace(/\s+/g, ' ');
	return ignoreCaseAndDiacritics ? foldDiacritics(spaced) : spaced;
}

/**
 * "3,5", "3.5", "-2", "+0,25". One separator, read as the decimal mark (Vietnamese writes "3,5");
 * thousands grouping is not accepted, because "1.000" would be ambiguous.
 */
export function parseNumber(text: string): number | null {
	const t = text.trim();
	return /^[+-]?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : null;
}

function shortMatches(key: Extract<AnswerKey, { type: 'short' }>, text: string): boolean {
	const given = normalizeShort(text, key.ignoreCaseAndDiacritics);
	if (given === '') return false;
	if (key.accepted.some((a) => normalizeShort(a, key.ignoreCaseAndDiacritics) === given)) return true;
	if (key.tolerance === undefined) return false;
	const n = parseNumber(text);
	if (n === null) return false;
	const tolerance = key.tolerance;
	// A hair of slack so that 3.3 within 0.1 of 3.2 is not lost to binary fractions.
	return key.accepted.some((a) => {
		const target = parseNumber(a);
		return target !== null && Math.abs(n - target) <= tolerance + 1e-9 * Math.max(1, Math.abs(target));
	});
}
