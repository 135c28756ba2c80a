import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { questionDraft } from '$lib/bank/question';
import { requireBank } from '$lib/server/bank/guards';
import { importQuestions, previewImport, readQuestionFile } from '$lib/server/bank/import';
import { db } from '$lib/server/db';
import { jsonField } from '$lib/server/forms';
import { ImportFileError } from '$lib/server/import/spreadsheet';
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
			if (errors.length > 0) return { fileName: (file as File).name, errors };
			const preview = await previewImport(db(), bank.id, drafts);
			return { fileName: (file as File).name, errors, ...preview };
		} catch (error) {
			if (error instanceof ImportFileError) return fail(400, { message: error.code });
			throw error;
		}
	},
	commit: async (event) => {
		const { user, bank, canApprove } = await requireBank(event);
		const parsed = commitSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { message: 'import.stale' });
		const { status, payload } = parsed.data;
		const result = await importQuestions(db(), bank.id, payload, user.id, status === 'approved' && !canApprove ? 'pending' : status);
		return { imported: result };
	}
};
