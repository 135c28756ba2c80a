/**
 * Reads GIFT, Moodle's text format, into drafts: questions split by blank lines, "//" comment lines
 * (Moodle's "// [tag:…]" gives tags), "::name::" (not kept, said so), an optional text format before the
 * stem, one answer block ("{…}", read by `./gift-answers`) whose text after it makes a missing-word stem
 * ("text _____ more"), "####general feedback" as the explanation. "$CATEGORY: $course$/top/a/b" sets
 * the topic path "a/b" of the questions after it (Moodle's context and "top" left out; "//" is a "/" in
 * a name). Escapes: \~ \= \# \{ \} \: \\ and \n. Errors and notices name the question's first line.
 */
import { nulLines } from '$lib/import/nul';
import type { RowError, RowNotice } from '$lib/import/row-error';
import { DIFFICULTIES, questionDraft, type QuestionDraftInput } from '../question';
import { issueMessage, splitLines, tidyErrors, type ImportedDrafts } from './common';
import { isMark, plain, readBlock, type Problem } from './gift-answers';
import { lex, type Meta, type Piece } from './gift-syntax';
import { readFormatted } from './gift-text';

/** The last "####" of a block starts its general feedback, as Moodle reads it. */
const findGeneralFeedback = (pieces: Piece[]) => pieces.findLastIndex((_, i) => [0, 1, 2, 3].every((k) => isMark(pieces[i + k], '#')));

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

interface Read {
	draft: QuestionDraftInput;
	notices: Problem[];
}

/** One question (comments apart) into a draft and its notices, or the problems that stop it. */
function readQuestion(source: string, comments: string[], topic: string): Read | Problem[] {
	const meta = readMeta(comments);
	if ('message' in meta) return [meta];
	const notices: Problem[] = [];
	let pieces = lex(source.trim());
	if (isMark(pieces[0], ':') && isMark(pieces[1], ':')) {
		const end = pieces.findIndex((p, i) => i > 1 && isMark(p, ':') && isMark(pieces[i + 1], ':'));
		if (end > 0) {
			pieces = pieces.slice(end + 2);
			notices.push({ message: 'import.gift.nameLeftOut' });
		}
	}
	const braces = pieces.flatMap((p, i) => (isMark(p, '{') || isMark(p, '}') ? [i] : []));
	const [open, close] = braces;
	if (open === undefined) return [{ message: 'import.gift.noAnswers' }];
	if (close === undefined || pieces[open].char !== '{' || pieces[close].char !== '}') return [{ message: 'import.gift.unclosed' }];
	if (braces.length > 2) return [{ message: 'import.gift.severalBlocks' }];

	const stem = readFormatted(joinMissingWord(plain(pieces.slice(0, open)), plain(pieces.slice(close + 1))));
	if (stem.loss) notices.push({ message: stem.loss });
	let block = pieces.slice(open + 1, close);
	const general = findGeneralFeedback(block);
	const explanation = general < 0 ? null : readFormatted(plain(block.slice(general + 4)), stem.format);
	if (explanation?.loss) notices.push({ message: explanation.loss });
	if (general >= 0) block = block.slice(0, general);
	const read = meta.content ? { content: meta.content, notices: [] } : readBlock(block, stem.format);
	if ('message' in read) return [read];
	return {
		draft: {
			stem: stem.text,
			content: read.content,
			explanation: explanation?.text ?? '',
			difficulty: meta.difficulty ?? 'medium',
			source: meta.source ?? '',
			tags: meta.tags ?? readTags(comments),
			topic: meta.topic ?? topic
		},
		// Said once per question, whether the stem or its answers lost it.
		notices: [...notices, ...read.notices].filter((n, i, all) => all.findIndex((m) => JSON.stringify(m) === JSON.stringify(n)) === i)
	};
}

/** The topic path a $CATEGORY names, without Moodle's context ("$course$") and its "top". */
export function categoryTopic(path: string): string {
	return path
		.trim()
		.replace(/^\$[a-z]+\$(?:\/(?!\/)|$)/, '')
		.replace(/^top(?:\/(?!\/)|$)/, '')
		.trim();
}

/** Reads a GIFT file. Every error at once, and no draft when there is any. */
export function parseGift(text: string): ImportedDrafts {
	const nul = nulLines(text);
	if (nul.length > 0) return { drafts: [], errors: nul, notices: [] };
	const errors: RowError[] = [];
	const drafts: ImportedDrafts['drafts'] = [];
	const notices: RowNotice[] = [];
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
		const result = questionDraft.safeParse(read.draft);
		if (result.success) {
			drafts.push({ row, ...result.data });
			notices.push(...read.notices.map((notice) => ({ row, ...notice })));
		} else
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
	if (errors.length === 0 && drafts.length === 0) errors.push({ row: 1, message: 'import.noQuestions' });
	return errors.length > 0 ? { drafts: [], errors: tidyErrors(errors), notices: [] } : { drafts, errors: [], notices };
}
