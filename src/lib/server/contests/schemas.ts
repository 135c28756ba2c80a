import { z } from 'zod';
import { checkPrediction } from '$lib/contests/submit-check';

/** One answer as the participant's screen sends it (indices are positions on that screen). */
export const responseSchema = z.union([
	z.object({ choice: z.number().int().min(0).max(20) }),
	z.object({ choices: z.array(z.number().int().min(0).max(20)).max(20) }),
	z.object({ value: z.boolean() }),
	z.object({ text: z.string().max(500) }),
	z.object({ order: z.array(z.number().int().min(0).max(20)).max(20) })
]);

export const saveAnswerSchema = z.object({
	position: z.number().int().min(0).max(500),
	response: responseSchema,
	/** The online page's revision of the answer (see `saveAnswer`); older clients send none. */
	revision: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional()
});

export const submitSchema = z.object({
	prediction: z
		.string()
		.optional()
		.transform((raw, ctx) => {
			const checked = checkPrediction(raw ?? '');
			if (checked.ok) return checked.value;
			ctx.addIssue({ code: 'custom', message: checked.error });
			return z.NEVER;
		})
});
