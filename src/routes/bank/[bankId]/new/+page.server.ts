import { redirect } from '@sveltejs/kit';
import { EMPTY_EDITOR } from '$lib/bank/editor-values';
import { requireBank } from '$lib/server/bank/guards';
import { questionInputFrom } from '$lib/server/bank/question-save';
import { createQuestion } from '$lib/server/bank/questions';
import { listTopics } from '$lib/server/bank/topics';
import { db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { bank } = await requireBank(event);
	return { bank, topics: await listTopics(db()), values: EMPTY_EDITOR };
};

export const actions: Actions = {
	default: async (event) => {
		const { user, bank } = await requireBank(event);
		const form = await event.request.formData();
		const { input, failure } = await questionInputFrom(db(), form, user.id, null);
		if (failure) return failure;
		const id = await createQuestion(db(), bank.id, input, user.id);
		redirect(303, `/bank/${bank.id}/questions/${id}?saved=1`);
	}
};
