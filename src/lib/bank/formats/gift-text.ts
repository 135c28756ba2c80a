/**
 * GIFT's text formats, read as the bank keeps text: plain. As Moodle reads them, a "[html]", "[moodle]",
 * "[plain]" or "[markdown]" marker may open the stem and each answer or feedback; an answer without one
 * takes the stem's. HTML becomes its text (tags dropped, entities decoded); Markdown stays as typed.
 */
import type { MessageKey } from '$lib/i18n';
import { FORMAT } from './gift-syntax';

export type Markup = 'html' | 'moodle' | 'plain' | 'markdown';
const FORMATS: Record<string, Markup> = { html: 'html', moodle: 'moodle', plain: 'plain', markdown: 'markdown' };

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function htmlToText(html: string): string {
	return html
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|li|h\d)>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
			const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : NaN;
			if (code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
			return (name && NAMED_ENTITIES[name.toLowerCase()]) ?? entity;
		})
		.replace(/[ \t]+\n/g, '\n')
		.trim();
}

/** Tags beyond line and paragraph breaks: what turning HTML into text loses (bold, lists, images…). */
const FORMATTING = /<(?!\/?(?:p|br|div)\b)[a-z!/]/i;

export interface PlainText {
	text: string;
	format: Markup;
	/** What reading it as plain text did not keep. */
	loss?: Extract<MessageKey, 'import.gift.htmlAsText' | 'import.gift.markdownAsText'>;
}

/** A text with its optional marker, in `format` unless the marker says another. */
export function readFormatted(raw: string, format: Markup = 'moodle'): PlainText {
	const marker = FORMAT.exec(raw);
	const own = marker ? FORMATS[marker[1].toLowerCase()] : format;
	const body = marker ? raw.slice(marker[0].length) : raw;
	const text = own === 'html' ? htmlToText(body) : body.trim();
	if (own === 'html' && FORMATTING.test(body)) return { text, format: own, loss: 'import.gift.htmlAsText' };
	if (own === 'markdown' && /[*_`#[\]]/.test(body)) return { text, format: own, loss: 'import.gift.markdownAsText' };
	return { text, format: own };
}
