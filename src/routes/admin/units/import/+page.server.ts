import { z } from 'zod';
import { AppError } from '$lib/errors';
import { actorOf, audit } from '$lib/server/audit';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { readTable } from '$lib/server/import/spreadsheet';
import { importForm } from '$lib/server/import/upload';
import { importPayloadSchema } from '$lib/server/units/schemas';
import { existingUnitCodes, importUnits } from '$lib/server/units/service';
import { UNIT_SHEET, validateUnitRows } from '$lib/units/import-rows';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
};

export const actions: Actions = {
	preview: async (event) => {
		requireRole(event, 'admin');
		try {
			const table = await readTable((await importForm(event.request)).get('file'), UNIT_SHEET);
			return { preview: validateUnitRows(table, await existingUnitCodes(db())) };
		} catch (error) {
			return toFailure(error);
		}
	},
	commit: async (event) => {
		requireRole(event, 'admin');
		// No values echoed back on failure: the payload is the whole previewed file.
		const parsed = z.object({ payload: importPayloadSchema }).safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return toFailure(new AppError('import.stale'));
		try {
			const imported = await importUnits(db(), parsed.data.payload);
			await audit.record(db(), actorOf(event), { kind: 'unit.imported', after: { count: imported } });
			return { imported };
		} catch (error) {
			return toFailure(error);
		}
	}
};
