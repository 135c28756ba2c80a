import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expectAccessible, logInAs, registerParticipant } from './support/app';
import { expect, test } from './support/test';

test('what an admin changes lands in the audit trail, which filters by person and kind and exports as .xlsx', async ({ page, browser }) => {
	const newcomerContext = await browser.newContext();
	const newcomer = await newcomerContext.newPage();
	await registerParticipant(newcomer, 'Lâm Thị Nhật Ký');
	await newcomerContext.close();

	await logInAs(page, 'admin');
	await page.goto('/admin/users?q=lam thi nhat ky');
	await page.getByRole('link', { name: 'Lâm Thị Nhật Ký' }).click();
	await page.getByLabel('Vai trò').selectOption({ label: 'Biên tập câu hỏi' });
	await page.getByRole('button', { name: 'Lưu' }).click();
	await expect(page.getByText('Đã lưu.')).toBeVisible();

	await page.getByRole('link', { name: 'Nhật ký' }).click();
	await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống' })).toBeVisible();
	await page.getByLabel('Người thực hiện', { exact: true }).fill('quan tri he thong');
	await page.getByLabel('Loại thao tác').selectOption({ label: 'Sửa tài khoản, vai trò' });
	await page.getByRole('button', { name: 'Lọc' }).click();
	const table = page.getByRole('table', { name: 'Nhật ký hệ thống' });
	const row = table.getByRole('row').filter({ hasText: 'Lâm Thị Nhật Ký' });
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('Quản trị hệ thống');
	await expect(row).toContainText('Trước: {"role":"participant"}');
	await expect(row).toContainText('Sau: {"role":"editor"}');
	// Only that kind: the admin's own login is filtered out.
	await expect(table.getByRole('row').filter({ hasText: 'Đăng nhập' })).toHaveCount(0);
	await expectAccessible(page);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải nhật ký (.xlsx)' }).click()]);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await readFile((await download.path())!)) as never);
	const rows = workbook.worksheets[0].getSheetValues().slice(2) as unknown[][];
	expect(rows.length).toBeGreaterThan(0);
	expect(rows.every((r) => r[4] === 'Sửa tài khoản, vai trò' && r[2] === 'Quản trị hệ thống')).toBe(true);
	expect(rows.some((r) => String(r[5]).includes('Lâm Thị Nhật Ký') && r[7] === '{"role":"editor"}')).toBe(true);

	await page.getByLabel('Loại thao tác').selectOption({ label: 'Đăng nhập' });
	await page.getByRole('button', { name: 'Lọc' }).click();
	await expect(table.getByRole('row').filter({ hasText: 'Quản trị hệ thống' }).first()).toBeVisible();
});

test('a participant is refused the audit trail and its export', async ({ page }) => {
	await logInAs(page, 'participant');
	expect((await page.goto('/admin/audit'))!.status()).toBe(403);
	expect((await page.request.get('/admin/audit/audit.xlsx')).status()).toBe(403);
});
