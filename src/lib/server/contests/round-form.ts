import { z } from 'zod';
import { DIFFICULTIES } from '$lib/bank/question';
import type { Blueprint } from '$lib/contests/draw';
import { AppError } from '$lib/errors';
import { toFailure } from '$lib/server/errors';
import { parseForm } from '$lib/server/forms';

/** "2026-11-24T08:00" from a datetime-local input, read as Vietnam time (UTC+7, no DST). */
const vietnamTime = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'contest.invalid')
	.transform((v) => new Date(`${v}:00+07:00`));

const count = (min: number, max: number) =>
	z.coerce.number({ message: 'contest.invalid' }).int('contest.invalid').min(min, 'contest.invalid').max(max, 'contest.invalid');

const checkbox = z.literal('on').optional().transform(Boolean);

export const roundFormSchema = z
	.object({
		name: z.string().trim().min(1, 'contest.invalid').max(200),
		bankId: count(1, 2 ** 31 - 1),
		opensAt: vietnamTime,
		closesAt: vietnamTime,
		timeLimitMinutes: count(1, 24 * 60),
		attemptsAllowed: count(1, 20),
		countingAttempt: z.enum(['best', 'first', 'last']),
		predictionEnabled: checkbox,
		shuffleQuestions: checkbox,
		shuffleOptions: checkbox,
		trackFocus: checkbox,
		showAnswers: z.enum(['never', 'after_submit', 'after_close']),
		layout: z.enum(['all', 'one']),
		first: count(0, 100),
		second: count(0, 100),
		third: count(0, 100),
		consolation: count(0, 1000),
		/** The revision the form was loaded at (edits only). */
		revision: z.coerce.number().int().positive().optional()
	})
	.refine((r) => r.closesAt > r.opensAt, { path: ['closesAt'], message: 'contest.windowInvalid' });

/** One row of the blueprint matrix: topic (with its subtopics) × difficulty × count. */
const blueprintLine = z.object({
	topicId: z.union([z.literal(''), count(1, 2 ** 31 - 1)]).transform((v) => (v === '' ? null : v)),
	difficulty: z.union([z.enum(DIFFICULTIES), z.literal('')]).transform((v) => v || null),
	count: count(1, 200)
});
export const MAX_BLUEPRINT_ROWS = 20;

export type RoundForm = z.output<typeof roundFormSchema> & { blueprint: Blueprint };

/**
 * The round form: its fields, and the blueprint's rows from the repeated `topicId`, `difficulty` and
 * `questionCount` fields (a row whose count is left empty is dropped). A wrong row is named under
 * `questionCount` with its number.
 */
export function parseRoundForm(form: FormData) {
	const parsed = parseForm(roundFormSchema, form);
	const counts = form.getAll('questionCount').map(String);
	const topics = form.getAll('topicId').map(String);
	const difficulties = form.getAll('difficulty').map(String);
	const rows = counts.flatMap((c, i) =>
		c.trim() === '' ? [] : [{ topicId: topics[i] ?? '', difficulty: difficulties[i] ?? '', count: c.trim() }]
	);
	const lines = z.array(blueprintLine).min(1).max(MAX_BLUEPRINT_ROWS).safeParse(rows);
	if (!lines.success) {
		const row = Number(lines.error.issues[0]?.path[0] ?? 0) + 1;
		const failure =
			parsed.failure ?? toFailure(new AppError('contest.blueprintRowInvalid', { field: 'questionCount', params: { row } }), form);
		return { failure };
	}
	if (parsed.failure) return { failure: parsed.failure };
	return { data: { ...parsed.data, blueprint: lines.data } satisfies RoundForm };
}

export const contestFormSchema = z.object({
	title: z.string().trim().min(1, 'contest.invalid').max(300),
	rules: z.string().trim().max(20_000).default(''),
	scopeUnitId: count(1, 2 ** 31 - 1),
	leaderboardPublic: checkbox
});
