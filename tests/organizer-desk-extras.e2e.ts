import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { createOpenContest, expectAccessible, freshPhone, logInAs, registerParticipant } from './support/app';
import { expect, test } from './support/test';

test('an organizer ends a round now while a participant is working; the attempt is submitted, and results.xlsx and the responses say who and when', async ({
	page,
	browser
}) => {
	const title = `Cuộc thi kết thúc sớm ${freshPhone()}`;
	const organizerContext = await browser.newContext();
	const organizer = await organizerContext.newPage();
	await logInAs(organizer, 'organizer');
	await createOpenContest(organizer, { title, scope: 'Tỉnh Đoàn Bến Tre', round: 'Vòng một', questions: 2 });
	const contestPage = organizer.url();

	const phone = await registerParticipant(page, 'Đặng Làm Dở');
	await page.goto('/thi');
	await page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: title }) })
		.getByRole('link', { name: 'Dự thi', exact: true })
		.click();
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	await page.getByRole('region').filter({ hasText: 'Câu 1/2' }).getByRole('radio').first().check();
	await expect(page.getByTestId('status-0')).toHaveText('Đã lưu');

	await organizer.goto(contestPage);
	await organizer.getByRole('link', { name: 'Vòng một', exact: true }).click();
	await expect(organizer.getByTestId('round-state')).toHaveText('Đang mở');
	await organizer.getByRole('button', { name: 'Kết thúc đợt thi ngay' }).click();
	const dialog = organizer.getByRole('dialog', { name: 'Kết thúc đợt thi ngay bây giờ?' });
	await expect(dialog).toContainText('Bài đang làm được nộp với các câu đã lưu');
	await expectAccessible(organizer);
	// "Hủy" leaves the round open; only the dialog's own button ends it.
	await dialog.getByRole('button', { name: 'Hủy' }).click();
	await expect(organizer.getByTestId('round-state')).toHaveText('Đang mở');
	await organizer.getByRole('button', { name: 'Kết thúc đợt thi ngay' }).click();
	await dialog.getByRole('button', { name: 'Kết thúc ngay' }).click();
	await expect(organizer.getByText('Đã kết thúc đợt thi; kết quả là chính thức.')).toBeVisible();
	await expect(organizer.getByTestId('round-state')).toHaveText('Đã đóng');
	await expect(organizer.getByRole('button', { name: 'Kết thúc đợt thi ngay' })).toHaveCount(0);

	// The participant's page, reloaded, shows the attempt submitted with the one saved answer.
	await page.reload();
	await expect(page.getByTestId('result')).toHaveText(/^Đúng [01]\/2 câu/);
	await expect(page.getByTestId('result-rank')).toHaveText('Kết quả chính thức: hạng 1/1 người dự thi');

	const download = organizer.waitForEvent('download');
	await organizer.getByRole('link', { name: 'Tải kết quả (.xlsx)' }).click();
	expect((await download).suggestedFilename()).toBe('Kết quả - Vòng một.xlsx');
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(new Uint8Array(await readFile((await (await download).path())!)).buffer);
	const sheet = workbook.getWorksheet('Kết quả')!;
	expect(sheet.getRow(1).values).toContain('Nộp bài');
	expect(sheet.getRow(2).getCell(3).value).toBe('Đặng Làm Dở');
	expect(sheet.getRow(2).getCell(4).value).toBe(phone);
	expect(sheet.getRow(2).getCell(12).value).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d/);
	expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

	await organizer.getByRole('link', { name: 'Bài làm của thí sinh' }).click();
	await expectAccessible(organizer);
	await organizer.getByRole('link', { name: 'Đặng Làm Dở' }).click();
	const responses = organizer.getByTestId('responses');
	await expect(responses.getByRole('row')).toHaveCount(3);
	await expect(responses.getByRole('row').nth(1)).toContainText(/Trả lời (đúng|sai)/);
	await expect(responses.getByRole('row').nth(2)).toContainText('Chưa trả lời');
	await expectAccessible(organizer);
	await organizerContext.close();

	// The audit trail keeps who ended the round, and when it would have closed.
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await logInAs(admin, 'admin');
	await admin.goto('/admin/audit?kind=round.ended');
	const ended = admin.getByRole('table', { name: 'Nhật ký hệ thống' }).getByRole('row').filter({ hasText: 'Vòng một' }).first();
	await expect(ended).toContainText('Kết thúc đợt thi ngay');
	await expect(ended).toContainText('closesAt');
	await adminContext.close();
});

test('an editor typing a stem the bank already has is warned before saving, previews it as a participant, then deletes the draft', async ({
	page
}) => {
	await logInAs(page, 'editor');
	await page.goto('/bank');
	await page.getByRole('link', { name: 'Ngân hàng câu hỏi cải cách hành chính' }).click();
	await page.getByRole('link', { name: 'Thêm câu hỏi' }).click();
	await expect(page.getByRole('heading', { name: 'Thêm câu hỏi', level: 1 })).toBeVisible();
	const stem = page.getByRole('textbox', { name: 'Câu hỏi', exact: true });
	const stemText = 'Nội dung nào sau đây không thuộc sáu nội dung của Chương trình tổng thể CCHC giai đoạn 2021 - 2030?';
	await stem.pressSequentially(stemText.slice(0, 20));
	await stem.fill(stemText);
	const warning = page.getByTestId('similar-while-typing');
	await expect(warning).toContainText('Câu hỏi đang soạn có thể trùng với câu đã có');
	await expect(warning.getByRole('link', { name: /^Nội dung nào sau đây KHÔNG thuộc sáu nội dung/ })).toBeVisible();
	await expectAccessible(page);

	// Saved anyway (a draft), it can still be deleted by its author.
	await page.getByLabel('Phương án A', { exact: true }).fill('Cải cách thể chế');
	await page.getByLabel('Phương án B', { exact: true }).fill('Cải cách tư pháp');
	await page.getByLabel('Phương án B đúng').check();
	await page.getByRole('button', { name: 'Lưu câu hỏi' }).click();
	await expect(page.getByText('Đã lưu câu hỏi.')).toBeVisible();

	// "Xem thử" shows it as a participant gets it: the options, and neither the key nor a heading for it.
	await page.getByRole('link', { name: 'Xem thử như thí sinh' }).click();
	const preview = page.getByTestId('preview');
	await expect(preview.getByRole('heading', { name: stemText })).toBeVisible();
	await expect(preview.getByRole('radio')).toHaveCount(2);
	await expect(preview).not.toContainText('Đáp án');
	await expectAccessible(page);
	await page.getByRole('link', { name: '← Sửa câu hỏi' }).click();

	await page.getByRole('button', { name: 'Xóa bản nháp này' }).click();
	await expect(page.getByText('Đã xóa bản nháp.')).toBeVisible();
	await page.getByLabel('Tìm trong nội dung câu hỏi').fill('noi dung nao sau day khong thuoc sau noi dung');
	await page.getByRole('button', { name: 'Lọc', exact: true }).click();
	await expect(page.getByText('Tìm thấy 1 câu hỏi')).toBeVisible();
});
