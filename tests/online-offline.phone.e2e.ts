import { expect, test } from './support/test';
import { expectAccessible, registerParticipant, submitAttempt } from './support/app';

const CONTEST = 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026';

test('answers chosen on a bus with no network wait on the phone and are each saved once, in the database, when it comes back a minute later', async ({
	page,
	context
}) => {
	await page.clock.install(); // the minute offline passes on the page's clock, not the test's
	await registerParticipant(page, 'Trần Văn Xe Buýt');
	await page.getByRole('link', { name: 'Dự thi' }).click();
	await page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: CONTEST }) })
		.getByRole('link', { name: 'Dự thi' })
		.click();
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	const questions = page.getByRole('region').filter({ has: page.getByText(/^Câu \d+\/10$/) });
	await expect(questions).toHaveCount(10);

	// Every save the server acknowledged, by question.
	const saved: number[] = [];
	page.on('response', (r) => {
		if (r.request().method() === 'POST' && r.url().endsWith('/answer') && r.ok()) saved.push(JSON.parse(r.request().postData()!).position);
	});
	await questions.nth(0).getByRole('radio').first().check();
	await expect(page.getByTestId('status-0')).toHaveText('Đã lưu');

	await context.setOffline(true);
	await expect(page.getByTestId('offline')).toHaveText(/^Mất kết nối mạng\./);
	// Question 2 changes its mind: only the last choice is to be saved.
	await questions.nth(1).getByRole('radio').first().check();
	await questions.nth(1).getByRole('radio').nth(1).check();
	await questions.nth(2).getByRole('radio').nth(2).check();
	await questions.nth(3).getByRole('radio').last().check();
	for (const i of [1, 2, 3]) await expect(page.getByTestId(`status-${i}`)).toHaveText(/^Đã giữ trên máy này/);
	await expect(page.getByTestId('offline')).toContainText('3 câu trả lời đang được giữ trên máy này');
	await expectAccessible(page);
	const chosen = [
		await questions.nth(1).getByRole('radio').nth(1).getAttribute('value'),
		await questions.nth(2).getByRole('radio').nth(2).getAttribute('value'),
		await questions.nth(3).getByRole('radio').last().getAttribute('value')
	];

	await page.clock.fastForward('01:00');
	await expect(page.getByTestId('status-3')).toHaveText(/^Đã giữ trên máy này/);
	await context.setOffline(false);
	for (const i of [1, 2, 3]) await expect(page.getByTestId(`status-${i}`)).toHaveText('Đã lưu');
	await expect(page.getByTestId('offline')).toBeEmpty();
	expect(saved).toEqual([0, 1, 2, 3]);
	expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hoithi:outbox:')))).toEqual([]);

	// A fresh load shows what the database holds, nothing kept in the browser any more.
	await page.reload();
	await expect(questions).toHaveCount(10);
	await expect(questions.nth(0).getByRole('radio').first()).toBeChecked();
	for (const [i, value] of chosen.entries())
		await expect(questions.nth(i + 1).locator(`input[type="radio"][value="${value}"]`)).toBeChecked();
	await expect(questions.nth(1).getByRole('radio').first()).not.toBeChecked();
	await submitAttempt(page);
	await expect(page.getByTestId('result')).toHaveText(/^Đúng \d+\/10 câu trong \d+:\d\d\.$/);
	expect(saved).toEqual([0, 1, 2, 3]);
});
