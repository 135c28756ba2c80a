import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from './support/test';
import { createOpenContest, expectAccessible, logInAs, submitAttempt } from './support/app';

test('after the demo participant submits a round, the organizer reads its statistics and downloads them', async ({ page, browser }) => {
	// A round of its own, open only to the demo participant's commune: the figures below count exactly
	// this spec's one attempt, whatever other specs did to the demo round before.
	const contest = `Thi tìm hiểu CCHC xã Tân Thạch (${Date.now()})`;
	const organizerContext = await browser.newContext();
	const organizer = await organizerContext.newPage();
	await logInAs(organizer, 'organizer');
	await createOpenContest(organizer, { title: contest, scope: 'Xã Tân Thạch', round: 'Đợt 1', questions: 10 });

	await logInAs(page, 'participant');
	await page.goto('/thi');
	await page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: contest }) })
		.getByRole('link', { name: 'Dự thi' })
		.click();
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	const questions = page.getByRole('region').filter({ has: page.getByText(/^Câu \d+\/10$/) });
	await expect(questions).toHaveCount(10);
	for (let i = 0; i < 10; i++) {
		await questions.nth(i).getByRole('radio').first().check();
		await expect(page.getByTestId(`status-${i}`)).toHaveText('Đã lưu');
	}
	await submitAttempt(page, '1');
	await expect(page.getByTestId('result')).toHaveText(/^Đúng \d+\/10 câu/);

	await organizer.getByRole('link', { name: 'Đợt 1' }).click();
	await organizer.getByRole('link', { name: 'Thống kê đợt thi' }).click();
	await expect(organizer.getByRole('heading', { name: 'Thống kê đợt thi: Đợt 1' })).toBeVisible();
	await expect(organizer.getByTestId('stat-n')).toHaveText('1');

	// One row per question drawn; with one attempt each was drawn once and is either all right or all wrong.
	const table = organizer.getByRole('table', { name: 'Thống kê từng câu hỏi' });
	const rows = table.getByRole('row');
	await expect(rows).toHaveCount(11);
	for (let i = 1; i <= 10; i++) {
		await expect(rows.nth(i).getByRole('cell').nth(3)).toHaveText('1');
		await expect(rows.nth(i).getByRole('cell').nth(4)).toHaveText(/^(0|100)$/);
	}
	await expect(organizer.getByRole('img', { name: /Số người nộp bài theo thời gian/ })).toBeVisible();
	await expect(organizer.getByRole('img', { name: /Số người dự thi theo đơn vị/ })).toBeVisible();
	await organizer.getByRole('region', { name: 'Số người dự thi theo đơn vị' }).getByText('Bảng số liệu').click();
	await expect(
		organizer.getByRole('table', { name: 'Số người dự thi theo đơn vị' }).getByRole('row', { name: 'Xã Tân Thạch 1' })
	).toBeVisible();
	await expectAccessible(organizer);

	const download = organizer.waitForEvent('download');
	await organizer.getByRole('link', { name: 'Tải thống kê (.xlsx)' }).click();
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(new Uint8Array(await readFile((await (await download).path())!)).buffer);
	const sheet = workbook.getWorksheet('Câu hỏi')!;
	expect(sheet.getRow(1).getCell(2).value).toBe('Câu hỏi');
	expect(sheet.rowCount).toBe(11);
	expect(sheet.getRow(2).getCell(4).value).toBe(1);
	expect(workbook.getWorksheet('Tổng quan')!.getRow(2).values).toEqual([undefined, 'Số bài tính điểm', 1]);

	// The statistics are the organizers’: a participant is turned away.
	const response = await page.goto(organizer.url());
	expect(response?.status()).toBe(403);
	await organizerContext.close();
});
