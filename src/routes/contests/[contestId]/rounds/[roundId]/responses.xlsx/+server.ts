import { t } from '$lib/i18n';
import { requireRound } from '$lib/server/contests/access';
import { roundResponsesWorkbook } from '$lib/server/contests/responses';
import { db } from '$lib/server/db';
import { download, XLSX_TYPE } from '$lib/server/download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { round } = await requireRound(event);
	return download(await roundResponsesWorkbook(db(), round.id), t('contest.responsesFile', { round: round.name }), XLSX_TYPE);
};
