import { z } from 'zod';
import { loginIdentifier } from '$lib/auth/phone';
import { listTopics } from '$lib/server/bank/topics';
import { findLoginCandidate } from '$lib/server/auth/users';
import { requireRound } from '$lib/server/contests/access';
import { grantOverride, listOverrides, removeOverride } from '$lib/server/contests/overrides';
import { endRoundNow } from '$lib/server/contests/round-end';
import { roundOverview } from '$lib/server/contests/round-results';
import { attemptCount } from '$lib/server/contests/round-setup';
import { actorOf, audit } from '$lib/server/audit';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { formError, parseForm } from '$lib/server/forms';
import { keptUnit, keptUnitOptions } from '$lib/server/units/access';
import type { Actions, PageServerLoad } from './$types';

const vietnamTime = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'contest.invalid')
	.transform((v) => new Date(`${v}:00+07:00`));

const overrideSchema = z.object({
	target: z.enum(['person', 'unit']),
	person: z.string().trim().max(200).default(''),
	unitId: z.union([z.literal(''), z.coerce.number().int().positive()]).default(''),
	extraMinutes: z
		.union([
			z.literal(''),
			z.coerce
				.number({ message: 'contest.invalid' })
				.int('contest.invalid')
				.min(0, 'contest.invalid')
				.max(24 * 60, 'contest.invalid')
		])
		.transform((v) => v || 0),
	closesAt: z
		.union([z.literal(''), vietnamTime])
		.default('')
		.transform((v) => v || null),
	reason: z.string().trim().min(1, 'contest.invalid').max(500, 'contest.invalid')
});

export const load: PageServerLoad = async (event) => {
	const { user, contest, round } = await requireRound(event);
	const [overview, overrides, attempts, topics, units] = await Promise.all([
		roundOverview(db(), round),
		listOverrides(db(), round.id),
		attemptCount(db(), round.id),
		listTopics(db()),
		keptUnitOptions(db(), user)
	]);
	return { contest, round, ...overview, overrides, attempts, topics, units, now: new Date() };
};

export const actions: Actions = {
	/** "Kết thúc đợt thi ngay": the round closes at this instant on the server's clock. */
	endNow: async (event) => {
		const { round } = await requireRound(event);
		try {
			await endRoundNow(db(), round.id);
			await audit.record(db(), actorOf(event), {
				kind: 'round.ended',
				object: { type: 'round', id: round.id, label: round.name },
				before: { closesAt: round.closesAt },
				after: { closesAt: new Date() }
			});
		} catch (error) {
			return toFailure(error, { endNow: true });
		}
		return { roundEnded: true };
	},
	/** A later close or extra minutes for one participant (by phone or e-mail) or a unit, with the reason. */
	grantOverride: async (event) => {
		const { user, round } = await requireRound(event);
		const form = await event.request.formData();
		const { data, failure } = parseForm(overrideSchema, form);
		if (failure) return failure;
		let target: { userId: string | null; unitId: number | null };
		if (data.target === 'person') {
			const identifier = loginIdentifier(data.person);
			const found = identifier && (await findLoginCandidate(db(), identifier));
			if (!found) return formError(form, 'contest.overridePersonNotFound', { field: 'person' });
			target = { userId: found.id, unitId: null };
		} else {
			if (!data.unitId || !(await keptUnit(db(), user, data.unitId))) return formError(form, 'errors.forbidden', { field: 'unitId' });
			target = { userId: null, unitId: data.unitId };
		}
		try {
			await grantOverride(
				db(),
				round.id,
				{ ...target, closesAt: data.closesAt, extraSeconds: data.extraMinutes * 60, reason: data.reason },
				user.id
			);
			await audit.record(db(), actorOf(event), {
				kind: 'round.override',
				object: { type: 'round', id: round.id, label: round.name },
				after: { ...target, closesAt: data.closesAt, extraMinutes: data.extraMinutes, reason: data.reason }
			});
		} catch (error) {
			return toFailure(error, form);
		}
		return { overrideGranted: true };
	},
	removeOverride: async (event) => {
		const { round } = await requireRound(event);
		const form = await event.request.formData();
		const id = Number(form.get('overrideId'));
		if (Number.isInteger(id) && id > 0) {
			await removeOverride(db(), round.id, id);
			await audit.record(db(), actorOf(event), {
				kind: 'round.override',
				object: { type: 'round', id: round.id, label: round.name },
				before: { overrideId: id }
			});
		}
		return { overrideRemoved: true };
	}
};
