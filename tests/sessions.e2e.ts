import { expectAccessible, logIn, logInAs, registerParticipant } from './support/app';
import { expect, test } from './support/test';

test('a person sees the browsers signed in to their account and ends the others; an admin ends them all', async ({ page, browser }) => {
	const phone = await registerParticipant(page, 'Hồ Văn Hai Máy');
	const phoneContext = await browser.newContext({
		userAgent: 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36'
	});
	const other = await phoneContext.newPage();
	await logIn(other, phone, 'thanhnien2026');

	await page.goto('/profile');
	const sessions = page.getByTestId('session');
	await expect(sessions).toHaveCount(2);
	await expect(sessions.first()).toContainText('Thiết bị này');
	await expect(sessions.filter({ hasText: 'Chrome · Android' })).toHaveCount(1);
	await expect(sessions.first()).toContainText('Địa chỉ mạng: 127.0.0.1');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Đăng xuất các thiết bị khác' }).click();
	await expect(page.getByText('Đã đăng xuất 1 thiết bị khác.')).toBeVisible();
	await expect(sessions).toHaveCount(1);
	await other.goto('/profile');
	await expect(other).toHaveURL(/\/login/);

	// The admin ends every session of the account, this browser's included.
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await logInAs(admin, 'admin');
	await admin.goto('/admin/users?q=ho van hai may');
	await admin.getByRole('link', { name: 'Hồ Văn Hai Máy' }).click();
	await admin.getByRole('button', { name: 'Kết thúc mọi phiên đăng nhập' }).click();
	await expect(admin.getByText('Đã kết thúc 1 phiên đăng nhập.')).toBeVisible();
	await page.goto('/profile');
	await expect(page).toHaveURL(/\/login/);

	await admin.goto('/admin/audit?kind=auth.sessionsEnded');
	await expect(admin.getByRole('table', { name: 'Nhật ký hệ thống' }).getByRole('row').filter({ hasText: 'Hồ Văn Hai Máy' })).toHaveCount(
		1
	);
	await phoneContext.close();
	await adminContext.close();
});
