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

/** Opens `url` and waits until its scripts have taken over the page (answers, saves and joins need them). */
export async function gotoReady(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** A phone number no other test uses, so reruns on one database never collide. */
export function freshPhone(): string {
	return '09' + String(Date.now() + Math.floor(Math.random() * 1000)).slice(-8);
}

/**
 * Registers a new participant of Tỉnh Đoàn Bến Tre with a fresh phone number (returned; the password is
 * `thanhnien2026`); the page ends signed in on their profile.
 */
export async function registerParticipant(page: Page, fullName: string): Promise<string> {
	const phone = freshPhone();
	await page.goto('/register');
	await page.getByLabel('Họ và tên').fill(fullName);
	await page.getByLabel('Số điện thoại').fill(phone);
	const unit = page.getByRole('combobox', { name: 'Đơn vị công tác' });
	await unit.fill('tinh doan ben tre');
	await unit.press('Enter');
	await expect(unit).toHaveValue('Tỉnh Đoàn Bến Tre');
	await page.getByLabel('Mật khẩu').fill('thanhnien2026');
	await page.getByRole('button', { name: 'Đăng ký' }).click();
	await expect(page.getByRole('heading', { name: 'Hồ sơ của tôi' })).toBeVisible();
	return phone;
}

/** "yyyy-mm-ddThh:mm" in Vietnam time, `hours` from now, for a datetime-local input. */
export function vietnamInput(hours: number): string {
	return new Date(Date.now() + hours * 3_600_000 + 7 * 3_600_000).toISOString().slice(0, 16);
}

/**
 * On an organizer's page: a contest of its own, open to the people of `scope` (a unit's name),
 * with one round running now of `questions` questions from the demo bank, all on one page, closing in
 * two days (a spec that needs it closed ends it: `endRoundNow`), one attempt each unless `attempts`. A spec that
 * counts a round's attempts takes such a round, never the demo one, which other specs take too.
 * The page ends on the contest.
 */
export async function createOpenContest(
	page: Page,
	contest: { title: string; scope: string; round: string; questions: number; attempts?: number }
): Promise<void> {
	await page.goto('/contests');
	await page.getByText('Tạo cuộc thi').first().click();
	await page.getByLabel('Tên cuộc thi').fill(contest.title);
	await page.getByLabel('Thể lệ').fill(`Mỗi người một lần, ${contest.questions} câu.`);
	await page.getByRole('combobox', { name: /Đối tượng dự thi/ }).fill(contest.scope);
	// A commune's option also names its district: "Xã Tân Thạch · Huyện Châu Thành".
	await page.getByRole('option', { name: new RegExp(`^${contest.scope}( · |$)`) }).click();
	await page.getByRole('button', { name: 'Tạo cuộc thi' }).click();
	await expect(page.getByRole('heading', { name: contest.title })).toBeVisible();

	await page.getByText('Thêm đợt thi').first().click();
	await page.getByLabel('Tên đợt').fill(contest.round);
	await page.getByLabel('Mở lúc (giờ Việt Nam)').fill(vietnamInput(-1));
	await page.getByLabel('Đóng lúc (giờ Việt Nam)').fill(vietnamInput(48));
	await page.getByLabel('Thời gian làm bài (phút)').fill('15');
	await page.getByLabel('Số câu hỏi').fill(String(contest.questions));
	if (contest.attempts) await page.getByLabel('Số lần được làm bài').fill(String(contest.attempts));
	await page.getByRole('button', { name: 'Thêm đợt thi' }).click();
	await expect(page.getByText('Đã thêm đợt thi.')).toBeVisible();
	await page.getByRole('button', { name: 'Mở cuộc thi' }).click();
	await expect(page.getByTestId('contest-status')).toHaveText('Đang mở');
}

/** From the contest's page, ends one of its open rounds now through the confirmation dialog. */
export async function endRoundNow(page: Page, contestPage: string, round: string): Promise<void> {
	await page.goto(contestPage);
	await page.getByRole('link', { name: round, exact: true }).click();
	await page.getByRole('button', { name: 'Kết thúc đợt thi ngay' }).click();
	const dialog = page.getByRole('dialog', { name: 'Kết thúc đợt thi ngay bây giờ?' });
	await dialog.getByRole('button', { name: 'Kết thúc ngay' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã kết thúc đợt thi' })).toBeVisible();
	await expect(page.getByTestId('round-state')).toHaveText('Đã đóng');
}

/**
 * Submits the attempt on screen through its confirmation sheet ("Nộp bài", then "Nộp bài ngay"),
 * typing `prediction` first where given; returns the sheet as it was shown, for specs that read it.
 */
export async function submitAttempt(page: Page, prediction?: string): Promise<void> {
	if (prediction !== undefined) await page.getByLabel(/^Dự đoán/).fill(prediction);
	await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
	const sheet = page.getByRole('dialog', { name: 'Nộp bài?' });
	await sheet.getByRole('button', { name: 'Nộp bài ngay' }).click();
	await expect(page.getByTestId('result')).toBeVisible();
}
