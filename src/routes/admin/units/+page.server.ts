import { actorOf, audit } from '$lib/server/audit';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { parseForm } from '$lib/server/forms';
import { createUnitSchema } from '$lib/server/units/schemas';
import { createUnit, listUnits, unitOptions } from '$lib/server/units/service';
import { buildTree, flattenTree } from '$lib/units/tree';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const [units, options] = await Promise.all([listUnits(db()), unitOptions(db())]);
	return { units: flattenTree(buildTree(units)).map(({ children: _c, ...unit }) => unit), options };
};

export const actions: Actions = {
	create: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const { data, failure } = parseForm(createUnitSchema, form);
		if (failure) return failure;
		try {
			const created = await createUnit(db(), data);
			await audit.record(db(), actorOf(event), {
				kind: 'unit.created',
				object: { type: 'unit', id: created.id, label: created.name },
				after: data
			});
			return { created: created.name };
		} catch (error) {
			return toFailure(error, form);
		}
	}
};
