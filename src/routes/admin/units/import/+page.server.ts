import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { ImportFileError, readTable } from '$lib/server/import/spreadsheet';
import { importPayloadSchema } from '$lib/server/units/schemas';
import { UnitError, existingUnitCodes, importUnits } from '$lib/server/units/service';
import { validateUnitRows } from '$lib/units/import-rows';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
};

export const actions: Actions = {
	preview: async (event) => {
		requireRole(event, 'admin');
		const file = (await event.request.formData()).get('file');
		try {
			const table = await readTable(file instanceof File ? file : null);
			const preview = validateUnitRows(table, await existingUnitCodes(db()));
			return { fileName: (file as File).name, ...preview };
		} catch (error) {
			if (error instanceof ImportFileError) return fail(400, { message: error.code });
			throw error;
		}
	},
	commit: async (event) => {
		requireRole(event, 'admin');
		const parsed = z.object({ payload: importPayloadSchema }).safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { message: 'import.stale' });
		try {
			return { imported: await importUnits(db(), parsed.data.payload) };
		} catch (error) {
			// A code taken or a parent removed since the preview: nothing was written.
			if (error instanceof UnitError) return fail(409, { message: 'import.stale' });
			throw error;
		}
	}
};
