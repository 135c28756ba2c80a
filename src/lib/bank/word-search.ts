/**
 * Bank search by words: every word typed must occur somewhere in the stem, the options or the
 * explanation, in any order, ignoring case and diacritics; numbers and codes ("61", "61/2018/NĐ-CP")
 * are words as written. The server keeps on the question row a folded copy of those texts
 * (`searchText`, for ranking and for codes) and its set of words (`searchWords`, GIN-indexed: runs of
 * letters and digits, so "61/2018/NĐ-CP" gives 61, 2018, nd, cp). This module owns the folding, the
 * words and the marking of hits, so the stored copy, the query and the highlight agree.
 */
import { foldDiacritics } from '$lib/i18n/text';
import { splitContent, type DisplayContent } from './content-split';
import type { QuestionContent } from './question';

/** More words than this are ignored: each one is a condition on the query. */
export const MAX_WORDS = 10;

/** Punctuation around a word that is not part of it ("(61)," → "61"); inside a code it stays. */
const EDGE_PUNCTUATION = /^[\s.,;:!?"'“”‘’()[\]{}«»…]+|[\s.,;:!?"'“”‘’()[\]{}«»…]+$/gu;

/** Lower case, no diacritics, spaces collapsed: "Nghị  định" → "nghi dinh". */
export const foldWords = (text: string): string => foldDiacritics(text).replace(/\s+/g, ' ').trim();

/** The distinct folded words of a query, in the order typed. */
export function searchWords(query: string): string[] {
	const words = foldWords(query)
		.split(' ')
		.map((w) => w.replace(EDGE_PUNCTUATION, ''))
		.filter(Boolean);
	return [...new Set(words)].slice(0, MAX_WORDS);
}

const WORD_PART = /[\p{L}\p{N}]+/gu;
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** The runs of letters and digits of a folded text: what the words index holds and a query looks up. */
export function wordParts(folded: string): string[] {
	return [...new Set(folded.match(WORD_PART) ?? [])];
}

/** A word that is more than one run ("61/2018/nd-cp") must also occur as written, punctuation included. */
export const isCode = (word: string): boolean => wordParts(word).join('') !== word;

/** Whether a question's folded text holds every word: the server's condition, in SQL there. */
export function matchesWords(text: string, words: readonly string[]): boolean {
	const parts = new Set(wordParts(text));
	return words.every((w) => wordParts(w).every((p) => parts.has(p)) && (!isCode(w) || text.includes(w)));
}

/** The words joined as one phrase: a question holding the phrase as typed ranks first. */
export const searchPhrase = (words: readonly string[]): string => words.join(' ');

/**
 * The folded text a question is searched in: the stem on the first line (so the stem alone can be
 * ranked higher), then the options or items, then the explanation.
 */
export function searchableText(stem: string, content: QuestionContent, explanation: string): string {
	const accepted = content.type === 'short' ? content.accepted : [];
	const texts = [...displayTexts(splitContent(content).display), ...accepted];
	return [stem, texts.join(' '), explanation].map(foldWords).join('\n');
}

/** What a question row keeps for search. */
export function searchColumns(stem: string, content: QuestionContent, explanation: string) {
	const searchText = searchableText(stem, content, explanation);
	return { searchText, searchWords: wordParts(searchText) };
}

/** The texts a participant sees under the stem: options, items or the rubric's criteria. */
export function displayTexts(display: DisplayContent): string[] {
	switch (display.type) {
		case 'single':
		case 'multiple':
			return display.options;
		case 'ordering':
			return display.items;
		case 'situation':
			return display.rubric.map((r) => r.criterion);
		default:
			return [];
	}
}

/**
 * How closely a question matches, highest first: the phrase in the stem (3), every word in the stem
 * (2), the phrase elsewhere (1), the words scattered (0). The server computes the same tiers in SQL.
 */
export function closeness(text: string, words: readonly string[]): number {
	const [stem] = text.split('\n');
	const phrase = searchPhrase(words);
	if (stem.includes(phrase)) return 3;
	if (words.every((w) => stem.includes(w))) return 2;
	return text.includes(phrase) ? 1 : 0;
}

export interface Segment {
	text: string;
	hit: boolean;
}

/**
 * `text` cut into plain and matched pieces for `<mark>`, matching folded words against the folded
 * text while keeping the original characters. Rendered as text nodes, so nothing is ever HTML.
 */
export function markWords(text: string, words: readonly string[]): Segment[] {
	if (words.length === 0 || text === '') return text ? [{ text, hit: false }] : [];
	// Fold character by character, remembering where each folded character came from.
	const chars = Array.from(text);
	let folded = '';
	const origin: number[] = [];
	const offsets: number[] = [];
	let offset = 0;
	chars.forEach((ch, i) => {
		const f = foldDiacritics(ch);
		for (let k = 0; k < f.length; k++) origin.push(i);
		folded += f;
		offsets.push(offset);
		offset += ch.length;
	});
	offsets.push(offset);
	const hit = new Array<boolean>(chars.length).fill(false);
	for (const word of words) {
		for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
			// Whole words only, as the search matches them: "so" marks "số", not the "so" of "song".
			if (isWordChar(folded[at - 1]) || isWordChar(folded[at + word.length])) continue;
			for (let k = at; k < at + word.length; k++) hit[origin[k]] = true;
		}
	}
	const segments: Segment[] = [];
	chars.forEach((ch, i) => {
		const last = segments[segments.length - 1];
		if (last && last.hit === hit[i]) last.text += ch;
		else segments.push({ text: ch, hit: hit[i] });
	});
	return segments;
}

/**
 * A short excerpt of `text` around its first hit, for a match outside the stem; null when `text`
 * holds none of the words.
 */
export function excerpt(text: string, words: readonly string[], radius = 60): string | null {
	const segments = markWords(text, words);
	const index = segments.findIndex((s) => s.hit);
	if (index === -1) return null;
	const first = segments.slice(0, index).reduce((n, s) => n + s.text.length, 0);
	const start = Math.max(0, first - radius);
	const end = Math.min(text.length, first + radius * 2);
	return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Keyset paging over (closeness, id), newest first within a tier: "2:1234", or "1234" without words. */
export interface PageCursor {
	rank: number;
	id: number;
}

export const encodeCursor = (c: PageCursor): string => (c.rank ? `${c.rank}:${c.id}` : String(c.id));

export function parseCursor(value: string): PageCursor | null {
	const match = /^(?:([0-3]):)?([1-9]\d{0,9})$/.exec(value);
	if (!match) return null;
	const id = Number(match[2]);
	return id <= 2 ** 31 - 1 ? { rank: Number(match[1] ?? 0), id } : null;
}
