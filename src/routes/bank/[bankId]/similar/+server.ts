import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { requireBank } from '$lib/server/bank/access';
import { similarQuestions } from '$lib/server/bank/questions';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

const query = z.object({
	stem: z.string().trim().max(5000).catch(''),
	except: z.coerce.number().int().positive().optional().catch(undefined)
});

/** The near-duplicates of a stem as it is typed, before it is saved: the same trigram check as after. */
export const GET: RequestHandler = async (event) => {
	const { bank } = await requireBank(event);
	const { stem, except } = query.parse(Object.fromEntries(event.url.searchParams));
	// Below a few words trigram similarity says nothing useful.
	if (stem.length < 12) return json([]);
	return json(await similarQuestions(db(), bank.id, stem, except));
};
