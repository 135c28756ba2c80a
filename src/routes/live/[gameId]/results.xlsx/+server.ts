import { db } from '$lib/server/db';
import { download, XLSX_TYPE } from '$lib/server/download';
import { requireGameRunner } from '$lib/server/live/access';
import { liveResultsWorkbook } from '$lib/server/live/results-export';
import { t } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { game } = await requireGameRunner(event);
	return download(await liveResultsWorkbook(db(), game), t('contest.resultsFile', { round: game.title }), XLSX_TYPE);
};
