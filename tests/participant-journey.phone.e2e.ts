import { expect, test } from './support/test';
import {
	createOpenContest,
	demoAccount,
	endRoundNow,
	expectAccessible,
	freshPhone,
	gotoReady,
	logIn,
	logInAs,
	registerParticipant
} from './support/app';

test('from a shared contest link: register, land in the contest, submit past the confirmation sheet, see the rank provisional then final, and the home page', async ({
	page,
	browser
}) => {
	const title = `Cuộc thi chia sẻ ${freshPhone()}`;
	const organizerContext = await browser.newContext();
	const organizer = await organizerContext.newPage();
	await logInAs(organizer, 'organizer');
	await createOpenContest(organizer, { title, scope: 'Tỉnh Đoàn Bến Tre', round: 'Vòng sơ khảo', questions: 3 });
	const link = await organizer.getByTestId('share-link').textContent();
	expect(link).toMatch(/^http:\/\/localhost:\d+\/c\/\d+$/);
	const qr = await organizer.request.get(new URL(link!).pathname + '/qr.png');
	expect(qr.headers()['content-type']).toBe('image/png');
	expect((await qr.body()).subarray(1, 4).toString()).toBe('PNG');
	await expectAccessible(organizer);
	const contestPage = organizer.url();

	// Signed out, the link shows the contest and offers registration that comes back to it.
	const contestPath = new URL(link!).pathname;
	await page.goto(contestPath);
	await expect(page.getByRole('heading', { name: title })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Đăng ký', exact: true }).last().click();
	await page.getByLabel('Họ và tên').fill('Lê Chia Sẻ');
	await page.getByLabel('Số điện thoại').fill(freshPhone());
	const unitPicker = page.getByRole('combobox', { name: 'Đơn vị công tác' });
	await unitPicker.fill('tinh doan ben tre');
	await unitPicker.press('Enter');
	await page.getByLabel('Mật khẩu').fill('thanhnien2026');
	await page.getByRole('button', { name: 'Đăng ký' }).click();
	await expect(page).toHaveURL(new RegExp(`${contestPath}$`));
	await expect(page.getByRole('heading', { name: title })).toBeVisible();
	await expect(page.getByText('Chưa thi')).toBeVisible();

	await page.getByRole('link', { name: 'Dự thi', exact: true }).last().click();
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	const questions = page.getByRole('region').filter({ has: page.getByText(/^Câu \d+\/3$/) });
	await expect(questions).toHaveCount(3);
	await gotoReady(page, page.url());
	await questions.nth(0).getByRole('radio').first().check();
	await expect(page.getByTestId('status-0')).toHaveText('Đã lưu');
	await questions.nth(2).getByRole('button', { name: 'Đánh dấu xem lại' }).click();

	// Enter in the prediction (the phone keyboard's "Go") never submits; a wrong value is said at once.
	const prediction = page.getByLabel(/^Dự đoán/);
	await prediction.fill('mười');
	await prediction.press('Enter');
	await expect(page.getByText('Dự đoán phải là một số nguyên không âm')).toBeVisible();
	await expect(prediction).toHaveAttribute('aria-invalid', 'true');
	await prediction.fill('1');
	await prediction.press('Enter');
	await expect(page.getByText('Dự đoán phải là một số nguyên không âm')).toHaveCount(0);
	const sheet = page.getByRole('dialog', { name: 'Nộp bài?' });
	await expect(sheet).toBeHidden();
	await expect(page.getByTestId('result')).toHaveCount(0);

	// The sheet lists the two unanswered questions and the flagged one, with links, and the time left.
	await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
	await expect(sheet).toBeVisible();
	await expect(sheet).toContainText('Còn 2 câu chưa trả lời');
	await expect(sheet.getByTestId('sheet-unanswered').getByRole('link')).toHaveText(['Câu 2', 'Câu 3']);
	await expect(sheet.getByTestId('sheet-flagged').getByRole('link')).toHaveText(['Câu 3']);
	await expect(sheet.getByTestId('sheet-time')).toHaveText(/Thời gian còn lại: \d+:\d\d/);
	await expectAccessible(page);
	await sheet.getByTestId('sheet-unanswered').getByRole('link', { name: 'Câu 2' }).click();
	await expect(sheet).toBeHidden();
	await expect(page).toHaveURL(/#q1$/);

	await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
	await sheet.getByRole('button', { name: 'Nộp bài ngay' }).click();
	await expect(page.getByTestId('result')).toHaveText(/^Đúng [01]\/3 câu/);
	await expect(page.getByTestId('result-rank')).toHaveText('Hạng tạm thời: 1/1 người dự thi');
	await expect(page.getByTestId('result-unit')).toContainText('Tỉnh Đoàn Bến Tre: hạng 1/1');
	await expect(page.getByRole('button', { name: 'In phiếu kết quả' })).toBeVisible();
	// The result opens at its top, not where the submit button was.
	await expect(page.getByRole('heading', { name: 'Kết quả của bạn' })).toBeInViewport();
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	await expectAccessible(page);
	const resultPath = new URL(page.url()).pathname;

	// Home and /thi say it is submitted, with the score and the way back to the result.
	await page.goto('/');
	const mine = page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
	await expect(mine.getByTestId('my-state')).toHaveText('Đã nộp');
	await expect(mine.getByTestId('my-score')).toHaveText(/^Đúng [01] câu · [01] điểm$/);
	await expect(mine.getByTestId('my-rank')).toHaveText('Hạng tạm thời: 1/1 người dự thi');
	await expectAccessible(page);
	await page.goto('/thi');
	const listed = page.locator('section').filter({ has: page.getByRole('heading', { name: title }) });
	await expect(listed.getByText('Đã nộp')).toBeVisible();
	await listed.getByRole('link', { name: 'Xem kết quả' }).click();
	await expect(page).toHaveURL(new RegExp(`${resultPath}$`));

	// The organizer ends the round now; the rank is then final and the key shows: skipped questions are "Chưa trả lời".
	await endRoundNow(organizer, contestPage, 'Vòng sơ khảo');
	await organizerContext.close();
	await page.reload();
	await expect(page.getByTestId('result-rank')).toHaveText('Kết quả chính thức: hạng 1/1 người dự thi');
	await expect(page.getByTestId('outcome-1')).toHaveText('Chưa trả lời');
	await expect(page.getByTestId('outcome-2')).toHaveText('Chưa trả lời');
	await expectAccessible(page);
});

test('with attempts left, /thi offers "Làm lại" and the rules page starts a new attempt', async ({ page, browser }) => {
	const title = `Cuộc thi hai lượt ${freshPhone()}`;
	const organizerContext = await browser.newContext();
	const organizer = await organizerContext.newPage();
	await logInAs(organizer, 'organizer');
	await createOpenContest(organizer, { title, scope: 'Tỉnh Đoàn Bến Tre', round: 'Vòng thử', questions: 2, attempts: 2 });
	await organizerContext.close();

	await registerParticipant(page, 'Ngô Hai Lượt');
	await page.goto('/thi');
	const listed = page.locator('section').filter({ has: page.getByRole('heading', { name: title }) });
	await expect(listed).toContainText('Còn 2 lượt làm bài');
	await listed.getByRole('link', { name: 'Dự thi', exact: true }).click();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	const first = page.url();
	const questions = page.getByRole('region').filter({ has: page.getByText(/^Câu \d+\/2$/) });
	for (let i = 0; i < 2; i++) {
		await questions.nth(i).getByRole('radio').first().check();
		await expect(page.getByTestId(`status-${i}`)).toHaveText('Đã lưu');
	}
	await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
	await expect(page.getByRole('dialog', { name: 'Nộp bài?' })).toContainText('Bạn đã trả lời tất cả các câu hỏi.');
	await page.getByRole('button', { name: 'Nộp bài ngay' }).click();
	await expect(page.getByTestId('result-rank')).toHaveText('Hạng tạm thời: 1/1 người dự thi');

	await page.goto('/thi');
	await expect(listed.getByText('Đã nộp')).toBeVisible();
	await expect(listed).toContainText('Còn 1 lượt làm bài');
	await listed.getByRole('link', { name: 'Làm lại' }).click();
	await expect(page.getByRole('link', { name: 'Xem kết quả' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Làm lại' }).click();
	await expect(questions).toHaveCount(2);
	expect(page.url()).not.toBe(first);
	await page.goto('/thi');
	await expect(listed).toContainText('Đang làm, còn');
	await expect(listed.getByRole('link', { name: 'Tiếp tục làm bài' })).toBeVisible();
});

test('a participant who forgot the password gets a one-time code from the organizer and logs in with a new password', async ({
	page,
	browser
}) => {
	const phone = await registerParticipant(page, 'Trần Quên Mật Khẩu');

	const organizerContext = await browser.newContext();
	const organizer = await organizerContext.newPage();
	await logInAs(organizer, 'organizer');
	await organizer.getByRole('link', { name: 'Cấp mã đặt lại mật khẩu' }).click();
	await organizer.getByLabel('Số điện thoại hoặc email của người cần đặt lại').fill(demoAccount('admin').phone);
	await organizer.getByRole('button', { name: 'Cấp mã' }).click();
	await expect(organizer.getByText('Không có tài khoản nào với số điện thoại hoặc email này')).toBeVisible();
	await organizer.getByLabel('Số điện thoại hoặc email của người cần đặt lại').fill(phone);
	await organizer.getByRole('button', { name: 'Cấp mã' }).click();
	const code = await organizer.getByTestId('reset-code').textContent();
	expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	await expectAccessible(organizer);
	await organizerContext.close();

	// On another phone, signed out: "Quên mật khẩu?" says whom to ask, and the code sets a new password.
	const otherContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const other = await otherContext.newPage();
	await other.goto('/login');
	await other.getByRole('link', { name: 'Quên mật khẩu?' }).click();
	await expect(other.getByText('Hãy liên hệ Ban tổ chức')).toBeVisible();
	await expectAccessible(other);
	await other.getByRole('link', { name: 'Tôi đã có mã đặt lại mật khẩu' }).click();
	await other.getByLabel('Mã đặt lại mật khẩu').fill(code!.toLowerCase());
	await other.getByLabel(/^Mật khẩu mới/).fill('doimatkhau2026');
	await other.getByLabel('Nhập lại mật khẩu mới').fill('doimatkhau2026');
	await expectAccessible(other);
	await other.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
	await expect(other.getByText('Đã đặt mật khẩu mới')).toBeVisible();
	await logIn(other, phone, 'doimatkhau2026');
	await otherContext.close();

	// The reset ended the session the participant had; the code works only once.
	await page.goto('/profile');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fprofile$/);
	await page.goto('/reset');
	await page.getByLabel('Mã đặt lại mật khẩu').fill(code!);
	await page.getByLabel(/^Mật khẩu mới/).fill('lanthuhai2026');
	await page.getByLabel('Nhập lại mật khẩu mới').fill('lanthuhai2026');
	await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
	await expect(page.getByText('Mã không đúng, đã dùng hoặc đã hết hạn')).toBeVisible();
});
