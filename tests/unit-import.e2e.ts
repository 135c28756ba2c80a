import { expect, test } from './support/test';
import { expectAccessible, logInAs } from './support/app';

const HEADER = 'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Số CBCCVC/thành viên';
const csv = (lines: string[]) => ({
	name: 'don-vi.csv',
	mimeType: 'text/csv',
	buffer: Buffer.from('\uFEFF' + [HEADER, ...lines].join('\r\n'), 'utf8')
});

test('a malformed import row is named, nothing is imported, and the fixed file imports whole', async ({ page }) => {
	await logInAs(page, 'admin');
	await page.goto('/admin/units/import');
	await expectAccessible(page);
	const template = await page.request.get('/admin/units/template.xlsx');
	expect(template.headers()['content-type']).toContain('spreadsheetml');

	await page.getByLabel('Chọn tệp').setInputFiles(csv(['MCB,Huyện Mỏ Cày Bắc,Huyện,BTR,150', 'MCB.01,Xã Phước Mỹ Trung,Làng,MCB,abc']));
	await page.getByRole('button', { name: 'Xem trước' }).click();
	await expect(page.getByRole('heading', { name: /Tệp có 2 lỗi/ })).toBeVisible();
	const rows = page.getByRole('row');
	await expect(rows.filter({ hasText: 'Loại đơn vị "Làng" không hợp lệ' })).toContainText('3');
	await expect(rows.filter({ hasText: '"abc" không phải số nguyên không âm.' })).toContainText('Số CBCCVC/thành viên');
	await expect(page.getByRole('button', { name: /^Nhập \d+ đơn vị$/ })).toHaveCount(0);
	await expectAccessible(page);

	await page.goto('/admin/units');
	await page.getByLabel('Lọc theo tên hoặc mã').fill('mo cay');
	await expect(page.getByText('Không tìm thấy kết quả.')).toBeVisible();

	await page.goto('/admin/units/import');
	await page.getByLabel('Chọn tệp').setInputFiles(csv(['MCB.01,Xã Phước Mỹ Trung,Xã,MCB,24', 'MCB,Huyện Mỏ Cày Bắc,Huyện,BTR,150']));
	await page.getByRole('button', { name: 'Xem trước' }).click();
	await expect(page.getByRole('heading', { name: 'Xem trước: 2 đơn vị hợp lệ' })).toBeVisible();
	await page.getByRole('button', { name: 'Nhập 2 đơn vị' }).click();
	await expect(page.getByText('Đã nhập 2 đơn vị.')).toBeVisible();

	await page.goto('/admin/units');
	await page.getByLabel('Lọc theo tên hoặc mã').fill('mo cay');
	await expect(page.getByRole('link', { name: 'Huyện Mỏ Cày Bắc' })).toBeVisible();
});

test('a file that is neither .xlsx nor UTF-8 CSV is refused with a clear reason', async ({ page }) => {
	await logInAs(page, 'admin');
	await page.goto('/admin/units/import');
	await page.getByLabel('Chọn tệp').setInputFiles({
		name: 'don-vi.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from([0x4d, 0xe3, 0x20, 0xf0, 0xee, 0x6e, 0x0a]) // Windows-1258 bytes
	});
	await page.getByRole('button', { name: 'Xem trước' }).click();
	await expect(page.getByText('Tệp không ở bảng mã UTF-8.')).toBeVisible();
});
