import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { BANK_ROLES } from '$lib/auth/roles';
import { requireRole } from '$lib/server/auth/guards';
import { createBank, listBanksFor } from '$lib/server/bank/banks';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/forms';
import { keptUnit, keptUnitOptions } from '$lib/server/units/access';
import type { Actions, PageServerLoad } from './$types';

const bankSchema = z.object({
	name: z.string().trim().min(1, 'bank.nameRequired').max(200, 'bank.nameRequired'),
	description: z.string().trim().max(2000).default(''),
	unitId: z.coerce.number({ message: 'auth.unitRequired' }).int().positive('auth.unitRequired')
});

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, ...BANK_ROLES);
	const [banks, units] = await Promise.all([listBanksFor(db(), user), keptUnitOptions(db(), user)]);
	return { banks, units, defaultUnitId: user.unitId };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, ...BANK_ROLES);
		const form = await event.request.formData();
		const { data, failure } = parseForm(bankSchema, form);
		if (failure) return failure;
		if (!(await keptUnit(db(), user, data.unitId))) return formError(form, 'bank.forbidden', { field: 'unitId' });
		const id = await createBank(db(), data);
		redirect(303, `/bank/${id}`);
	}
};
