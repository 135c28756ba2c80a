import { requireRound } from '$lib/server/contests/access';
import { roundResultsWorkbook } from '$lib/server/contests/results-export';
import { db } from '$lib/server/db';
import { download, XLSX_TYPE } from '$lib/server/download';
import { t } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { round } = await requireRound(event);
	return download(await roundResultsWorkbook(db(), round.id), t('contest.resultsFile', { round: round.name }), XLSX_TYPE);
};
