import { nulLines } from '$lib/import/nul';
import type { RowError } from '$lib/import/row-error';
import { questionDraft } from '../question';
import { duplicateIndex, issueMessage, splitLines, tidyErrors, type ImportedDrafts } from './common';

/**
 * Aiken, Moodle's simplest question format: single-choice questions only.
 *
 *     Cơ quan nào ban hành Nghị quyết 76/NQ-CP?
 *     A. Quốc hội
 *     B) Chính phủ
 *     ANSWER: B
 *
 * The stem may span lines (they are kept as lines); options are "A. text" or "A) text" with a capital
 * letter, the space after it optional as Moodle reads it ("A)text"); "ANSWER:" ends the question, and so
 * does a blank line. Rows are line numbers, from 1. Writing is `./aiken-write`.
 */

const OPTION = /^([A-Z])[.)][ \t]*(.*)$/;
const ANSWER = /^ANSWER\s*:\s*(.*)$/i;

interface Pending {
	start: number;
	stem: string[];
	options: { label: string; text: string; line: number }[];
	answer: { value: string; line: number } | null;
}

function finish(question: Pending, errors: RowError[], drafts: ImportedDrafts['drafts']): void {
	const { start, options } = question;
	const answer = question.answer?.value ? question.answer : null;
	const stem = question.stem.join('\n');
	const problems: RowError[] = [];
	if (!stem) problems.push({ row: start, message: 'import.required' });
	if (options.length === 0) problems.push({ row: start, message: 'import.aiken.noOptions' });
	if (!answer) problems.push({ row: start, message: 'import.aiken.missingAnswer' });
	const correct = answer ? options.findIndex((o) => o.label === answer.value.toUpperCase()) : -1;
	if (answer && options.length > 0 && correct < 0)
		problems.push({ row: answer.line, message: 'bank.unknownOptionLetter', params: { value: answer.value } });

	const result = questionDraft.safeParse({
		stem,
		content: { type: 'single', options: options.map((o) => o.text), correct: Math.max(0, correct) }
	});
	if (result.success && problems.length === 0) {
		drafts.push({ row: start, ...result.data });
		return;
	}
	for (const issue of result.error?.issues ?? []) {
		const [field, part, index] = issue.path;
		if (field === 'stem') {
			if (issue.code !== 'too_small') problems.push({ row: start, message: issueMessage(issue) }); // a blank one is reported above
			continue;
		}
		if (part === 'correct' || options.length === 0) continue; // reported above
		const at =
			typeof index === 'number' ? index : issue.message === 'bank.duplicateOptions' ? duplicateIndex(options.map((o) => o.text)) : -1;
		problems.push({ row: options[at]?.line ?? start, message: issueMessage(issue) });
	}
	// Never a question dropped without a word.
	if (problems.length === 0) problems.push({ row: start, message: issueMessage(result.error!.issues[0]) });
	errors.push(...problems);
}

/** Reads an Aiken file. Every error at once, and no draft when there is any. */
export function parseAiken(text: string): ImportedDrafts {
	const nul = nulLines(text);
	if (nul.length > 0) return { drafts: [], errors: nul, notices: [] };
	const errors: RowError[] = [];
	const drafts: ImportedDrafts['drafts'] = [];
	let question: Pending | null = null;
	for (const [i, raw] of splitLines(text).entries()) {
		const line = raw.trim();
		const row = i + 1;
		if (question && (line === '' || question.answer)) {
			finish(question, errors, drafts);
			question = null;
		}
		if (line === '') continue;
		question ??= { start: row, stem: [], options: [], answer: null };
		const answer = ANSWER.exec(line);
		const option = OPTION.exec(line);
		if (answer) question.answer = { value: answer[1].trim(), line: row };
		else if (option) question.options.push({ label: option[1], text: option[2] ?? '', line: row });
		else if (question.options.length > 0) errors.push({ row, message: 'import.aiken.unexpectedLine', params: { value: line } });
		else question.stem.push(line);
	}
	if (question) finish(question, errors, drafts);
	if (errors.length === 0 && drafts.length === 0) errors.push({ row: 1, message: 'import.noQuestions' });
	return errors.length > 0 ? { drafts: [], errors: tidyErrors(errors), notices: [] } : { drafts, errors: [], notices: [] };
}
