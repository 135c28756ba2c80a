import { z } from 'zod';
import {
	ALL_OUT_RULES,
	DEFAULT_GRACE_SEC,
	type GameConfig,
	isValidId,
	MAX_ANSWER_WINDOW_SEC,
	MAX_GRACE_SEC,
	MAX_TIME_LIMIT_SEC,
	MIN_TIME_LIMIT_SEC,
	POINTS_MODES,
	SEGMENT_KINDS,
	STAKERS
} from '$lib/live/config';
import { MAX_ROSTER_TEXT, parseRoster, rosterIssueText } from '$lib/live/roster';

/**
 * The organizer's "new live game" form: which contest and bank, who may play (anyone of the contest's
 * units, guests too, or only the assigned contestants), the judges, how long a dropped player holds up
 * the auto-lock, and the parts of the show as rows.
 * Rows arrive as repeated fields (one `kind`, `segmentTitle`… per row, in order).
 */

export const MAX_SEGMENTS = 20;
export const MAX_JUDGES = 20;

const whole = (min: number, max: number, message: string) => z.coerce.number({ message }).int(message).min(min, message).max(max, message);

const segmentRow = z.object({
	kind: z.enum(SEGMENT_KINDS, { message: 'live.form.kindInvalid' }),
	title: z.string().trim().min(1, 'live.form.segmentTitleRequired').max(200, 'live.form.tooLong'),
	count: whole(1, 100, 'live.form.countInvalid'),
	timeLimitSec: whole(MIN_TIME_LIMIT_SEC, MAX_TIME_LIMIT_SEC, 'live.config.timeLimit'),
	points: whole(0, 10_000, 'live.form.pointsInvalid'),
	pointsMode: z.enum(POINTS_MODES, { message: 'live.form.pointsModeInvalid' }),
	// Each kind's own setting; the others are posted as blanks and ignored.
	penalty: whole(0, 10_000, 'live.form.penaltyInvalid').optional(),
	streakStep: whole(0, 1_000, 'live.form.streakInvalid').optional(),
	dropExtremes: z
		.enum(['no', 'yes'], { message: 'live.form.dropExtremesInvalid' })
		.transform((v) => v === 'yes')
		.optional(),
	/** Buzzer: seconds the buzzer has to answer, the clock stopped; 0 for no window. */
	answerWindowSec: whole(0, MAX_ANSWER_WINDOW_SEC, 'live.form.answerWindowInvalid').optional(),
	allOut: z.enum(ALL_OUT_RULES, { message: 'live.form.allOutInvalid' }).optional(),
	starBy: z.enum(STAKERS, { message: 'live.form.starByInvalid' }).optional()
});

/** The assigned seats, one a line; each problem is already the organizer's sentence naming its line. */
const roster = z
	.string()
	.max(MAX_ROSTER_TEXT, 'live.roster.tooLong')
	.transform((text, ctx) => {
		const { lines, issues } = parseRoster(text);
		for (const issue of issues) ctx.addIssue({ code: 'custom', message: rosterIssueText(issue) });
		return lines;
	});

export const gameFormSchema = z.object({
	contestId: whole(1, 2 ** 31 - 1, 'live.form.contestRequired'),
	bankId: whole(1, 2 ** 31 - 1, 'live.form.bankRequired'),
	title: z.string().trim().min(1, 'live.form.titleRequired').max(300, 'live.form.tooLong'),
	guests: z.boolean(),
	roster,
	judges: z.array(z.string().refine(isValidId, 'live.form.judgeInvalid')).max(MAX_JUDGES, 'live.form.tooManyJudges'),
	// A blank field is an error, not 0 seconds.
	graceSec: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
		whole(0, MAX_GRACE_SEC, 'live.form.graceInvalid')
	),
	segments: z.array(segmentRow).min(1, 'live.config.noSegments').max(MAX_SEGMENTS, 'live.form.tooManySegments')
});

export type GameForm = z.output<typeof gameFormSchema>;

/** The form's fields as posted, for the schema and for showing the form again after a refusal. */
export interface GameFormValues {
	contestId: string;
	bankId: string;
	title: string;
	guests: boolean;
	roster: string;
	judges: string[];
	graceSec: string;
	segments: {
		kind: string;
		title: string;
		count: string;
		timeLimitSec: string;
		points: string;
		pointsMode: string;
		penalty: string;
		streakStep: string;
		dropExtremes: string;
		answerWindowSec: string;
		allOut: string;
		starBy: string;
	}[];
}

const text = (form: FormData, name: string): string => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};
const texts = (form: FormData, name: string): string[] => form.getAll(name).map((v) => (typeof v === 'string' ? v : ''));

export function readGameForm(form: FormData): GameFormValues {
	const kinds = texts(form, 'kind');
	const column = (name: string) => {
		const values = texts(form, name);
		return (i: number) => values[i] ?? '';
	};
	const [title, count, seconds, points, mode, penalty, streakStep, dropExtremes, answerWindowSec, allOut, starBy] = [
		'segmentTitle',
		'count',
		'timeLimitSec',
		'points',
		'pointsMode',
		'penalty',
		'streakStep',
		'dropExtremes',
		'answerWindowSec',
		'allOut',
		'starBy'
	].map(column);
	return {
		contestId: text(form, 'contestId'),
		bankId: text(form, 'bankId'),
		title: text(form, 'title'),
		guests: form.get('guests') === 'on',
		roster: text(form, 'roster'),
		judges: texts(form, 'judges'),
		graceSec: text(form, 'graceSec'),
		segments: kinds.slice(0, MAX_SEGMENTS + 1).map((kind, i) => ({
			kind,
			title: title(i),
			count: count(i),
			timeLimitSec: seconds(i),
			points: points(i),
			pointsMode: mode(i),
			penalty: penalty(i),
			streakStep: streakStep(i),
			dropExtremes: dropExtremes(i) || 'no',
			answerWindowSec: answerWindowSec(i),
			allOut: allOut(i) || 'revive',
			starBy: starBy(i) || 'host'
		}))
	};
}

/** Field errors keyed by path ("title", "segments.1.timeLimitSec"): each row's errors stay with that row. */
export type GameFormErrors = Record<string, string[]>;

export function parseGameForm(
	values: GameFormValues
): { data: GameForm; errors?: undefined } | { data?: undefined; errors: GameFormErrors } {
	const parsed = gameFormSchema.safeParse(values);
	const errors: GameFormErrors = {};
	// An assigned competition is for accounts: guests and a roster do not go together.
	if (values.guests && values.roster.trim()) errors.roster = ['live.roster.withGuests'];
	for (const issue of parsed.error?.issues ?? []) (errors[issue.path.join('.')] ??= []).push(issue.message);
	return parsed.success && Object.keys(errors).length === 0 ? { data: parsed.data } : { errors };
}

/**
 * The form's values for a game already set up, to edit it in the lobby: each part as the organizer set
 * it (its first question's time and points stand for all of them, as the form gives them to every one).
 */
export function gameFormValues(
	game: { contestId: number; title: string; guests: boolean; config: GameConfig },
	bankId: number
): GameFormValues {
	return {
		contestId: String(game.contestId),
		bankId: String(bankId),
		title: game.title,
		guests: game.guests,
		roster: '',
		judges: game.config.judges.map((j) => j.id),
		graceSec: String(game.config.graceSec ?? DEFAULT_GRACE_SEC),
		segments: game.config.segments.map((s) => {
			const first = s.questions[0];
			const device = s.kind === 'knowledge' || s.kind === 'final' || s.kind === 'elimination';
			return {
				kind: s.kind,
				title: s.title,
				count: String(s.questions.length),
				timeLimitSec: String(first.timeLimitSec),
				points: String(first.points),
				pointsMode: device ? s.pointsMode : 'fixed',
				penalty: s.kind === 'buzzer' ? String(s.penalty) : '0',
				streakStep: device ? String(s.streakBonus?.step ?? 0) : '0',
				dropExtremes: s.kind === 'situation' && s.dropExtremes ? 'yes' : 'no',
				answerWindowSec: s.kind === 'buzzer' ? String(s.answerWindowSec ?? 0) : '5',
				allOut: s.kind === 'elimination' ? (s.allOut ?? 'revive') : 'revive',
				starBy: s.kind === 'final' ? (s.starBy ?? 'host') : 'host'
			};
		})
	};
}
