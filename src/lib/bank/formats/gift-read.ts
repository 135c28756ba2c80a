/**
 * Reads GIFT, Moodle's text format: the part of it that maps to our question types.
 *
 *   {=đúng ~sai ~sai}                  single (exactly one "=")
 *   {=a =b ~c}                         multiple without weights: right are the "=" options
 *   {~%50%a ~%50%b ~%-100%c}           multiple with weights (percent); right are the positive ones
 *   {T} {F} {TRUE} {FALSE}             true_false
 *   {=Hà Nội =Ha Noi}                  short (only "=", no "~")
 *   {#3.5:0.1} {#=3.5:0.1 =4:0} {#1..5}  short with a tolerance (a range becomes middle ± half)
 *   {}                                 situation with the rubric "Chất lượng trả lời: 10"
 *   $CATEGORY: a/b/c                   topic "c" for the following questions ("//" is a "/" in a name)
 *   // [tag:Cải cách]                  tags (Moodle's own syntax); other "//" lines are comments
 *   ::tên::, "#feedback" per answer    ignored;  "####feedback" (general) → explanation
 *   [html] before the stem             the HTML is turned into plain text; [plain], [markdown] dropped
 *   text {…} more text                 (missing word) stem "text _____ more text"
 * Escapes: \~ \= \# \{ \} \: \\ and \n (line break). Matching ("->") and several answer blocks in one
 * question are refused with 'import.gift.unsupported'. Errors name the question's first line.
 */
import type { MessageKey } from '$lib/i18n';
import type { RowError } from '$lib/import/row-error';
import { DIFFICULTIES, questionDraft, type QuestionDraftInput } from '../question';
import { issueMessage, splitLines, tidyErrors, type ImportedDrafts } from './common';
import { FORMAT, giftNumber, lex, type Meta, type Piece } from './gift-syntax';

const DEFAULT_RUBRIC = [{ criterion: 'Chất lượng trả lời', maxPoints: 10 }];

const plain = (pieces: Piece[]) => pieces.map((p) => p.char).join('');
const isMark = (piece: Piece | undefined, char: string) => piece !== undefined && !piece.escaped && piece.char === char;
const find = (pieces: Piece[], char: string, from = 0) => {
	for (let i = from; i < pieces.length; i++) if (isMark(pieces[i], char)) return i;
	return -1;
};
const findGeneralFeedback = (pieces: Piece[]) => pieces.findIndex((_, i) => [0, 1, 2, 3].every((k) => isMark(pieces[i + k], '#')));

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlToText(html: string): string {
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

type Problem = { message: MessageKey; params?: RowError['params'] };
type Block = { content: QuestionDraftInput['content'] } | Problem;

interface Answer {
	right: boolean;
	weight: number | null;
	text: string;
}

/** Answers of a block, each starting at an unescaped "=" or "~": optional %weight%, text, #feedback. */
function readAnswers(block: Piece[], clean: (text: string) => string): Answer[] | Problem {
	const parts: { right: boolean; pieces: Piece[] }[] = [];
	for (const piece of block) {
		if (isMark(piece, '=') || isMark(piece, '~')) parts.push({ right: piece.char === '=', pieces: [] });
		else if (parts.length > 0) parts[parts.length - 1].pieces.push(piece);
		else if (piece.char.trim() !== '') return { message: 'import.gift.unsupported', params: { value: plain(block).trim() } };
	}
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
		const feedback = find(pieces, '#');
		answers.push({ right: part.right, weight, text: clean(plain(feedback < 0 ? pieces : pieces.slice(0, feedback)).trim()) });
	}
	return answers;
}

function readChoice(answers: Answer[]): Block {
	const options = answers.map((a) => a.text);
	const right = answers.flatMap((a, i) => (a.right ? [i] : []));
	if (right.length === 1) return { content: { type: 'single', options, correct: right[0] } };
	if (right.length > 1) return { content: { type: 'multiple', options, correct: right } };
	const weights = answers.map((a) => a.weight ?? 0);
	const correct = weights.flatMap((w, i) => (w > 0 ? [i] : []));
	if (correct.length === 0) return { message: 'import.gift.noCorrect' };
	return { content: { type: 'multiple', options, correct, weights } };
}

function readNumeric(block: Piece[]): Block {
	let entries: string[];
	if (find(block, '=') >= 0) {
		const answers = readAnswers(block, (t) => t);
		if (!Array.isArray(answers)) return answers;
		entries = answers.filter((a) => a.right && (a.weight ?? 100) > 0).map((a) => a.text);
	} else {
		const feedback = find(block, '#');
		entries = [plain(feedback < 0 ? block : block.slice(0, feedback)).trim()];
	}
	const accepted: string[] = [];
	let tolerance = 0;
	for (const entry of entries) {
		const range = /^(.+?)\.\.(.+)$/.exec(entry);
		const [value, margin = '0'] = range ? [] : entry.split(':');
		const low = giftNumber(range ? range[1] : value);
		const high = giftNumber(range ? range[2] : margin);
		if (low === null || high === null || (!range && high < 0)) return { message: 'bank.badNumber', params: { value: entry } };
		accepted.push(range ? String((low + high) / 2) : value.trim());
		tolerance = Math.max(tolerance, range ? Math.abs(high - low) / 2 : high);
	}
	if (accepted.length === 0) return { message: 'import.gift.noCorrect' };
	return { content: { type: 'short', accepted, tolerance } };
}

/** The content an answer block (between the braces, general feedback removed) stands for. */
export function readBlock(block: Piece[], clean: (text: string) => string): Block {
	const text = plain(block).trim();
	if (text === '') return { content: { type: 'situation', rubric: DEFAULT_RUBRIC } };
	const first = block.find((p) => p.char.trim() !== '');
	if (isMark(first, '#')) return readNumeric(block.slice(block.indexOf(first!) + 1));
	const hasRight = find(block, '=') >= 0;
	if (find(block, '~') < 0 && hasRight && text.includes('->')) return { message: 'import.gift.unsupported', params: { value: text } };
	const feedback = find(block, '#');
	const word = plain(feedback < 0 ? block : block.slice(0, feedback))
		.trim()
		.toUpperCase();
	if (['T', 'TRUE', 'F', 'FALSE'].includes(word)) return { content: { type: 'true_false', correct: word.startsWith('T') } };
	if (!hasRight && find(block, '~') < 0) return { message: 'import.gift.unsupported', params: { value: text } };
	const answers = readAnswers(block, clean);
	if (!Array.isArray(answers)) return answers;
	if (find(block, '~') >= 0) return readChoice(answers);
	const accepted = answers.filter((a) => (a.weight ?? 100) > 0).map((a) => a.text);
	return accepted.length > 0 ? { content: { type: 'short', accepted } } : { message: 'import.gift.noCorrect' };
}

const TAG = /\[tag:((?:\\\]|[^\]])*)\]/g;
const META = /^hoithi:(.*)$/;

export function readTags(comments: string[]): string[] {
	return comments
		.filter((c) => !META.test(c))
		.flatMap((c) => [...c.matchAll(TAG)].map((m) => m[1].replace(/\\\]/g, ']').trim()))
		.filter(Boolean);
}

function readMeta(comments: string[]): Meta | Problem {
	const line = comments.map((c) => META.exec(c)).find(Boolean);
	if (!line) return {};
	let meta: unknown;
	try {
		meta = JSON.parse(line[1]);
	} catch {
		meta = null;
	}
	if (typeof meta !== 'object' || meta === null || Array.isArray(meta))
		return { message: 'import.gift.unsupported', params: { value: line[0].slice(0, 60) } };
	const difficulty = (meta as Meta).difficulty;
	if (difficulty !== undefined && !DIFFICULTIES.includes(difficulty))
		return { message: 'bank.unknownDifficulty', params: { value: String(difficulty) } };
	return meta as Meta;
}

function joinMissingWord(before: string, after: string): string {
	const rest = after.trim();
	if (!rest) return before;
	return `${before.trimEnd()} _____${/^[.,;:!?…)]/.test(rest) ? '' : ' '}${rest}`.trim();
}

/** One question (comments apart) into a draft or the problems that stop it. */
function readQuestion(source: string, comments: string[], topic: string): QuestionDraftInput | Problem[] {
	const meta = readMeta(comments);
	if ('message' in meta) return [meta];
	let pieces = lex(source.trim());
	if (isMark(pieces[0], ':') && isMark(pieces[1], ':')) {
		const end = pieces.findIndex((p, i) => i > 1 && isMark(p, ':') && isMark(pieces[i + 1], ':'));
		if (end > 0) pieces = pieces.slice(end + 2);
	}
	const braces = pieces.flatMap((p, i) => (isMark(p, '{') || isMark(p, '}') ? [i] : []));
	const [open, close] = braces;
	if (open === undefined) return [{ message: 'import.gift.noAnswers' }];
	if (close === undefined || pieces[open].char !== '{' || pieces[close].char !== '}') return [{ message: 'import.gift.unclosed' }];
	if (braces.length > 2) return [{ message: 'import.gift.unsupported', params: { value: plain(pieces).trim().slice(0, 60) } }];

	let before = plain(pieces.slice(0, open));
	const format = FORMAT.exec(before);
	const clean = format?.[1].toLowerCase() === 'html' ? htmlToText : (text: string) => text;
	if (format) before = before.slice(format[0].length);
	let block = pieces.slice(open + 1, close);
	const general = findGeneralFeedback(block);
	const explanation = general < 0 ? '' : clean(plain(block.slice(general + 4)).trim());
	if (general >= 0) block = block.slice(0, general);
	const read = meta.content ? { content: meta.content } : readBlock(block, clean);
	if ('message' in read) return [read];
	return {
		stem: clean(joinMissingWord(before, plain(pieces.slice(close + 1)))),
		content: read.content,
		explanation,
		difficulty: meta.difficulty ?? 'medium',
		source: meta.source ?? '',
		tags: meta.tags ?? readTags(comments),
		topic: meta.topic ?? topic
	};
}

function categoryTopic(path: string): string {
	const segments = [''];
	for (let i = 0; i < path.length; i++) {
		if (path[i] === '/' && path[i + 1] === '/') {
			segments[segments.length - 1] += '/';
			i++;
		} else if (path[i] === '/') segments.push('');
		else segments[segments.length - 1] += path[i];
	}
	return (
		segments
			.map((s) => s.trim())
			.filter(Boolean)
			.pop() ?? ''
	);
}

/** Reads a GIFT file. Every error at once, and no draft when there is any. */
export function parseGift(text: string): ImportedDrafts {
	const errors: RowError[] = [];
	const drafts: ImportedDrafts['drafts'] = [];
	let topic = '';
	const readChunk = (chunk: { line: string; row: number }[]) => {
		const isComment = (line: string) => line.trimStart().startsWith('//');
		const comments = chunk.filter((l) => isComment(l.line)).map((l) => l.line.trim().slice(2).trim());
		let body = chunk.filter((l) => !isComment(l.line));
		const category = body.length > 0 ? /^\s*\$CATEGORY:(.*)$/i.exec(body[0].line) : null;
		if (category) {
			topic = categoryTopic(category[1]);
			body = body.slice(1);
		}
		if (body.length === 0) return;
		const row = body[0].row;
		const read = readQuestion(body.map((l) => l.line).join('\n'), comments, topic);
		if (Array.isArray(read)) {
			errors.push(...read.map((problem) => ({ row, ...problem })));
			return;
		}
		const result = questionDraft.safeParse(read);
		if (result.success) drafts.push({ row, ...result.data });
		else
			for (const issue of result.error.issues) {
				const blankStem = issue.path[0] === 'stem' && issue.code === 'too_small';
				errors.push({ row, message: blankStem ? 'import.required' : issueMessage(issue) });
			}
	};
	let chunk: { line: string; row: number }[] = [];
	splitLines(text).forEach((line, i) => {
		if (line.trim() !== '') chunk.push({ line, row: i + 1 });
		else if (chunk.length > 0) {
			readChunk(chunk);
			chunk = [];
		}
	});
	if (chunk.length > 0) readChunk(chunk);
	return errors.length > 0 ? { drafts: [], errors: tidyErrors(errors) } : { drafts, errors: [] };
}
