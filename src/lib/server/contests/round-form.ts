import { z } from 'zod';
import { DIFFICULTIES } from '$lib/bank/question';

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
		questionCount: count(1, 200),
		topicId: z.union([z.literal(''), count(1, 2 ** 31 - 1)]).transform((v) => (v === '' ? null : v)),
		difficulty: z.union([z.enum(DIFFICULTIES), z.literal('')]).transform((v) => v || null),
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
		consolation: count(0, 1000)
	})
	.refine((r) => r.closesAt > r.opensAt, { path: ['closesAt'], message: 'contest.windowInvalid' });

export type RoundForm = z.output<typeof roundFormSchema>;

export const contestFormSchema = z.object({
	title: z.string().trim().min(1, 'contest.invalid').max(300),
	rules: z.string().trim().max(20_000).default(''),
	scopeUnitId: count(1, 2 ** 31 - 1),
	leaderboardPublic: checkbox
});
