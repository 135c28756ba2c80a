import { error } from '@sveltejs/kit';
import { requireContest } from '$lib/server/contests/access';
import { closeExpiredAttempts } from '$lib/server/contests/attempts';
import { listRounds } from '$lib/server/contests/contests';
import { roundResultsWorkbook } from '$lib/server/contests/results-export';
import { db } from '$lib/server/db';
import { download, XLSX_TYPE } from '$lib/server/download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { contest } = await requireContest(event);
	const round = (await listRounds(db(), contest.id)).find((r) => r.id === Number(event.params.roundId));
	if (!round) error(404, { message: 'errors.notFound' });
	await closeExpiredAttempts(db(), round.id);
	return download(await roundResultsWorkbook(db(), round.id), `ket-qua-${round.name}.xlsx`, XLSX_TYPE);
};
