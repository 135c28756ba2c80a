import { requireRole } from '$lib/server/auth/guards';
import { download, XLSX_TYPE } from '$lib/server/download';
import { workbookOf } from '$lib/server/import/spreadsheet';
import { UNIT_IMPORT_COLUMNS, UNIT_SHEET } from '$lib/units/import-rows';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const body = await workbookOf(UNIT_SHEET, Object.values(UNIT_IMPORT_COLUMNS), [
		['H01', 'Huyện Mẫu', 'Huyện', '', '120'],
		['H01.01', 'Xã Mẫu Một', 'Xã', 'H01', '25'],
		['H01.02', 'Thị trấn Mẫu', 'Thị trấn', 'H01', '30']
	]);
	return download(body, 'mau-nhap-don-vi.xlsx', XLSX_TYPE);
};
