import { toAiken, type AikenLoss } from '$lib/bank/formats/aiken-write';
import { requireBank } from '$lib/server/bank/access';
import { exportableFor } from '$lib/server/bank/export';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/** Before the Aiken download: how many questions the file will hold, and what Aiken cannot. */
export const load: PageServerLoad = async (event) => {
	const { bank } = await requireBank(event);
	const questions = await exportableFor(db(), bank.id, event.url.searchParams);
	const { lost } = toAiken(questions.map((q) => q.draft));
	const counts = new Map<AikenLoss, number>();
	for (const { reason } of lost) counts.set(reason, (counts.get(reason) ?? 0) + 1);
	const notWritten = new Set(
		lost.filter((l) => l.reason === 'bank.aiken.notSingle' || l.reason === 'bank.aiken.cannotWrite').map((l) => l.index)
	);
	return {
		bank: { id: bank.id, name: bank.name },
		total: questions.length,
		written: questions.length - notWritten.size,
		losses: [...counts].map(([reason, count]) => ({ reason, count }))
	};
};
