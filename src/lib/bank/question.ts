import { z } from 'zod';

/**
 * A question's content, one shape per type. Pure: shared by the server (storage, grading, import and
 * export) and the editor in the browser. The key lives only here and in the server's queries; what a
 * participant may see is `ParticipantQuestion` in ./participant-view.
 */
export const QUESTION_TYPES = ['single', 'multiple', 'true_false', 'short', 'ordering', 'situation'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const QUESTION_STATUSES = ['draft', 'pending', 'approved', 'retired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

// NFC, so that "Hà Nội" typed on a Mac and on Windows is one string (duplicates, matching, search).
const text = z.string().trim().normalize('NFC').min(1, 'bank.emptyText');
const unique = (list: string[]) => new Set(list.map((o) => o.toLocaleLowerCase('vi'))).size === list.length;
const options = z
	.array(text)
	.min(MIN_OPTIONS, 'bank.tooFewOptions')
	.max(MAX_OPTIONS, 'bank.tooManyOptions')
	.refine(unique, 'bank.duplicateOptions');

/** One choice is right. */
export const singleContent = z
	.object({ type: z.literal('single'), options, correct: z.number().int().nonnegative('bank.noKey') })
	.refine((q) => q.correct < q.options.length, { path: ['correct'], message: 'bank.keyOutOfRange' });

/**
 * Several choices are right. `weights` (GIFT style, percent per option, may be negative) allows partial
 * credit when a round asks for it; all-or-nothing grading only looks at `correct`.
 */
export const multipleContent = z
	.object({
		type: z.literal('multiple'),
		options,
		correct: z.array(z.number().int().nonnegative('bank.keyOutOfRange')).min(1, 'bank.noKey'),
		weights: z.array(z.number().min(-100).max(100)).optional()
	})
	.refine((q) => q.correct.every((i) => i < q.options.length) && new Set(q.correct).size === q.correct.length, {
		path: ['correct'],
		message: 'bank.keyOutOfRange'
	})
	.refine((q) => !q.weights || q.weights.length === q.options.length, { path: ['weights'], message: 'bank.keyOutOfRange' });

export const trueFalseContent = z.object({ type: z.literal('true_false'), correct: z.boolean() });

/** A typed answer: accepted variants, optionally ignoring case and diacritics, or a number with tolerance. */
export const shortContent = z.object({
	type: z.literal('short'),
	accepted: z.array(text).min(1, 'bank.noKey'),
	ignoreCaseAndDiacritics: z.boolean().default(true),
	tolerance: z.number({ message: 'bank.badNumber' }).nonnegative('bank.badNumber').optional()
});

/** Items to put in order; stored in the right order, shuffled when shown. */
export const orderingContent = z.object({
	type: z.literal('ordering'),
	items: z
		.array(text)
		.min(MIN_OPTIONS, 'bank.tooFewOptions')
		.max(MAX_OPTIONS * 2, 'bank.tooManyOptions')
		.refine(unique, 'bank.duplicateOptions')
});

/** A situation (tình huống) answered freely and judged against named criteria. */
export const situationContent = z.object({
	type: z.literal('situation'),
	rubric: z
		.array(z.object({ criterion: text, maxPoints: z.number({ message: 'bank.badRubric' }).positive('bank.pointsPositive') }))
		.min(1, 'bank.noRubric')
});

export const questionContent = z.discriminatedUnion('type', [
	singleContent,
	multipleContent,
	trueFalseContent,
	shortContent,
	orderingContent,
	situationContent
]);
export type QuestionContent = z.infer<typeof questionContent>;

/** Everything a version of a question carries. */
export const questionDraft = z.object({
	stem: text.max(5000, 'bank.stemTooLong'),
	content: questionContent,
	explanation: z.string().trim().max(5000, 'bank.textTooLong').default(''),
	difficulty: z.enum(DIFFICULTIES, { message: 'bank.unknownDifficulty' }).default('medium'),
	source: z.string().trim().max(500, 'bank.textTooLong').default(''),
	tags: z.array(z.string().trim().min(1, 'bank.emptyText').max(50, 'bank.textTooLong')).max(20, 'bank.tooManyTags').default([]),
	topic: z.string().trim().max(200, 'bank.textTooLong').default('')
});
export type QuestionDraft = z.infer<typeof questionDraft>;
export type QuestionDraftInput = z.input<typeof questionDraft>;
