import { requireRound } from '$lib/server/contests/access';
import { loadRoundStatistics } from '$lib/server/contests/statistics';
import { statisticsWorkbook } from '$lib/server/contests/statistics-export';
import { db } from '$lib/server/db';
import { download, XLSX_TYPE } from '$lib/server/download';
import { t } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { round } = await requireRound(event);
	const workbook = await statisticsWorkbook(await loadRoundStatistics(db(), round));
	return download(workbook, t('stats.file', { round: round.name }), XLSX_TYPE);
};
