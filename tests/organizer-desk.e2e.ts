import { expect, test } from '@playwright/test';
import { demoAccount, expectAccessible, gotoReady, logInAs, vietnamInput } from './support/app';

const CONTEST = 'Hội thi tìm hiểu một cửa theo tuần';

test('an organizer builds a three-row blueprint, makes a weekly series of four, moves a started round’s close, grants ten extra minutes, and a stale second save is refused', async ({
	page,
	browser
}) => {
	await logInAs(page, 'organizer');
	await page.goto('/contests');
	await page.getByText('Tạo cuộc thi').first().click();
	await page.getByLabel('Tên cuộc thi').fill(CONTEST);
	await page.getByRole('combobox', { name: /Đối tượng dự thi/ }).fill('huyen chau thanh');
	await page.getByRole('option', { name: 'Huyện Châu Thành', exact: true }).click();
	await page.getByRole('button', { name: 'Tạo cuộc thi' }).click();
	await expect(page.getByRole('heading', { name: CONTEST })).toBeVisible();

	// The matrix: each row shows what the bank holds for it as it is typed.
	await page.getByText('Thêm đợt thi').first().click();
	await page.getByLabel('Tên đợt').fill('Tuần 1');
	await page.getByLabel('Mở lúc (giờ Việt Nam)').fill(vietnamInput(-1));
	await page.getByLabel('Đóng lúc (giờ Việt Nam)').fill(vietnamInput(48));
	await page.getByLabel('Thời gian làm bài (phút)').fill('15');
	await page.getByLabel('Lấy từ chủ đề', { exact: true }).selectOption({ label: 'Cơ chế một cửa, một cửa liên thông' });
	await page.getByLabel('Số câu hỏi', { exact: true }).fill('30');
	await expect(page.getByTestId('available-0')).toContainText('Dòng này cần nhiều hơn số câu hiện có.');
	await page.getByLabel('Số câu hỏi', { exact: true }).fill('2');
	await expect(page.getByTestId('available-0')).not.toContainText('Dòng này cần');
	await page.getByRole('button', { name: 'Thêm dòng' }).click();
	await page.getByLabel('Mức độ, Dòng 2').selectOption({ label: 'Dễ' });
	await page.getByLabel('Số câu hỏi, Dòng 2').fill('2');
	await page.getByRole('button', { name: 'Thêm dòng' }).click();
	await page.getByLabel('Mức độ, Dòng 3').selectOption({ label: 'Khó' });
	await page.getByLabel('Số câu hỏi, Dòng 3').fill('1');
	await expect(page.getByTestId('blueprint-total')).toHaveText('Tổng: 5 câu');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Thêm đợt thi' }).click();
	await expect(page.getByText('Đã thêm đợt thi.')).toBeVisible();
	await page.getByRole('button', { name: 'Mở cuộc thi' }).click();
	await expect(page.getByTestId('contest-status')).toHaveText('Đang mở');

	// A weekly series of four from the first round.
	await page.getByRole('paragraph').filter({ hasText: 'Tuần 1' }).getByRole('link', { name: 'Sửa đợt thi' }).click();
	await expect(page.getByRole('heading', { name: 'Sửa đợt thi: Tuần 1' })).toBeVisible();
	await expectAccessible(page);
	const editUrl = page.url();
	// Xem thử: one draw of the blueprint, five questions, nothing stored.
	await page.getByRole('button', { name: 'Rút thử một đề' }).click();
	await expect(page.getByTestId('sample').getByRole('listitem')).toHaveCount(5);
	await page.getByRole('button', { name: 'Tạo chuỗi đợt thi' }).click();
	await expect(page.getByText('Đã tạo thêm 3 đợt thi.')).toBeVisible();
	await page.getByRole('link', { name: '← Tuần 1' }).click();
	await page.getByRole('link', { name: `← ${CONTEST}` }).click();
	for (const name of ['Tuần 1', 'Tuần 2', 'Tuần 3', 'Tuần 4']) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();

	// The participant starts Tuần 1.
	const context = await browser.newContext();
	const participant = await context.newPage();
	await logInAs(participant, 'participant');
	await participant.goto('/thi');
	await participant
		.locator('section')
		.filter({ has: participant.getByRole('heading', { name: CONTEST }) })
		.getByRole('link', { name: 'Dự thi' })
		.click();
	await participant.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	await expect(participant.getByTestId('remaining')).toHaveText(/^1[45]:\d\d$/);

	// Now the draw is frozen and says why; the close can still move. A second tab's older form is refused.
	const stale = await browser.newContext({ storageState: await page.context().storageState() });
	const other = await stale.newPage();
	await gotoReady(other, editUrl);
	await gotoReady(page, editUrl);
	await expect(page.getByTestId('frozen-hint')).toBeVisible();
	await expect(page.getByLabel('Thời gian làm bài (phút)')).toHaveAttribute('readonly', '');
	await page.getByLabel('Đóng lúc (giờ Việt Nam)').fill(vietnamInput(24));
	await page.getByRole('button', { name: 'Lưu đợt thi' }).click();
	await expect(page.getByText('Đã lưu đợt thi.')).toBeVisible();
	await other.getByLabel('Tên đợt').fill('Tuần 1 (sửa cùng lúc)');
	await other.getByRole('button', { name: 'Lưu đợt thi' }).click();
	await expect(other.getByText('Đã có người sửa nội dung này sau khi bạn mở trang')).toBeVisible();
	await stale.close();

	// Ten extra minutes for the participant, with the reason, shown on the round page.
	await page.getByRole('link', { name: '← Tuần 1' }).click();
	await expect(page.getByTestId('round-state')).toHaveText('Đang mở');
	await expect(page.getByTestId('contest-state')).toHaveText('Cuộc thi: Đang mở');
	await page.getByLabel('Số điện thoại hoặc email của thí sinh').fill(demoAccount('participant').phone);
	await page.getByLabel('Thêm số phút làm bài').fill('10');
	await page.getByLabel('Lý do').fill('Mất điện giữa giờ');
	await page.getByRole('button', { name: 'Gia hạn', exact: true }).click();
	await expect(page.getByText('Đã gia hạn.')).toBeVisible();
	await expect(page.getByTestId('overrides')).toContainText('+10 phút');
	await expect(page.getByTestId('overrides')).toContainText('Mất điện giữa giờ');
	await expectAccessible(page);

	// The participant's countdown now runs on 25 minutes.
	await participant.reload();
	await expect(participant.getByTestId('remaining')).toHaveText(/^2[45]:\d\d$/);
	await context.close();

	// The organizer's home: the open round with today's figures, the next week's round opening soon.
	await page.goto('/');
	await expect(page.getByTestId('desk-open')).toContainText(`${CONTEST}: Tuần 1 — hôm nay 1 người làm bài, 0 bài nộp`);
	await expect(page.getByTestId('desk-soon')).toContainText(`${CONTEST}: Tuần 2`);
	await expectAccessible(page);
});

test('an editor finds a question by its words in another order, without diacritics, with the hits marked', async ({ page }) => {
	await logInAs(page, 'editor');
	await page.goto('/bank');
	await page.getByRole('link', { name: 'Ngân hàng câu hỏi cải cách hành chính' }).click();
	await page.getByLabel('Tìm trong nội dung câu hỏi').fill('lien thong mot cua van ban');
	await page.getByRole('button', { name: 'Lọc', exact: true }).click();
	const stem = page.getByRole('link', { name: /^Văn bản nào quy định về thực hiện cơ chế một cửa, một cửa liên thông/ });
	await expect(stem).toBeVisible();
	await expect(stem.locator('mark')).toHaveText(['Văn', 'bản', 'một', 'cửa', 'một', 'cửa', 'liên', 'thông']);

	// A code is found as written, in stems and in options alike.
	await page.getByLabel('Tìm trong nội dung câu hỏi').fill('61/2018/NĐ-CP');
	await page.getByRole('button', { name: 'Lọc', exact: true }).click();
	await expect(page.getByRole('link', { name: /sửa đổi, bổ sung Nghị định số 61\/2018\/NĐ-CP/ })).toBeVisible();
	await expectAccessible(page);

	// A duplicate written by mistake: its author deletes the draft before submitting it.
	await page.getByRole('link', { name: 'Thêm câu hỏi' }).click();
	await expect(page.getByRole('heading', { name: 'Thêm câu hỏi', level: 1 })).toBeVisible();
	await expect(page.getByText('Nội dung phương án')).toBeVisible();
	await page.getByRole('textbox', { name: 'Câu hỏi', exact: true }).fill('Bản nháp trùng về một cửa liên thông?');
	await page.getByLabel('Phương án A', { exact: true }).fill('Có');
	await page.getByLabel('Phương án B', { exact: true }).fill('Không');
	await page.getByLabel('Phương án A đúng').check();
	await page.getByRole('button', { name: 'Lưu câu hỏi' }).click();
	await expect(page.getByText('Đã lưu câu hỏi.')).toBeVisible();
	await page.getByRole('button', { name: 'Xóa bản nháp này' }).click();
	await expect(page.getByText('Đã xóa bản nháp.')).toBeVisible();
	await page.getByLabel('Tìm trong nội dung câu hỏi').fill('ban nhap trung');
	await page.getByRole('button', { name: 'Lọc', exact: true }).click();
	await expect(page.getByText('Tìm thấy 0 câu hỏi')).toBeVisible();
});
