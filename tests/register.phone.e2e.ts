import { expect, test } from './support/test';
import { demoAccount, expectAccessible, freshPhone, logIn } from './support/app';

test('a newcomer registers on a phone, lands on their profile and can log back in', async ({ page }) => {
	const phone = freshPhone();
	await page.goto('/');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Đăng ký' }).first().click();
	await expect(page.getByRole('heading', { name: 'Đăng ký tài khoản thí sinh' })).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel('Họ và tên').fill('Võ Thị Ngọc Anh');
	await page.getByLabel('Ngày sinh').fill('25/03/1998');
	await page.getByLabel('Số điện thoại').fill(phone);
	await page.getByLabel('Email (không bắt buộc)').fill(`ngocanh.${phone}@example.vn`);
	// Typed without diacritics, picked with the keyboard.
	const unit = page.getByRole('combobox', { name: 'Đơn vị công tác' });
	await unit.fill('tan thach');
	await expect(page.getByRole('option', { name: /Xã Tân Thạch/ })).toBeVisible();
	await unit.press('ArrowDown');
	await unit.press('ArrowUp');
	await unit.press('Enter');
	await expect(unit).toHaveValue(/Xã Tân Thạch/);
	await page.getByLabel('Mật khẩu').fill('camon2026');
	await page.getByRole('button', { name: 'Đăng ký' }).click();

	await expect(page.getByRole('heading', { name: 'Hồ sơ của tôi' })).toBeVisible();
	await expect(page.getByTestId('profile-unit')).toHaveText('Xã Tân Thạch');
	await expect(page.getByText('Thí sinh')).toBeVisible();
	await expect(page.getByText('25/03/1998')).toBeVisible();
	await expectAccessible(page);
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scrollWidth).toBeLessThanOrEqual(360);

	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
	await logIn(page, phone, 'camon2026');
	await page.goto('/profile');
	await expect(page.getByRole('heading', { name: 'Võ Thị Ngọc Anh' })).toBeVisible();
});

test('bad registration input is named in Vietnamese and creates no account', async ({ page }) => {
	const phone = freshPhone();
	await page.goto('/register');
	await page.getByLabel('Số điện thoại').fill(phone);
	await page.getByLabel('Mật khẩu').fill('abc');
	await page.getByRole('button', { name: 'Đăng ký' }).click();
	await expect(page.getByText('Vui lòng sửa các lỗi được đánh dấu bên dưới.')).toBeVisible();
	await expect(page.getByText('Vui lòng nhập họ và tên.')).toBeVisible();
	await expect(page.getByText('Mật khẩu phải có ít nhất 8 ký tự.')).toBeVisible();
	await expect(page.getByText('Vui lòng chọn đơn vị công tác.')).toBeVisible();
	await expect(page.getByLabel('Họ và tên')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Số điện thoại')).toHaveValue(phone); // kept, password is not
	await expectAccessible(page);

	// A phone number that is already registered.
	await page.getByLabel('Họ và tên').fill('Người Trùng Số');
	await page.getByLabel('Số điện thoại').fill(demoAccount('participant').phone);
	await page.getByRole('combobox', { name: 'Đơn vị công tác' }).fill('so noi vu');
	await page.getByRole('option', { name: 'Sở Nội vụ', exact: true }).click();
	await page.getByLabel('Mật khẩu').fill('matkhau123');
	await page.getByRole('button', { name: 'Đăng ký' }).click();
	await expect(page.getByText('Số điện thoại này đã được đăng ký.')).toBeVisible();

	// Nothing was created: the fresh number cannot log in.
	await page.goto('/login');
	await page.getByLabel('Số điện thoại hoặc email').fill(phone);
	await page.getByLabel('Mật khẩu').fill('abc');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByText('Số điện thoại/email hoặc mật khẩu không đúng.')).toBeVisible();
});
