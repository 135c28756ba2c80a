import { expect, test } from './support/test';
import { expectAccessible, freshPhone, logInAs, submitAttempt } from './support/app';

const CONTEST = 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026';

test('a youth-union member registers, takes a round on a phone, reloads midway, resumes, submits and sees the key; the organizer and the public board see it live', async ({
	page,
	browser
}) => {
	const phone = freshPhone();
	await page.goto('/register');
	await page.getByLabel('Họ và tên').fill('Đoàn Văn Thanh Niên');
	await page.getByLabel('Số điện thoại').fill(phone);
	await page.getByRole('combobox', { name: 'Đơn vị công tác' }).fill('tinh doan');
	await page.getByRole('option', { name: 'Tỉnh Đoàn Bến Tre', exact: true }).click();
	await page.getByLabel('Mật khẩu').fill('thanhnien2026');
	await page.getByRole('button', { name: 'Đăng ký' }).click();
	await expect(page.getByRole('heading', { name: 'Hồ sơ của tôi' })).toBeVisible();

	await page.getByRole('link', { name: 'Dự thi' }).click();
	// The demo round by its contest, not by its place in the list: other specs open rounds of their own.
	const demoRound = page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: CONTEST }) })
		.getByRole('link', { name: 'Dự thi' });
	await expect(demoRound).toBeVisible();
	await expectAccessible(page);
	await demoRound.click();
	await expect(page.getByRole('heading', { name: 'Thể lệ' })).toBeVisible();
	const roundId = /\/thi\/(\d+)$/.exec(page.url())![1];
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	await expect(page.getByTestId('focus-notice')).toBeVisible();

	await expect(page.getByTestId('remaining')).toHaveText(/^1[45]:\d\d$/);
	const questions = page.getByRole('region').filter({ has: page.getByText(/^Câu \d+\/10$/) });
	await expect(questions).toHaveCount(10);
	await expectAccessible(page);

	// Answer the first five, each acknowledged only once the server has it.
	for (let i = 0; i < 5; i++) {
		await questions.nth(i).getByRole('radio').first().check();
		await expect(page.getByTestId(`status-${i}`)).toHaveText('Đã lưu');
	}
	const chosen = await questions.nth(2).getByRole('radio').first().getAttribute('value');
	const navigator = page.getByRole('navigation', { name: 'Danh sách câu hỏi' });
	await expect(navigator.getByRole('link', { name: 'Câu 3: đã trả lời' })).toBeVisible();
	await expect(navigator.getByRole('link', { name: 'Câu 6: chưa trả lời' })).toBeVisible();
	await questions.nth(5).getByRole('button', { name: 'Đánh dấu xem lại' }).click();
	await expect(navigator.getByRole('link', { name: 'Câu 6: chưa trả lời, đánh dấu xem lại' })).toBeVisible();

	// A reload (or a dropped connection) resumes the same attempt with the answers kept.
	await page.reload();
	await expect(questions).toHaveCount(10);
	for (let i = 0; i < 5; i++) await expect(questions.nth(i).getByRole('radio').first()).toBeChecked();
	await expect(questions.nth(2).getByRole('radio').first()).toHaveAttribute('value', chosen!);
	await expect(questions.nth(5).getByRole('radio').first()).not.toBeChecked();
	await expect(questions.nth(5).getByRole('button', { name: 'Đánh dấu xem lại' })).toHaveAttribute('aria-pressed', 'true');

	// Switching to another app is reported, as the notice said.
	const reported = page.waitForResponse((r) => r.url().endsWith('/focus') && r.ok());
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
		delete (document as { visibilityState?: unknown }).visibilityState; // back to the browser's own value
	});
	await reported;

	// The demo contest's board is public: a phone without an account follows it too.
	const audienceContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const audience = await audienceContext.newPage();
	await audience.goto(`/board/${roundId}`);
	await expect(audience.getByTestId('live')).toBeVisible();
	const audienceRow = audience.getByRole('row').filter({ hasText: 'Đoàn Văn Thanh Niên' });
	await expect(audienceRow).toHaveCount(0);

	// The organizer watches the round's board before the submission arrives.
	const organizerContext = await browser.newContext();
	const organizer = await organizerContext.newPage();
	await logInAs(organizer, 'organizer');
	await organizer.getByRole('link', { name: 'Cuộc thi', exact: true }).click();
	await organizer.getByRole('link', { name: CONTEST }).click();
	await organizer.getByRole('link', { name: 'Đợt 1' }).click();
	await expect(organizer.getByTestId('live')).toBeVisible();
	const row = organizer.getByRole('row').filter({ hasText: 'Đoàn Văn Thanh Niên' });
	await expect(row).toHaveCount(0);

	await submitAttempt(page, '3');
	await expect(page.getByTestId('result')).toHaveText(/^Đúng \d+\/10 câu trong \d+:\d\d\.$/);
	// The round shows the key right after submitting: every question, marked right or wrong.
	await expect(page.getByRole('heading', { name: 'Đáp án', exact: true })).toBeVisible();
	await expect(page.getByTestId(/^review-\d+$/)).toHaveCount(10);
	await expect(page.getByText('✓ Đáp án đúng')).toHaveCount(10);
	await expectAccessible(page);
	await expect(audienceRow).toContainText('Tỉnh Đoàn Bến Tre');
	await audienceContext.close();

	// Without reloading, the board shows the new participant with their unit and prediction.
	await expect(row).toContainText('Tỉnh Đoàn Bến Tre');
	await expect(row).toContainText('3');
	await expectAccessible(organizer);
	// Departures from the page are listed with the submitted attempts (not live: on the next load).
	// At least the one above: Chromium may also hide the page while the other contexts open.
	await organizer.reload();
	await expect(
		organizer
			.getByRole('region', { name: 'Số lần rời trang' })
			.getByRole('row')
			.filter({ hasText: 'Đoàn Văn Thanh Niên' })
			.getByRole('cell')
			.last()
	).toHaveText(/^[1-9]\d*$/);
	const download = organizer.waitForEvent('download');
	await organizer.getByRole('link', { name: 'Tải kết quả (.xlsx)' }).click();
	expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
	await organizerContext.close();

	// One attempt per round: /thi and the rules page say it is submitted and lead back to the result.
	await page.goto('/thi');
	const listed = page.locator('section').filter({ has: page.getByRole('heading', { name: CONTEST }) });
	await expect(listed.getByText('Đã nộp')).toBeVisible();
	await expect(listed.getByRole('link', { name: 'Dự thi' })).toHaveCount(0);
	await page.goto(`/thi/${roundId}`);
	await expect(page.getByRole('button', { name: 'Bắt đầu làm bài' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Làm lại' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Xem kết quả' }).click();
	await expect(page.getByTestId('result')).toBeVisible();
});
