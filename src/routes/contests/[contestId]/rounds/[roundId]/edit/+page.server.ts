import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { changedFields } from '$lib/audit/changes';
import { roundValues } from '$lib/contests/round-values';
import { t } from '$lib/i18n';
import { listBanksFor } from '$lib/server/bank/banks';
import { listTopics } from '$lib/server/bank/topics';
import { requireRound } from '$lib/server/contests/access';
import { parseRoundForm } from '$lib/server/contests/round-form';
import {
	archiveRound,
	attemptCount,
	createSeries,
	deleteRound,
	duplicateRound,
	poolCells,
	sampleDraw,
	updateRoundFromForm
} from '$lib/server/contests/round-setup';
import { actorOf, audit } from '$lib/server/audit';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const seriesSchema = z.object({
	count: z.coerce
		.number({ message: 'contest.seriesOverlaps' })
		.int('contest.seriesOverlaps')
		.min(2, 'contest.seriesOverlaps')
		.max(52, 'contest.seriesOverlaps'),
	intervalDays: z.coerce
		.number({ message: 'contest.seriesOverlaps' })
		.int('contest.seriesOverlaps')
		.min(1, 'contest.seriesOverlaps')
		.max(366, 'contest.seriesOverlaps')
});

/** Only online rounds are set up here; a live game's results round follows its game. */
async function requireOnlineRound(event: Parameters<typeof requireRound>[0]) {
	const access = await requireRound(event);
	if (access.round.kind !== 'online') error(404, { message: 'errors.notFound' });
	return access;
}

export const load: PageServerLoad = async (event) => {
	const { user, contest, round } = await requireOnlineRound(event);
	const banks = await listBanksFor(db(), user);
	const [topics, cells, attempts] = await Promise.all([
		listTopics(db()),
		poolCells(
			db(),
			banks.map((b) => b.id)
		),
		attemptCount(db(), round.id)
	]);
	return { contest, round, values: roundValues(round), banks, topics, cells, frozen: attempts > 0 };
};

export const actions: Actions = {
	save: async (event) => {
		const { user, round } = await requireOnlineRound(event);
		const form = await event.request.formData();
		const { data, failure } = parseRoundForm(form);
		if (failure) return failure;
		try {
			await updateRoundFromForm(db(), user, round.id, data);
			await audit.record(db(), actorOf(event), {
				kind: 'round.updated',
				object: roundObject(round),
				...changedFields({ ...round }, { ...data })
			});
		} catch (e) {
			return toFailure(e, form);
		}
		return { roundSaved: true };
	},
	/** Xem thử: a draw of the saved blueprint, as a participant starting now would get. */
	sample: async (event) => {
		const { round } = await requireOnlineRound(event);
		return { sample: await sampleDraw(db(), round.bankId, round.blueprint) };
	},
	duplicate: async (event) => {
		const { contest, round } = await requireOnlineRound(event);
		const name = `${round.name} (${t('contest.copySuffix')})`;
		const id = await duplicateRound(db(), round.id, name);
		await audit.record(db(), actorOf(event), {
			kind: 'round.created',
			object: { type: 'round', id, label: name },
			after: { copyOf: round.id }
		});
		redirect(303, `/contests/${contest.id}/rounds/${id}/edit`);
	},
	series: async (event) => {
		const { round } = await requireOnlineRound(event);
		const form = await event.request.formData();
		const { data, failure } = parseForm(seriesSchema, form);
		if (failure) return failure;
		try {
			const created = await createSeries(db(), round.id, data.count, data.intervalDays);
			await audit.record(db(), actorOf(event), {
				kind: 'round.created',
				object: roundObject(round),
				after: { series: created, intervalDays: data.intervalDays }
			});
			return { seriesCreated: created.length };
		} catch (e) {
			return toFailure(e, form);
		}
	},
	delete: async (event) => {
		const { contest, round } = await requireOnlineRound(event);
		const form = await event.request.formData();
		try {
			await deleteRound(db(), round.id);
			await audit.record(db(), actorOf(event), { kind: 'round.deleted', object: roundObject(round), before: { ...round } });
		} catch (e) {
			return toFailure(e, form);
		}
		redirect(303, `/contests/${contest.id}`);
	},
	archive: async (event) => {
		const { round } = await requireOnlineRound(event);
		await archiveRound(db(), round.id);
		await audit.record(db(), actorOf(event), { kind: 'round.archived', object: roundObject(round) });
		return { roundArchived: true };
	}
};

const roundObject = (round: { id: number; name: string }) => ({ type: 'round', id: round.id, label: round.name });
