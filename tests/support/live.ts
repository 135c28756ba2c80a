import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

/** Helpers for live-game journeys: a phone per player, joining by PIN, answering on the phone. */

export const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** A page in a browser context of its own: each device of the hall keeps its own cookies and seat. */
export async function openDevice(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
	return (await browser.newContext(options)).newPage();
}

/** On the PIN page, a guest joins with a nickname and waits in the lobby. */
export async function joinWithNickname(page: Page, pin: string, nickname: string): Promise<void> {
	// Before the page's scripts take over, the button would submit the form natively and reload it.
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await page.getByLabel('Mã PIN trận thi').fill(pin);
	await page.getByLabel('Biệt danh').fill(nickname);
	await page.getByRole('button', { name: 'Vào phòng thi' }).click();
	await expect(page.getByTestId('lobby')).toBeVisible();
}

/** The right option's letter, read off the MC's answer sheet on the host console (only the host sees it). */
export async function rightLetter(host: Page): Promise<string> {
	const sheet = host.getByTestId('answer-sheet');
	await expect(sheet).toHaveText(/: [A-F]\./);
	return /: ([A-F])\./.exec((await sheet.textContent()) ?? '')![1];
}

export const wrongLetter = (right: string): string => (right === 'A' ? 'B' : 'A');

/** Taps an option's tile on the phone (one tap sends a single choice) and waits for the server's acknowledgement. */
export async function answerOnPhone(phone: Page, letter: string): Promise<void> {
	await phone.getByRole('button', { name: new RegExp(`^${letter}\\.`) }).click();
	await expect(phone.getByTestId('answer-status')).toHaveText('Đã gửi câu trả lời.');
}

/** The whole seconds a countdown shows. */
export const countdownSeconds = async (page: Page): Promise<number> =>
	Number.parseInt((await page.getByTestId('countdown').textContent()) ?? '', 10);

/**
 * On the organizer's page: a guest game of one knowledge part over the demo bank, `questions` questions
 * of `seconds` each with fixed points, the grace period for dropped players left at its default. The
 * page ends on the host console; returns the PIN.
 */
export async function createGuestGame(host: Page, title: string, questions: number, seconds: number): Promise<string> {
	await host.goto('/live/new');
	await host.getByLabel('Tên trận thi').fill(title);
	await host.getByLabel('Cuộc thi').selectOption({ label: 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026' });
	await host.getByLabel('Ngân hàng câu hỏi').selectOption({ label: 'Ngân hàng câu hỏi cải cách hành chính (Sở Nội vụ)' });
	await host.getByLabel('Cho phép khách tham gia bằng biệt danh').check();
	await expect(host.getByLabel(/^Thời gian chờ thí sinh mất kết nối/)).toHaveValue('10');
	const part = host.getByRole('group', { name: 'Phần 1' });
	await part.getByLabel('Số câu hỏi').fill(String(questions));
	await part.getByLabel(/^Thời gian mỗi câu/).fill(String(seconds));
	await part.getByLabel('Cách tính điểm').selectOption({ label: 'Điểm cố định' });
	await host.getByRole('button', { name: 'Tạo trận thi' }).click();
	await expect(host.getByRole('heading', { name: title })).toBeVisible();
	return (await host.getByTestId('pin').textContent())!;
}
