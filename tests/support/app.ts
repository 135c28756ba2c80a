import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/lib/server/db/demo-units';

export type DemoRole = (typeof DEMO_ACCOUNTS)[number]['role'];

export const demoAccount = (role: DemoRole) => DEMO_ACCOUNTS.find((a) => a.role === role)!;

export async function logIn(page: Page, identifier: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('Số điện thoại hoặc email').fill(identifier);
	await page.getByLabel('Mật khẩu').fill(password);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

export const logInAs = (page: Page, role: DemoRole) => logIn(page, demoAccount(role).phone);

/** No serious or critical accessibility violation on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(grave.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A phone number no other test uses, so reruns on one database never collide. */
export function freshPhone(): string {
	return '09' + String(Date.now() + Math.floor(Math.random() * 1000)).slice(-8);
}

/** Registers a new participant of Tỉnh Đoàn Bến Tre with a fresh phone number; the page ends signed in on their profile. */
export async function registerParticipant(page: Page, fullName: string): Promise<void> {
	await page.goto('/register');
	await page.getByLabel('Họ và tên').fill(fullName);
	await page.getByLabel('Số điện thoại').fill(freshPhone());
	const unit = page.getByRole('combobox', { name: 'Đơn vị công tác' });
	await unit.fill('tinh doan ben tre');
	await unit.press('Enter');
	await expect(unit).toHaveValue('Tỉnh Đoàn Bến Tre');
	await page.getByLabel('Mật khẩu').fill('thanhnien2026');
	await page.getByRole('button', { name: 'Đăng ký' }).click();
	await expect(page.getByRole('heading', { name: 'Hồ sơ của tôi' })).toBeVisible();
}
