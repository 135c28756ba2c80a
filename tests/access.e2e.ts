import { expect, test } from './support/test';
import { DEMO_PASSWORD } from '../src/lib/server/db/demo-units';
import { demoAccount, expectAccessible, freshPhone, logIn, logInAs, registerParticipant } from './support/app';

test('a participant is refused on admin pages and sees no admin links', async ({ page }) => {
	await logInAs(page, 'participant');
	await expect(page.getByRole('link', { name: 'Người dùng' })).toHaveCount(0);
	for (const path of ['/admin/units', '/admin/users', '/admin/users/new', '/admin/units/import']) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(403);
		await expect(page.getByText('Bạn không có quyền truy cập trang này.')).toBeVisible();
	}
	const download = await page.request.get('/admin/units/template.xlsx');
	expect(download.status()).toBe(403);
});

test('a visitor is sent to log in and comes back to the page they asked for', async ({ page }) => {
	await page.goto('/admin/users');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fadmin%2Fusers/);
	await expectAccessible(page);
	await page.getByLabel('Số điện thoại hoặc email').fill(demoAccount('admin').email);
	await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page).toHaveURL(/\/admin\/users$/);
	await expect(page.getByRole('heading', { name: 'Người dùng' })).toBeVisible();
});

test('repeated wrong passwords for one account are slowed down with a clear message', async ({ page }) => {
	// An account of its own: slowing down a demo account would turn away the next spec signing in with it.
	const phone = await registerParticipant(page, 'Lâm Văn Nhập Sai');
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
	const attempt = async (i: number) => {
		await page.getByLabel('Số điện thoại hoặc email').fill(phone);
		await page.getByLabel('Mật khẩu').fill(`sai-mat-khau-${i}`);
		const answered = page.waitForResponse((r) => r.url().includes('/login') && r.request().method() === 'POST');
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await answered;
	};
	for (let i = 0; i < 4; i++) {
		await attempt(i);
		await expect(page.getByRole('alert')).toHaveText('Số điện thoại/email hoặc mật khẩu không đúng.');
	}
	await attempt(4);
	await expect(page.getByRole('alert')).toHaveText(/^Bạn đã thử đăng nhập quá nhiều lần\. Vui lòng thử lại sau \d+ giây\.$/);
});

test('changing the password ends other sessions', async ({ browser }) => {
	const first = await browser.newContext();
	const second = await browser.newContext();
	const a = await first.newPage();
	const b = await second.newPage();
	const phone = freshPhone();
	await a.goto('/register');
	await a.getByLabel('Họ và tên').fill('Lý Thị Hai Phiên');
	await a.getByLabel('Số điện thoại').fill(phone);
	await a.getByRole('combobox', { name: 'Đơn vị công tác' }).fill('so y te');
	await a.getByRole('option', { name: 'Sở Y tế', exact: true }).click();
	await a.getByLabel('Mật khẩu').fill('matkhau2026');
	await a.getByRole('button', { name: 'Đăng ký' }).click();
	await expect(a.getByRole('heading', { name: 'Hồ sơ của tôi' })).toBeVisible();
	await logIn(b, phone, 'matkhau2026');

	await a.getByLabel('Mật khẩu hiện tại').fill('matkhau2026');
	await a.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill('doimatkhau2026');
	await a.getByLabel('Nhập lại mật khẩu mới').fill('doimatkhau2026');
	await a.getByRole('button', { name: 'Đổi mật khẩu' }).click();
	await expect(a.getByText('Đã đổi mật khẩu.')).toBeVisible();

	await b.goto('/profile');
	await expect(b).toHaveURL(/\/login/);
	await a.goto('/profile');
	await expect(a.getByRole('heading', { name: 'Hồ sơ của tôi' })).toBeVisible();
	await first.close();
	await second.close();
});
