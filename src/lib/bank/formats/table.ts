import type { MessageKey } from '$lib/i18n';
import { foldDiacritics } from '$lib/i18n/text';
import { isBlankRow } from '$lib/import/csv';
import { findHeader, spreadDown, toGrid, type Grid } from '$lib/import/grid';
import type { RowError } from '$lib/import/row-error';
import {
	questionDraft,
	type Difficulty,
	type QuestionContent,
	type QuestionDraft,
	type QuestionDraftInput,
	type QuestionType
} from '../question';
import { duplicateIndex, issueMessage, LETTERS, parseNumber, tidyErrors, type ImportedDrafts, type Issue } from './common';

/**
 * The question spreadsheet (.xlsx and .csv share it): one question a row, under `QUESTION_COLUMNS`.
 *
 * Cells are plain text, never formulas: "=1+1" is read and written as those four characters.
 *
 * The "Đáp án" cell, by type:
 * - Một đáp án: the letter of the right option, "B".
 * - Nhiều đáp án: the right letters, "A, C". With partial-credit weights (GIFT style, percent), every
 *   option carries one: right options first, then ";" and the others: "A=50%, C=50%; B=-100%, D=0%".
 * - Đúng/Sai: "Đúng" or "Sai".
 * - Trả lời ngắn: accepted answers separated by "|": "Hà Nội | Ha Noi". A leading "Chính xác:" makes
 *   case and diacritics count; a trailing "± 0.1" makes it a number answer with that tolerance:
 *   "3.5 ± 0.1".
 * - Sắp xếp: blank; the items are the "Phương án" cells in the right order. Items after the sixth
 *   continue in "Đáp án", separated by "|".
 * - Tình huống: the rubric, "Tên tiêu chí: điểm; Tiêu chí khác: điểm".
 * "Chủ đề" holds a topic path, names separated by "/" ("Cải cách hành chính/Một cửa", see
 * `$lib/bank/topic-path`). "Thẻ" holds tags separated by ",". Inside "Đáp án" and "Thẻ" a backslash makes the next character
 * literal where it would separate: "\|", "\,", "\;", "\:", "\±", "\\".
 */
export const QUESTION_COLUMNS = [
	'Loại',
	'Chủ đề',
	'Mức độ',
	'Câu hỏi',
	'Phương án A',
	'Phương án B',
	'Phương án C',
	'Phương án D',
	'Phương án E',
	'Phương án F',
	'Đáp án',
	'Giải thích',
	'Căn cứ',
	'Thẻ'
] as const;
type Column = (typeof QUESTION_COLUMNS)[number];

/** The template's sheet: an import reads it when it is visible, whatever sheet comes first. */
export const QUESTION_SHEET = 'Câu hỏi';

const OPTION_COLUMNS = QUESTION_COLUMNS.slice(4, 10) as Column[];
const REQUIRED: Column[] = ['Loại', 'Câu hỏi', 'Đáp án'];

export const TYPE_WORDS: Record<QuestionType, string> = {
	single: 'Một đáp án',
	multiple: 'Nhiều đáp án',
	true_false: 'Đúng/Sai',
	short: 'Trả lời ngắn',
	ordering: 'Sắp xếp',
	situation: 'Tình huống'
};

export const DIFFICULTY_WORDS: Record<Difficulty, string> = { easy: 'Dễ', medium: 'Trung bình', hard: 'Khó' };

const fold = (text: string) =>
	foldDiacritics(text)
		.replace(/[\s/]+/g, ' ')
		.trim();

function findWord<T extends string>(words: Record<T, string>, text: string): T | null {
	const key = fold(text);
	const found = (Object.entries(words) as [T, string][]).find(([name, word]) => fold(word) === key || name === key);
	return found ? found[0] : null;
}

/** "Một đáp án", "mot dap an" or "single" → single; null when the word is unknown. */
export const parseQuestionType = (text: string): QuestionType | null => findWord(TYPE_WORDS, text);

/** "Dễ", "Trung bình", "Khó" (or easy/medium/hard); blank is medium; null when the word is unknown. */
export const parseDifficulty = (text: string): Difficulty | null => (text.trim() === '' ? 'medium' : findWord(DIFFICULTY_WORDS, text));

// A cell starting with = + - @ is written to CSV behind a single quote (see csvCell); a quote is
// likewise put before text that itself starts with quotes then one of those, so reading strips exactly one.
const GUARDED = /^'+[=+\-@]/;
const readCell = (cell: string) => (GUARDED.test(cell) ? cell.slice(1) : cell);
const writeCell = (text: string) => (GUARDED.test(text) ? `'${text}` : text);

/** One CSV cell (RFC 4180), with a leading = + - @ disarmed by a single quote against formula injection. */
export function csvCell(value: string): string {
	const text = /^[=+\-@]/.test(value) ? `'${value}` : value;
	return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV with CRLF line ends. Prepend "\uFEFF" when Excel is to open it. */
export function toCsv(rows: string[][]): string {
	return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

// Separator-escaping inside the "Đáp án" and "Thẻ" cells.
const ESCAPABLE = '\\|,;:±';
interface Piece {
	char: string;
	escaped: boolean;
}

function lex(text: string): Piece[] {
	const pieces: Piece[] = [];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\' && i + 1 < text.length && ESCAPABLE.includes(text[i + 1])) {
			pieces.push({ char: text[++i], escaped: true });
		} else pieces.push({ char: text[i], escaped: false });
	}
	return pieces;
}

const plain = (pieces: Piece[]) => pieces.map((p) => p.char).join('');
const indexOf = (pieces: Piece[], char: string) => pieces.findIndex((p) => !p.escaped && p.char === char);
const lastIndexOf = (pieces: Piece[], char: string) => pieces.findLastIndex((p) => !p.escaped && p.char === char);

function split(pieces: Piece[], separator: string): Piece[][] {
	const parts: Piece[][] = [[]];
	for (const piece of pieces) {
		if (!piece.escaped && piece.char === separator) parts.push([]);
		else parts[parts.length - 1].push(piece);
	}
	return parts;
}

const list = (text: string, separator: string) =>
	split(lex(text), separator)
		.map((part) => plain(part).trim())
		.filter(Boolean);

const escape = (text: string, specials: string) => text.replace(/[\s\S]/g, (c) => (c === '\\' || specials.includes(c) ? `\\${c}` : c));

const EXACT = 'chinh xac';

function shortCell(content: Extract<QuestionContent, { type: 'short' }>): string {
	const variants = content.accepted.map((v) => escape(v, '|±'));
	const colon = variants[0]?.indexOf(':') ?? -1;
	if (content.ignoreCaseAndDiacritics && colon >= 0 && fold(variants[0].slice(0, colon)) === EXACT) {
		variants[0] = `${variants[0].slice(0, colon)}\\${variants[0].slice(colon)}`;
	}
	const prefix = content.ignoreCaseAndDiacritics ? '' : 'Chính xác: ';
	const suffix = content.tolerance === undefined ? '' : ` ± ${content.tolerance}`;
	return prefix + variants.join(' | ') + suffix;
}

function multipleCell(content: Extract<QuestionContent, { type: 'multiple' }>): string {
	const { correct, weights } = content;
	if (!weights) return correct.map((i) => LETTERS[i]).join(', ');
	const item = (i: number) => `${LETTERS[i]}=${weights[i]}%`;
	const others = weights.map((_, i) => i).filter((i) => !correct.includes(i));
	return correct.map(item).join(', ') + (others.length ? `; ${others.map(item).join(', ')}` : '');
}

function contentCells(content: QuestionContent): { options: string[]; answer: string } {
	switch (content.type) {
		case 'single':
			return { options: content.options, answer: LETTERS[content.correct] };
		case 'multiple':
			return { options: content.options, answer: multipleCell(content) };
		case 'true_false':
			return { options: [], answer: content.correct ? 'Đúng' : 'Sai' };
		case 'short':
			return { options: [], answer: shortCell(content) };
		case 'ordering':
			return {
				options: content.items.slice(0, OPTION_COLUMNS.length),
				answer: content.items
					.slice(OPTION_COLUMNS.length)
					.map((item) => escape(item, '|'))
					.join(' | ')
			};
		case 'situation':
			return {
				options: [],
				answer: content.rubric.map((r) => `${escape(r.criterion, ';')}: ${r.maxPoints}`).join('; ')
			};
	}
}

/** The template: the heading row, then one row per question. `rowsToDrafts` reads it back unchanged. */
export function draftsToRows(drafts: QuestionDraft[]): string[][] {
	const rows = drafts.map((draft) => {
		const { options, answer } = contentCells(draft.content);
		const row = [
			TYPE_WORDS[draft.content.type],
			draft.topic,
			DIFFICULTY_WORDS[draft.difficulty],
			draft.stem,
			...OPTION_COLUMNS.map((_, i) => options[i] ?? ''),
			answer,
			draft.explanation,
			draft.source,
			draft.tags.map((tag) => escape(tag, ',')).join(', ')
		];
		return row.map(writeCell);
	});
	return [[...QUESTION_COLUMNS], ...rows];
}

type Problem = (column: Column, message: MessageKey, params?: RowError['params']) => void;

function letterIndex(text: string, count: number): number | null {
	const match = /^([a-z])[.)]?$/i.exec(text.trim());
	const index = match ? LETTERS.indexOf(match[1].toUpperCase() as (typeof LETTERS)[number]) : -1;
	return index >= 0 && index < count ? index : null;
}

function readMultiple(answer: string, count: number, problem: Problem) {
	const correct: number[] = [];
	const weights = new Map<number, number>();
	answer.split(';').forEach((part, p) => {
		const tokens = part
			.replace(/\s*=\s*/g, '=')
			.replace(/\s+%/g, '%')
			.split(/[\s,]+/)
			.filter(Boolean);
		for (const token of tokens) {
			const equals = token.indexOf('=');
			const letter = equals < 0 ? token : token.slice(0, equals);
			const weight = equals < 0 ? undefined : token.slice(equals + 1);
			const index = letterIndex(letter, count);
			if (index === null) {
				problem('Đáp án', 'bank.unknownOptionLetter', { value: token });
				continue;
			}
			if (weight !== undefined) {
				const value = parseNumber(weight.replace(/%$/, ''));
				if (value === null || value < -100 || value > 100) problem('Đáp án', 'bank.badNumber', { value: weight });
				else weights.set(index, value);
			}
			if (p === 0) correct.push(index);
		}
	});
	return {
		type: 'multiple' as const,
		correct,
		weights: weights.size ? Array.from({ length: count }, (_, i) => weights.get(i) ?? 0) : undefined
	};
}

function readShort(answer: string, problem: Problem) {
	let pieces = lex(answer);
	let ignoreCaseAndDiacritics = true;
	const colon = indexOf(pieces, ':');
	if (colon >= 0 && fold(plain(pieces.slice(0, colon))) === EXACT) {
		ignoreCaseAndDiacritics = false;
		pieces = pieces.slice(colon + 1);
	}
	let tolerance: number | undefined;
	const plusMinus = lastIndexOf(pieces, '±');
	if (plusMinus >= 0) {
		const text = plain(pieces.slice(plusMinus + 1)).trim();
		const value = parseNumber(text);
		if (value === null || value < 0) problem('Đáp án', 'bank.badNumber', { value: text });
		else tolerance = value;
		pieces = pieces.slice(0, plusMinus);
	}
	const accepted = split(pieces, '|')
		.map((part) => plain(part).trim())
		.filter(Boolean);
	return { type: 'short' as const, accepted, ignoreCaseAndDiacritics, ...(tolerance === undefined ? {} : { tolerance }) };
}

function readRubric(answer: string, problem: Problem) {
	const rubric: { criterion: string; maxPoints: number }[] = [];
	for (const part of split(lex(answer), ';')) {
		if (plain(part).trim() === '') continue;
		const colon = lastIndexOf(part, ':');
		const points = colon >= 0 ? parseNumber(plain(part.slice(colon + 1))) : null;
		if (points === null) problem('Đáp án', 'bank.badRubric');
		else rubric.push({ criterion: plain(part.slice(0, colon)).trim(), maxPoints: points });
	}
	return { type: 'situation' as const, rubric };
}

const TRUE_WORDS = ['dung', 'd', 'true', 't'];
const FALSE_WORDS = ['sai', 's', 'false', 'f'];

/** The content of one row. `answerReported`: the "Đáp án" cell already has an error of its own. */
function readContent(type: QuestionType, options: string[], answer: string, problem: Problem) {
	let answerReported = false;
	const report: Problem = (column, message, params) => {
		answerReported ||= column === 'Đáp án';
		problem(column, message, params);
	};
	const given = answer !== '';
	if (!given && type !== 'ordering' && type !== 'situation') report('Đáp án', 'import.required');
	let content: QuestionDraftInput['content'];
	switch (type) {
		case 'single': {
			const index = given ? letterIndex(answer, options.length) : 0;
			if (index === null) report('Đáp án', 'bank.unknownOptionLetter', { value: answer });
			content = { type, options, correct: index ?? 0 };
			break;
		}
		case 'multiple':
			content = { options, ...(given ? readMultiple(answer, options.length, report) : { type, correct: [] }) };
			break;
		case 'true_false': {
			const word = fold(answer);
			if (given && !TRUE_WORDS.includes(word) && !FALSE_WORDS.includes(word)) report('Đáp án', 'bank.badTrueFalse');
			content = { type, correct: !FALSE_WORDS.includes(word) };
			break;
		}
		case 'short':
			content = given ? readShort(answer, report) : { type, accepted: [] };
			break;
		case 'ordering':
			content = { type, items: [...options, ...list(answer, '|')] };
			break;
		case 'situation':
			content = readRubric(answer, report);
			break;
	}
	return { content, answerReported };
}

function columnOf(issue: Issue, options: string[]): Column | undefined {
	const [field, part, index] = issue.path;
	if (field === 'stem') return 'Câu hỏi';
	if (field === 'explanation') return 'Giải thích';
	if (field === 'source') return 'Căn cứ';
	if (field === 'tags') return 'Thẻ';
	if (field === 'topic') return 'Chủ đề';
	if (field === 'difficulty') return 'Mức độ';
	if (field !== 'content') return undefined;
	if (part === 'type') return 'Loại';
	if (part !== 'options' && part !== 'items') return 'Đáp án';
	if (typeof index === 'number') return OPTION_COLUMNS[index] ?? 'Đáp án';
	if (issue.message === 'bank.duplicateOptions') return OPTION_COLUMNS[Math.max(0, duplicateIndex(options))];
	return OPTION_COLUMNS[0];
}

const draftFields = questionDraft.omit({ content: true });

/**
 * Reads the template. Its headings are found past any title rows above them (the first rows naming most
 * columns, matched ignoring case and diacritics, in any order; a heading merged over sub-headings joins
 * them: "Phương án / A"). Rows are named by spreadsheet row number; fully blank rows are skipped; a value
 * merged down over several questions belongs to each. Every error is returned at once (the sheet's own
 * cell problems first), and no draft when there is any.
 */
export function rowsToDrafts(table: string[][] | Grid): ImportedDrafts {
	const grid = toGrid(table);
	if (grid.rows.every(isBlankRow)) return { drafts: [], errors: [...grid.errors, { row: 1, message: 'import.empty' }], notices: [] };
	const known = new Set(QUESTION_COLUMNS.map(fold));
	const header = findHeader(grid, (headings) => headings.filter((h) => known.has(fold(h))).length);
	const headerAt = header.at;
	const headings = header.headings.map(fold);
	const at = new Map(QUESTION_COLUMNS.map((column) => [column, headings.indexOf(fold(column))]));
	const missing = REQUIRED.filter((column) => at.get(column)! < 0);
	if (missing.length > 0)
		return { drafts: [], errors: missing.map((column) => ({ row: headerAt + 1, column, message: 'import.missingColumn' })), notices: [] };

	const bodyFrom = headerAt + header.depth;
	const rows = spreadDown(grid.rows, grid.merges, bodyFrom, (cells) => !isBlankRow(cells)).map((cells) =>
		cells.map((cell) => readCell(cell ?? ''))
	);
	const errors: RowError[] = [...grid.errors];
	const drafts: ImportedDrafts['drafts'] = [];
	rows.forEach((cells, i) => {
		if (i < bodyFrom || isBlankRow(cells)) return;
		const row = i + 1;
		const problem: Problem = (column, message, params) => errors.push({ row, column, message, ...(params ? { params } : {}) });
		const get = (column: Column) => (cells[at.get(column)!] ?? '').trim();

		const typeText = get('Loại');
		const type = parseQuestionType(typeText);
		if (!typeText) problem('Loại', 'import.required');
		else if (!type) problem('Loại', 'bank.unknownType', { value: typeText });
		const difficulty = parseDifficulty(get('Mức độ'));
		if (!difficulty) problem('Mức độ', 'bank.unknownDifficulty', { value: get('Mức độ') });
		const optionCells = OPTION_COLUMNS.map(get);
		const options = optionCells.slice(0, optionCells.findLastIndex(Boolean) + 1);
		const fields = {
			stem: get('Câu hỏi'),
			explanation: get('Giải thích'),
			difficulty: difficulty ?? 'medium',
			source: get('Căn cứ'),
			tags: list(get('Thẻ'), ','),
			topic: get('Chủ đề')
		};
		const read = type ? readContent(type, options, get('Đáp án'), problem) : null;
		let issues: Issue[] = [];
		if (read) {
			const result = questionDraft.safeParse({ ...fields, content: read.content });
			if (result.success) drafts.push({ row, ...result.data });
			else issues = result.error.issues;
		} else issues = draftFields.safeParse(fields).error?.issues ?? [];
		for (const issue of issues) {
			const column = columnOf(issue, options);
			if (column === 'Đáp án' && read?.answerReported) continue;
			const blank = issue.code === 'too_small' && issue.origin === 'string';
			errors.push({ row, column, message: blank ? 'import.required' : issueMessage(issue) });
		}
	});
	if (drafts.length === 0 && errors.length === 0)
		return { drafts: [], errors: [{ row: bodyFrom + 1, message: 'import.empty' }], notices: [] };
	return errors.length > 0 ? { drafts: [], errors: tidyErrors(errors), notices: [] } : { drafts, errors: [], notices: [] };
}
