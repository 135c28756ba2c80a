import { expect, test } from './support/test';
import { expectAccessible, freshPhone, logIn, logInAs } from './support/app';

test.beforeEach(async ({ page }) => {
	await logInAs(page, 'admin');
});

test('an admin browses the unit tree and creates a commune under a district', async ({ page }) => {
	await page.goto('/admin/units');
	await expect(page.getByRole('heading', { name: 'Đơn vị', exact: true })).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Lọc theo tên hoặc mã').fill('giong trom');
	await expect(page.getByRole('link', { name: 'Huyện Giồng Trôm' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Sở Nội vụ' })).toHaveCount(0);

	await page.getByText('Thêm đơn vị').first().click();
	await page.getByLabel('Tên đơn vị').fill('Xã Phước Long');
	await page.getByLabel('Mã đơn vị').fill('BTR.GT.07');
	await page.getByLabel('Loại').selectOption({ label: 'Xã, phường, thị trấn' });
	await page.getByRole('combobox', { name: 'Đơn vị cấp trên' }).fill('giong trom');
	await page.getByRole('option', { name: 'Huyện Giồng Trôm', exact: true }).click();
	await page.getByLabel('Số CBCCVC/thành viên').fill('21');
	await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
	await expect(page.getByText('Đã thêm đơn vị Xã Phước Long.')).toBeVisible();

	await page.getByLabel('Lọc theo tên hoặc mã').fill('phuoc long');
	await page.getByRole('link', { name: 'Xã Phước Long' }).click();
	await expect(page.getByRole('heading', { name: 'Xã Phước Long' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Đơn vị cấp trên' })).toHaveValue('Huyện Giồng Trôm');
	await expectAccessible(page);
});

test('a duplicate unit code is refused with the field named, and nothing is added', async ({ page }) => {
	await page.goto('/admin/units');
	const count = await page.getByText(/^\d+ đơn vị$/).textContent();
	await page.getByText('Thêm đơn vị').first().click();
	await page.getByLabel('Tên đơn vị').fill('Sở Trùng Mã');
	await page.getByLabel('Mã đơn vị').fill('BTR.SNV');
	await page.getByLabel('Loại').selectOption({ label: 'Sở, ban, ngành' });
	await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
	await expect(page.getByText('Mã đơn vị này đã được dùng cho một đơn vị khác.')).toBeVisible();
	await expect(page.getByLabel('Mã đơn vị')).toHaveAttribute('aria-invalid', 'true');
	await page.reload();
	await expect(page.getByText(/^\d+ đơn vị$/)).toHaveText(count!);
});

test('an admin moves a unit to another parent', async ({ page }) => {
	await page.goto('/admin/units');
	await page.getByLabel('Lọc theo tên hoặc mã').fill('son phu');
	await page.getByRole('link', { name: 'Xã Sơn Phú' }).click();
	const parent = page.getByRole('combobox', { name: 'Đơn vị cấp trên' });
	await parent.fill('chau thanh');
	await expect(page.getByRole('option', { name: 'Huyện Châu Thành', exact: true })).toBeVisible();
	await page.getByRole('option', { name: 'Huyện Châu Thành', exact: true }).click();
	await page.getByRole('button', { name: 'Chuyển sang đơn vị cấp trên khác' }).click();
	await expect(page.getByText('Đã chuyển đơn vị.')).toBeVisible();
	await page.reload();
	await expect(parent).toHaveValue('Huyện Châu Thành');
});

test('an admin creates a user, who can then log in with the given role and unit', async ({ page, browser }) => {
	const phone = freshPhone();
	await page.goto('/admin/users/new');
	await expectAccessible(page);
	await page.getByLabel('Họ và tên').fill('Đặng Văn Khoa');
	await page.getByLabel('Số điện thoại').fill(phone);
	await page.getByRole('combobox', { name: 'Đơn vị công tác' }).fill('doan khoi');
	await page.getByRole('option', { name: /Đoàn Khối các cơ quan tỉnh/ }).click();
	await page.getByLabel('Vai trò').selectOption({ label: 'Ban tổ chức' });
	await page.getByLabel('Mật khẩu').fill('bantochuc1');
	await page.getByRole('button', { name: 'Thêm người dùng' }).click();
	await expect(page.getByText('Đã tạo tài khoản.')).toBeVisible();

	await page.goto(`/admin/users?q=dang van khoa`);
	await expect(page.getByRole('link', { name: 'Đặng Văn Khoa' })).toBeVisible();
	await expectAccessible(page);

	const other = await browser.newContext();
	const newcomer = await other.newPage();
	await logIn(newcomer, phone, 'bantochuc1');
	await newcomer.goto('/profile');
	await expect(newcomer.getByText('Ban tổ chức')).toBeVisible();
	await expect(newcomer.getByTestId('profile-unit')).toHaveText('Đoàn Khối các cơ quan tỉnh');

	// Disabling the account ends its session at once.
	await page.getByRole('link', { name: 'Đặng Văn Khoa' }).click();
	await page.getByLabel('Khóa tài khoản').check();
	await page.getByRole('button', { name: 'Lưu' }).click();
	await expect(page.getByText('Đã lưu.')).toBeVisible();
	await newcomer.goto('/profile');
	await expect(newcomer).toHaveURL(/\/login/);
	await other.close();
});

test('an admin cannot create a user with a weak password or a taken phone', async ({ page }) => {
	await page.goto('/admin/users/new');
	await page.getByLabel('Họ và tên').fill('Trần Thị Yếu');
	await page.getByLabel('Số điện thoại').fill('0900000005');
	await page.getByRole('combobox', { name: 'Đơn vị công tác' }).fill('so tu phap');
	await page.getByRole('option', { name: 'Sở Tư pháp', exact: true }).click();
	await page.getByLabel('Mật khẩu').fill('chiconchu');
	await page.getByRole('button', { name: 'Thêm người dùng' }).click();
	await expect(page.getByText('Mật khẩu phải có cả chữ và số.')).toBeVisible();
	await page.getByLabel('Mật khẩu').fill('chiconchu1');
	await page.getByRole('button', { name: 'Thêm người dùng' }).click();
	await expect(page.getByText('Số điện thoại này đã được đăng ký.')).toBeVisible();
	await page.goto('/admin/users?q=tran thi yeu');
	await expect(page.getByText('0 người dùng')).toBeVisible();
});
