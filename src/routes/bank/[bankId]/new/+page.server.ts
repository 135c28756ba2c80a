import { redirect } from '@sveltejs/kit';
import { EMPTY_EDITOR } from '$lib/bank/editor-values';
import { requireBank } from '$lib/server/bank/access';
import { createQuestionFromForm } from '$lib/server/bank/question-save';
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
		const saved = await createQuestionFromForm(db(), bank.id, form, user.id);
		if (saved.failure) return saved.failure;
		redirect(303, `/bank/${bank.id}/questions/${saved.id}?saved=1`);
	}
};
