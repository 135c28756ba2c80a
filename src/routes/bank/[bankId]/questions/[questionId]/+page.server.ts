import { redirect } from '@sveltejs/kit';
import { editorValuesOf } from '$lib/bank/editor-values';
import { AppError } from '$lib/errors';
import type { RequestEvent } from './$types';
import { needsApprover, requireQuestion } from '$lib/server/bank/access';
import { updateQuestionFromForm } from '$lib/server/bank/question-save';
import { bulkUpdate, deleteOwnDraft, questionHistory, similarQuestions } from '$lib/server/bank/questions';
import { listTopics } from '$lib/server/bank/topics';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { bank, question, canApprove } = await requireQuestion(event);
	const [history, topics, similar] = await Promise.all([
		questionHistory(db(), question.id),
		listTopics(db()),
		similarQuestions(db(), bank.id, question.stem, question.id)
	]);
	return {
		bank,
		question,
		canApprove,
		// Only its author may delete a draft nothing has used; the service checks again.
		canDelete: question.status === 'draft' && question.authorId === event.locals.user?.id && !history.some((v) => v.used),
		values: editorValuesOf(question),
		history,
		topics,
		saved: event.url.searchParams.has('saved'),
		similar
	};
};

async function setStatus(event: RequestEvent, kind: 'approve' | 'retire' | 'submit') {
	const { user, bank, question, canApprove } = await requireQuestion(event);
	if (needsApprover(kind) && !canApprove) return toFailure(new AppError('bank.approveForbidden', { status: 403 }));
	await bulkUpdate(db(), bank.id, [question.id], { kind }, user.id);
	return { statusChanged: kind };
}

export const actions: Actions = {
	update: async (event) => {
		const { user, question, canApprove } = await requireQuestion(event);
		const form = await event.request.formData();
		const saved = await updateQuestionFromForm(db(), question, form, { id: user.id, canApprove });
		return saved.failure ?? { updated: saved.updated };
	},
	approve: (event) => setStatus(event, 'approve'),
	retire: (event) => setStatus(event, 'retire'),
	submit: (event) => setStatus(event, 'submit'),
	delete: async (event) => {
		const { user, bank, question } = await requireQuestion(event);
		try {
			await deleteOwnDraft(db(), question.id, user.id);
		} catch (e) {
			return toFailure(e);
		}
		redirect(303, `/bank/${bank.id}?deleted=1`);
	}
};
