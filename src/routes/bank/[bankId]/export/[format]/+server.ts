import { error } from '@sveltejs/kit';
import { toAiken } from '$lib/bank/formats/aiken-write';
import { toGift } from '$lib/bank/formats/gift-write';
import { draftsToRows, QUESTION_SHEET } from '$lib/bank/formats/table';
import { TEMPLATE_EXAMPLES } from '$lib/bank/formats/template-examples';
import { answerKeyDocx, examPaperDocx } from '$lib/server/bank/exam-paper';
import { exportableFor } from '$lib/server/bank/export';
import { requireBank } from '$lib/server/bank/access';
import { markVersionsUsed } from '$lib/server/bank/questions';
import { db } from '$lib/server/db';
import { DOCX_TYPE, download, TEXT_TYPE, XLSX_TYPE } from '$lib/server/download';
import { workbookOf } from '$lib/server/import/spreadsheet';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const { bank } = await requireBank(event);
	const questions = await exportableFor(db(), bank.id, event.url.searchParams);
	const drafts = questions.map((q) => q.draft);
	const name = `ngan-hang-cau-hoi-${bank.id}`;
	switch (event.params.format) {
		case 'xlsx': {
			const [headings, ...rows] = draftsToRows(drafts);
			return download(await workbookOf(QUESTION_SHEET, headings, rows), `${name}.xlsx`, XLSX_TYPE);
		}
		case 'template': {
			const [headings, ...rows] = draftsToRows(TEMPLATE_EXAMPLES);
			return download(await workbookOf(QUESTION_SHEET, headings, rows), 'mau-nhap-cau-hoi.xlsx', XLSX_TYPE);
		}
		case 'aiken':
			return download(toAiken(drafts).text, `${name}-aiken.txt`, TEXT_TYPE);
		case 'gift':
			return download(toGift(drafts), `${name}-gift.txt`, TEXT_TYPE);
		case 'docx': {
			const paper = { issuer: bank.unitName, title: bank.name, questions: drafts };
			if (event.url.searchParams.get('part') === 'key') {
				return download(await answerKeyDocx(paper), `${name}-dap-an.docx`, DOCX_TYPE);
			}
			// A printed paper cannot change: what it shows is frozen, later edits become new versions.
			await markVersionsUsed(
				db(),
				questions.map((q) => q.versionId)
			);
			return download(await examPaperDocx(paper), `${name}-de-thi.docx`, DOCX_TYPE);
		}
		default:
			error(404, { message: 'errors.notFound' });
	}
};
