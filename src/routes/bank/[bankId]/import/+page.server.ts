import { actorOf, audit } from '$lib/server/audit';
import { z } from 'zod';
import { MAX_IMPORT_QUESTIONS } from '$lib/bank/formats/common';
import { questionDraft } from '$lib/bank/question';
import { AppError } from '$lib/errors';
import { requireBank } from '$lib/server/bank/access';
import { importQuestions, previewImport } from '$lib/server/bank/import';
import { readQuestionFile } from '$lib/server/bank/question-file';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { jsonField } from '$lib/server/forms';
import { importForm } from '$lib/server/import/upload';
import type { Actions, PageServerLoad } from './$types';

const formatSchema = z.enum(['auto', 'aiken', 'gift']).catch('auto');
const commitSchema = z.object({
	status: z.enum(['draft', 'pending', 'approved']).catch('draft'),
	payload: jsonField(z.array(questionDraft).min(1).max(MAX_IMPORT_QUESTIONS))
});

export const load: PageServerLoad = async (event) => {
	const { bank, canApprove } = await requireBank(event);
	return { bank, canApprove };
};

export const actions: Actions = {
	preview: async (event) => {
		const { bank } = await requireBank(event);
		try {
			const form = await importForm(event.request);
			const imported = await readQuestionFile(form.get('file'), formatSchema.parse(form.get('format')));
			// A file with errors imports nothing: its errors are all the page shows.
			if (imported.errors.length > 0) return { rowErrors: imported.errors };
			const preview = await previewImport(db(), bank.id, imported);
			return preview.errors.length > 0 ? { rowErrors: preview.errors } : { preview };
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
		try {
			const stored = status === 'approved' && !canApprove ? 'pending' : status;
			const imported = await importQuestions(db(), bank.id, payload, user.id, stored);
			await audit.record(db(), actorOf(event), {
				kind: 'bank.imported',
				object: { type: 'bank', id: bank.id, label: bank.name },
				after: { imported, status: stored }
			});
			return { imported };
		} catch (error) {
			return toFailure(error);
		}
	}
};
