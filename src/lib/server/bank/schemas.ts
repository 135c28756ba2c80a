import { z } from 'zod';
import { DIFFICULTIES, QUESTION_STATUSES, QUESTION_TYPES } from '$lib/bank/question';
import { parseCursor } from '$lib/bank/word-search';

/** Browse filters from the URL: anything malformed is simply ignored. */
export const browseQuerySchema = z.object({
	q: z.string().max(200).catch(''),
	topic: z.coerce.number().int().positive().optional().catch(undefined),
	type: z.enum(QUESTION_TYPES).optional().catch(undefined),
	difficulty: z.enum(DIFFICULTIES).optional().catch(undefined),
	status: z.enum(QUESTION_STATUSES).optional().catch(undefined),
	tag: z.string().max(50).catch(''),
	before: z
		.string()
		.transform((v) => parseCursor(v) ?? undefined)
		.optional()
		.catch(undefined)
});

export const bulkSchema = z.object({
	action: z.enum(['approve', 'retire', 'submit', 'move']),
	topicId: z
		.union([
			z.literal(''),
			z.coerce
				.number()
				.int()
				.positive()
				.max(2 ** 31 - 1)
		])
		.optional()
		.transform((v) => (v ? v : null)),
	ids: z.array(z.coerce.number().int().positive()).max(500)
});
