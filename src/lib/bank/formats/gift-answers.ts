/**
 * A GIFT answer block (between the braces, general feedback taken off) read as Moodle reads it, into
 * one of our contents, with notices of what the bank does not keep (per-answer feedback, partial
 * credit, formatting); a block Moodle reads into something we cannot hold is refused with its reason.
 *
 *   {=đúng ~sai ~%50%nửa điểm}        single: one "="; another option's partial credit is not kept
 *   {=a =b ~c}                        refused: Moodle gives full marks for either a or b (one choice)
 *   {~%50%a ~%50%b ~%-100%c}          multiple with weights: right are the positive ones
 *   {T} {F} {TRUE#sai#đúng}           true_false; feedback not kept
 *   {=Hà Nội =%50%Huế} {Hà Nội}       short: full-credit answers accepted, partial ones not kept
 *   {#3.5:0.1} {#1..5} {#=3:1 ~#sai}  short with a tolerance (a range is its middle ± half); all
 *                                     accepted numbers need one tolerance
 *   {}                                situation with the rubric "Chất lượng trả lời: 10" (an essay)
 *   {=a -> b}                         refused: matching
 */
import type { MessageKey, Params } from '$lib/i18n';
import type { QuestionDraftInput } from '../question';
import { giftNumber, type Piece } from './gift-syntax';
import { readFormatted, type Markup } from './gift-text';

export interface Problem {
	message: MessageKey;
	params?: Params;
}
export type Block = { content: QuestionDraftInput['content']; notices: Problem[] } | Problem;

const DEFAULT_RUBRIC = [{ criterion: 'Chất lượng trả lời', maxPoints: 10 }];

export const plain = (pieces: Piece[]) => pieces.map((p) => p.char).join('');
export const isMark = (piece: Piece | undefined, char: string) => piece !== undefined && !piece.escaped && piece.char === char;
const find = (pieces: Piece[], char: string, from = 0) => {
	for (let i = from; i < pieces.length; i++) if (isMark(pieces[i], char)) return i;
	return -1;
};

interface Answer {
	/** Marked "=" (full credit); "~" otherwise. */
	right: boolean;
	/** The %weight% in percent, if given. */
	weight: number | null;
	text: string;
	feedback: boolean;
}

/** Notices from answers' texts and feedback, each said once per question. */
class Notices {
	readonly list: Problem[] = [];
	add(message: MessageKey, params?: Params) {
		if (!this.list.some((n) => n.message === message && JSON.stringify(n.params) === JSON.stringify(params)))
			this.list.push({ message, ...(params ? { params } : {}) });
	}
	text(raw: string, format: Markup): string {
		const read = readFormatted(raw, format);
		if (read.loss) this.add(read.loss);
		return read.text;
	}
}

/**
 * Answers of a block, each starting at an unescaped "=" or "~": an optional %weight%, its text, an
 * optional #feedback. Text before the first mark is an answer too, as Moodle reads it.
 */
function readAnswers(block: Piece[], format: Markup, notices: Notices): Answer[] | Problem {
	const parts: { right: boolean; pieces: Piece[] }[] = [{ right: false, pieces: [] }];
	for (const piece of block) {
		if (isMark(piece, '=') || isMark(piece, '~')) parts.push({ right: piece.char === '=', pieces: [] });
		else parts[parts.length - 1].pieces.push(piece);
	}
	if (plain(parts[0].pieces).trim() === '') parts.shift();
	const answers: Answer[] = [];
	for (const part of parts) {
		const start = part.pieces.findIndex((p) => p.char.trim() !== '');
		let pieces = start < 0 ? [] : part.pieces.slice(start);
		let weight: number | null = null;
		const end = isMark(pieces[0], '%') ? find(pieces, '%', 1) : -1;
		if (end > 0) {
			const text = plain(pieces.slice(1, end));
			weight = giftNumber(text);
			if (weight === null || weight < -100 || weight > 100) return { message: 'bank.badNumber', params: { value: text } };
			pieces = pieces.slice(end + 1);
		}
		const hash = find(pieces, '#');
		const feedback = hash >= 0 && plain(pieces.slice(hash + 1)).trim() !== '';
		if (feedback) notices.add('import.gift.feedbackLeftOut');
		answers.push({ right: part.right, weight, text: notices.text(plain(hash < 0 ? pieces : pieces.slice(0, hash)), format), feedback });
	}
	return answers;
}

const credit = (answer: Answer) => answer.weight ?? (answer.right ? 100 : 0);
const partial = (answer: Answer) => credit(answer) > 0 && credit(answer) < 100;

function readChoice(answers: Answer[], notices: Notices): Block {
	const options = answers.map((a) => a.text);
	const right = answers.flatMap((a, i) => (a.right ? [i] : []));
	if (right.length > 1) return { message: 'import.gift.severalRight', params: { count: right.length } };
	if (right.length === 1) {
		for (const answer of answers) if (!answer.right && partial(answer)) notices.add('import.gift.partialLeftOut', { value: answer.text });
		return { content: { type: 'single', options, correct: right[0] }, notices: notices.list };
	}
	const weights = answers.map((a) => a.weight ?? 0);
	const correct = weights.flatMap((w, i) => (w > 0 ? [i] : []));
	if (correct.length === 0) return { message: 'import.gift.noCorrect' };
	return { content: { type: 'multiple', options, correct, weights }, notices: notices.list };
}

/** Full-credit answers are accepted; partial ones are named; ones worth nothing grade the same left out. */
function accepted(answers: Answer[], notices: Notices): string[] | Problem {
	for (const answer of answers.filter(partial)) notices.add('import.gift.partialLeftOut', { value: answer.text });
	const full = answers.filter((a) => credit(a) >= 100).map((a) => a.text);
	if (full.length > 0) return full;
	return { message: answers.some(partial) ? 'import.gift.partialOnly' : 'import.gift.noCorrect' };
}

function readNumeric(block: Piece[], notices: Notices): Block {
	// Everything after an unescaped "~" is the feedback for a wrong number.
	const wrong = find(block, '~');
	if (wrong >= 0) {
		if (
			plain(block.slice(wrong + 1))
				.replace(/^\s*#/, '')
				.trim()
		)
			notices.add('import.gift.feedbackLeftOut');
		block = block.slice(0, wrong);
	}
	const answers = readAnswers(find(block, '=') >= 0 ? block : [{ char: '=', escaped: false }, ...block], 'plain', notices);
	if (!Array.isArray(answers)) return answers;
	const entries = accepted(answers, notices);
	if (!Array.isArray(entries)) return entries;
	const values: string[] = [];
	const tolerances = new Set<number>();
	for (const entry of entries) {
		const range = /^(.+?)\.\.(.+)$/.exec(entry);
		const [value, margin = '0'] = range ? [] : entry.split(':');
		const low = giftNumber(range ? range[1] : value);
		const high = giftNumber(range ? range[2] : margin);
		if (low === null || high === null || (!range && high < 0) || (range && high < low))
			return { message: 'bank.badNumber', params: { value: entry } };
		values.push(range ? String((low + high) / 2) : value.trim());
		tolerances.add(range ? (high - low) / 2 : high);
	}
	if (tolerances.size > 1) return { message: 'import.gift.mixedTolerance', params: { value: entries.join('; ') } };
	return { content: { type: 'short', accepted: values, tolerance: [...tolerances][0] }, notices: notices.list };
}

/** The content an answer block stands for; `format` is the stem's, which answers without a marker take. */
export function readBlock(block: Piece[], format: Markup): Block {
	const notices = new Notices();
	const text = plain(block).trim();
	if (text === '') return { content: { type: 'situation', rubric: DEFAULT_RUBRIC }, notices: [] };
	const first = block.findIndex((p) => p.char.trim() !== '');
	if (isMark(block[first], '#')) return readNumeric(block.slice(first + 1), notices);
	const hasChoice = find(block, '~') >= 0;
	if (!hasChoice && find(block, '=') >= 0 && text.includes('->'))
		return { message: 'import.gift.matching', params: { value: text.slice(0, 60) } };
	const hash = find(block, '#');
	const word = plain(hash < 0 ? block : block.slice(0, hash)).trim();
	if (['T', 'TRUE', 'F', 'FALSE'].includes(word.toUpperCase())) {
		if (hash >= 0 && plain(block.slice(hash)).replace(/#/g, '').trim()) notices.add('import.gift.feedbackLeftOut');
		return { content: { type: 'true_false', correct: word.toUpperCase().startsWith('T') }, notices: notices.list };
	}
	const answers = readAnswers(block, format, notices);
	if (!Array.isArray(answers)) return answers;
	if (hasChoice) return readChoice(answers, notices);
	// Only "=" (or none): a short answer, every answer a way to write it.
	const words = accepted(
		answers.map((a) => ({ ...a, right: true })),
		notices
	);
	return Array.isArray(words) ? { content: { type: 'short', accepted: words }, notices: notices.list } : words;
}
