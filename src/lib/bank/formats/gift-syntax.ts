/**
 * What the GIFT reader and writer share: the escapes (\~ \= \# \{ \} \: \\ and \n for a line break),
 * numbers as GIFT writes them, the text-format tag before a stem, and the `// hoithi:` comment that
 * carries what GIFT cannot say (see `gift-write`).
 */
import type { QuestionContent, QuestionDraft } from '../question';

export interface Piece {
	char: string;
	escaped: boolean;
}

/** The text with its escapes undone, each character marked as escaped or not. */
export function lex(text: string): Piece[] {
	const pieces: Piece[] = [];
	for (let i = 0; i < text.length; i++) {
		const next = text[i + 1];
		if (text[i] === '\\' && next !== undefined && '~=#{}:\\n'.includes(next)) {
			pieces.push({ char: next === 'n' ? '\n' : next, escaped: true });
			i++;
		} else pieces.push({ char: text[i], escaped: false });
	}
	return pieces;
}

export const escapeGift = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\\~=#{}:\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));

/** A number as GIFT writes it (decimal point only). */
export function giftNumber(text: string): number | null {
	const value = text.trim();
	return /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(value) ? Number(value) : null;
}

/** "[html]", "[plain]", …: the text format Moodle may write before a stem. */
export const FORMAT = /^\s*\[(html|moodle|plain|markdown)\]/i;

/** The `// hoithi:` comment's JSON. */
export interface Meta {
	difficulty?: QuestionDraft['difficulty'];
	source?: string;
	topic?: string;
	tags?: string[];
	content?: QuestionContent;
}
