import { t } from '$lib/i18n';
import { requireRound } from '$lib/server/contests/access';
import { winnersListPdf } from '$lib/server/contests/certificates';
import { db } from '$lib/server/db';
import { download, PDF_TYPE } from '$lib/server/download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { round } = await requireRound(event);
	return download(await winnersListPdf(db(), round.id), t('certificates.winnersFile', { round: round.name }), PDF_TYPE);
};
