import { expect, test, type Page } from './support/test';
import { expectAccessible, logInAs, submitAttempt, vietnamInput } from './support/app';

test('an organizer sets up a contest for one district with a round the bank can fill, one question per screen, and opens it to that district, whose participant takes it', async ({
	page,
	browser
}) => {
	await logInAs(page, 'organizer');
	await page.getByRole('link', { name: 'Cuộc thi', exact: true }).click();
	await page.getByText('Tạo cuộc thi').first().click();
	await page.getByLabel('Tên cuộc thi').fill('Hội thi tìm hiểu một cửa huyện Châu Thành');
	await page.getByLabel('Thể lệ').fill('Mỗi người một lần, 5 câu, 10 phút.');
	await page.getByRole('combobox', { name: /Đối tượng dự thi/ }).fill('huyen chau thanh');
	await page.getByRole('option', { name: 'Huyện Châu Thành', exact: true }).click();
	await page.getByRole('button', { name: 'Tạo cuộc thi' }).click();
	await expect(page.getByRole('heading', { name: 'Hội thi tìm hiểu một cửa huyện Châu Thành' })).toBeVisible();
	await expect(page.getByTestId('contest-status')).toHaveText('Nháp');
	await expectAccessible(page);

	await page.getByText('Thêm đợt thi').first().click();
	await page.getByLabel('Tên đợt').fill('Vòng sơ khảo');
	await page.getByLabel('Mở lúc (giờ Việt Nam)').fill(vietnamInput(-1));
	await page.getByLabel('Đóng lúc (giờ Việt Nam)').fill(vietnamInput(48));
	await page.getByLabel('Thời gian làm bài (phút)').fill('10');
	await page.getByLabel('Số câu hỏi').fill('150');
	await page.getByRole('button', { name: 'Thêm đợt thi' }).click();
	await expect(page.getByText('Ngân hàng không đủ câu hỏi đã duyệt cho đợt thi này.')).toBeVisible();
	await expect(page.getByText('Chưa có đợt thi nào.')).toBeVisible();

	await page.getByLabel('Số câu hỏi').fill('5');
	await page.getByLabel('Cách hiển thị câu hỏi').selectOption({ label: 'Mỗi màn hình một câu (có nút chuyển câu)' });
	await page.getByLabel('Công bố đáp án cho thí sinh').selectOption({ label: 'Ngay sau khi nộp bài' });
	await page.getByRole('button', { name: 'Thêm đợt thi' }).click();
	await expect(page.getByText('Đã thêm đợt thi.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Vòng sơ khảo' })).toBeVisible();
	await page.getByRole('button', { name: 'Mở cuộc thi' }).click();
	await expect(page.getByTestId('contest-status')).toHaveText('Đang mở');

	// Open to Huyện Châu Thành's people only: the demo participant (Xã Tân Thạch) sees it, the judge
	// (Sở Tư pháp) does not.
	for (const [role, sees] of [
		['participant', 1],
		['judge', 0]
	] as const) {
		const context = await browser.newContext();
		const other = await context.newPage();
		await logInAs(other, role);
		await other.goto('/thi');
		await expect(other.getByRole('heading', { name: 'Hội thi tìm hiểu một cửa huyện Châu Thành' })).toHaveCount(sees);
		if (sees) await takeOneQuestionPerScreen(other);
		await context.close();
	}
});

/** The participant goes through the round one question at a time, reloads on the third, submits, and reads the key. */
async function takeOneQuestionPerScreen(page: Page) {
	await page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: 'Hội thi tìm hiểu một cửa huyện Châu Thành' }) })
		.getByRole('link', { name: 'Dự thi' })
		.click();
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	const shown = page.getByRole('region').filter({ has: page.getByText(/^Câu \d\/5$/) });
	for (let n = 1; n <= 5; n++) {
		await expect(shown).toHaveCount(1);
		await expect(shown).toContainText(`Câu ${n}/5`);
		await shown.getByRole('radio').first().check();
		await expect(page.getByTestId(`status-${n - 1}`)).toHaveText('Đã lưu');
		if (n === 3) {
			// A reload comes back to the same question, with its answer.
			await page.reload();
			await expect(shown).toContainText('Câu 3/5');
			await expect(shown.getByRole('radio').first()).toBeChecked();
		}
		if (n < 5) await shown.getByRole('link', { name: 'Câu sau →' }).click();
	}
	await expect(shown.getByRole('link', { name: 'Câu sau →' })).toHaveCount(0);
	await shown.getByRole('link', { name: '← Câu trước' }).click();
	await expect(shown).toContainText('Câu 4/5');
	await expectAccessible(page);
	await submitAttempt(page, '1');
	await expect(page.getByTestId('result')).toHaveText(/^Đúng \d\/5 câu/);
	await expect(page.getByTestId(/^review-\d$/)).toHaveCount(5);
}
