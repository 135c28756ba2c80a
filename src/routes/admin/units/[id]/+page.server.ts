import { error } from '@sveltejs/kit';
import { actorOf, audit } from '$lib/server/audit';
import { changedFields } from '$lib/audit/changes';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { parseForm } from '$lib/server/forms';
import { moveUnitSchema, updateUnitSchema } from '$lib/server/units/schemas';
import { getUnit, moveUnit, unitOptions, updateUnit } from '$lib/server/units/service';
import type { Actions, PageServerLoad } from './$types';

function unitId(param: string): number {
	const id = Number(param);
	if (!Number.isInteger(id) || id <= 0) error(404, { message: 'units.notFound' });
	return id;
}

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const unit = await getUnit(db(), unitId(event.params.id));
	if (!unit) error(404, { message: 'units.notFound' });
	return { unit, parents: await unitOptions(db(), { excludeSubtree: unit.path }) };
};

export const actions: Actions = {
	update: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const { data, failure } = parseForm(updateUnitSchema, form);
		if (failure) return failure;
		try {
			const before = await getUnit(db(), unitId(event.params.id));
			await updateUnit(db(), unitId(event.params.id), data);
			await audit.record(db(), actorOf(event), {
				kind: 'unit.updated',
				object: { type: 'unit', id: event.params.id, label: data.name },
				...changedFields({ ...before }, { ...data })
			});
			return { saved: true };
		} catch (e) {
			return toFailure(e, form);
		}
	},
	move: async (event) => {
		requireRole(event, 'admin');
		const form = await event.request.formData();
		const { data, failure } = parseForm(moveUnitSchema, form);
		if (failure) return failure;
		try {
			const before = await getUnit(db(), unitId(event.params.id));
			await moveUnit(db(), unitId(event.params.id), data.parentId);
			await audit.record(db(), actorOf(event), {
				kind: 'unit.updated',
				object: { type: 'unit', id: event.params.id, label: before?.name },
				before: { parentId: before?.parentId ?? null },
				after: { parentId: data.parentId }
			});
			return { moved: true };
		} catch (e) {
			return toFailure(e, form);
		}
	}
};
