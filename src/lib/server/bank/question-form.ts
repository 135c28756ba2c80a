import { z } from 'zod';
import { questionDraft, QUESTION_TYPES } from '$lib/bank/question';
import type { EditorValues } from '$lib/bank/editor-values';
import type { FieldErrors } from '$lib/errors';
import type { QuestionInput } from './questions';

const lines = (value: FormDataEntryValue | null) =>
	String(value ?? '')
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);

/** "Đúng quy định: 6" → { criterion, maxPoints }; a line without a number keeps NaN for zod to refuse. */
function rubricLine(line: string) {
	const at = line.lastIndexOf(':');
	if (at < 0) return { criterion: line, maxPoints: Number.NaN };
	return {
		criterion: line.slice(0, at).trim(),
		maxPoints: Number(
			line
				.slice(at + 1)
				.trim()
				.replace(',', '.')
		)
	};
}

/** Option texts as typed, blanks dropped, with the submitted indices mapped to the kept ones. */
function optionsFrom(form: FormData) {
	const typed = form.getAll('option').map((o) => String(o).trim());
	const kept: string[] = [];
	const newIndex = new Map<number, number>();
	typed.forEach((text, i) => {
		if (text) newIndex.set(i, kept.push(text) - 1);
	});
	const index = (value: FormDataEntryValue) => newIndex.get(Number(value)) ?? -1;
	return { options: kept, index };
}

function contentFrom(form: FormData): unknown {
	const type = String(form.get('type'));
	const { options, index } = optionsFrom(form);
	switch (type) {
		case 'single':
			return { type, options, correct: form.has('correct') ? index(form.get('correct')!) : -1 };
		case 'multiple':
			return { type, options, correct: form.getAll('correct').map(index) };
		case 'true_false':
			return { type, correct: form.get('truth') === 'true' };
		case 'short': {
			const tolerance = String(form.get('tolerance') ?? '').trim();
			return {
				type,
				accepted: lines(form.get('accepted')),
				ignoreCaseAndDiacritics: form.has('ignoreCase'),
				...(tolerance ? { tolerance: Number(tolerance.replace(',', '.')) } : {})
			};
		}
		case 'ordering':
			return { type, items: lines(form.get('items')) };
		case 'situation':
			return { type, rubric: lines(form.get('rubric')).map(rubricLine) };
		default:
			return { type };
	}
}

export type QuestionFields = Omit<QuestionInput, 'imageId'>;

/** Reads the question editor's form (all but the picture); errors are keyed by the editor's field names. */
export function questionFromForm(
	form: FormData
): { input: QuestionFields; errors?: undefined } | { input?: undefined; errors: FieldErrors } {
	const topicText = String(form.get('topicId') ?? '');
	const raw = {
		stem: String(form.get('stem') ?? ''),
		content: contentFrom(form),
		explanation: String(form.get('explanation') ?? ''),
		difficulty: String(form.get('difficulty') ?? 'medium'),
		source: String(form.get('source') ?? ''),
		tags: String(form.get('tags') ?? '')
			.split(',')
			.map((t) => t.trim())
			.filter(Boolean)
	};
	const parsed = questionDraft.safeParse(raw);
	const errors: FieldErrors = {};
	if (!(QUESTION_TYPES as readonly string[]).includes(String(form.get('type')))) errors.type = ['bank.unknownType'];
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const [first, second] = issue.path;
			const field = String(first === 'content' ? (second ?? 'type') : first);
			// The editor's rubric is one criterion per line (the import's cell separates them by ";").
			const message = field === 'rubric' && issue.message === 'bank.badRubric' ? 'bank.badRubricLine' : issue.message;
			// Said once, however many lines or options it concerns.
			if (!errors[field]?.includes(message)) (errors[field] ??= []).push(message);
		}
	}
	if (!parsed.success || Object.keys(errors).length > 0) return { errors };
	const { topic: _topic, ...draft } = parsed.data;
	return { input: { ...draft, topicId: topicText ? z.coerce.number().int().catch(0).parse(topicText) || null : null } };
}

/** The editor's fields as submitted, so a rejected form comes back exactly as the person left it. */
export function editorValuesFromForm(form: FormData): EditorValues {
	const text = (name: string) => String(form.get(name) ?? '');
	return {
		type: ((QUESTION_TYPES as readonly string[]).includes(text('type')) ? text('type') : 'single') as EditorValues['type'],
		stem: text('stem'),
		options: form.getAll('option').map(String),
		correct: form.getAll('correct').map(String),
		truth: text('truth') === 'false' ? 'false' : 'true',
		accepted: text('accepted'),
		ignoreCase: form.has('ignoreCase'),
		tolerance: text('tolerance'),
		items: text('items'),
		rubric: text('rubric'),
		explanation: text('explanation'),
		difficulty: text('difficulty'),
		source: text('source'),
		tags: text('tags'),
		topicId: text('topicId')
	};
}
