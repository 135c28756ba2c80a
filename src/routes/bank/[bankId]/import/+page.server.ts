import { z } from 'zod';
import { questionDraft } from '$lib/bank/question';
import { AppError } from '$lib/errors';
import { requireBank } from '$lib/server/bank/access';
import { importQuestions, previewImport, readQuestionFile } from '$lib/server/bank/import';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { jsonField } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const formatSchema = z.enum(['auto', 'aiken', 'gift']).catch('auto');
const commitSchema = z.object({
	status: z.enum(['draft', 'pending', 'approved']).catch('draft'),
	payload: jsonField(z.array(questionDraft).min(1).max(20_000))
});

export const load: PageServerLoad = async (event) => {
	const { bank, canApprove } = await requireBank(event);
	return { bank, canApprove };
};

export const actions: Actions = {
	preview: async (event) => {
		const { bank } = await requireBank(event);
		const form = await event.request.formData();
		const file = form.get('file');
		try {
			const { drafts, errors } = await readQuestionFile(file instanceof File ? file : null, formatSchema.parse(form.get('format')));
			// A file with errors imports nothing: its errors are all the page shows.
			return errors.length > 0 ? { rowErrors: errors } : { preview: await previewImport(db(), bank.id, drafts) };
		} catch (error) {
			return toFailure(error);
		}
	},
	commit: async (event) => {
		const { user, bank, canApprove } = await requireBank(event);
		const parsed = commitSchema.safeParse(Object.fromEntries(await event.request.formData()));
		// No values echoed back on failure: the payload is the whole previewed file.
		if (!parsed.success) return toFailure(new AppError('import.stale'));
		const { status, payload } = parsed.data;
		const result = await importQuestions(db(), bank.id, payload, user.id, status === 'approved' && !canApprove ? 'pending' : status);
		return { imported: result };
	}
};
