import { expect, test } from './support/test';
import { expectAccessible, logInAs } from './support/app';

const HEADER =
	'Loại,Chủ đề,Mức độ,Câu hỏi,Phương án A,Phương án B,Phương án C,Phương án D,Phương án E,Phương án F,Đáp án,Giải thích,Căn cứ,Thẻ';
const csv = (lines: string[]) => ({
	name: 'cau-hoi.csv',
	mimeType: 'text/csv',
	buffer: Buffer.from('\uFEFF' + [HEADER, ...lines].join('\r\n'), 'utf8')
});
// A 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const GOOD_SINGLE =
	'Một đáp án,Cơ chế một cửa,Dễ,Cơ chế một cửa liên thông được quy định tại nghị định nào?,Nghị định 61/2018/NĐ-CP,Nghị định 30/2020/NĐ-CP,Nghị định 45/2020/NĐ-CP,,,,A,,Nghị định 61/2018/NĐ-CP,một cửa';
const GOOD_TRUE_FALSE =
	'Đúng/Sai,,Trung bình,Dịch vụ công trực tuyến toàn trình cho phép nộp hồ sơ và nhận kết quả trực tuyến.,,,,,,,Đúng,,,';

test('an editor imports questions, fixes a bad file, finds and edits a used question; an organizer approves', async ({ page, browser }) => {
	await logInAs(page, 'editor');
	await page.getByRole('link', { name: 'Ngân hàng câu hỏi' }).click();
	await page.getByRole('link', { name: 'Ngân hàng câu hỏi cải cách hành chính' }).click();
	await expect(page.getByText(/^Tìm thấy \d+ câu hỏi$/)).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Nhập câu hỏi' }).click();
	await expectAccessible(page);

	// A file with an unknown option letter and an empty stem: both named, nothing imported.
	await page.getByLabel('Chọn tệp').setInputFiles(csv([GOOD_SINGLE.replace(',A,,', ',E,,'), 'Đúng/Sai,,Dễ,,,,,,,,Đúng,,,']));
	await page.getByRole('button', { name: 'Xem trước' }).click();
	await expect(page.getByRole('heading', { name: /Tệp có 2 lỗi/ })).toBeVisible();
	await expect(page.getByRole('row').filter({ hasText: 'Đáp án "E" không khớp phương án nào.' })).toContainText('2');
	await expect(page.getByRole('row').filter({ hasText: 'Câu hỏi' }).filter({ hasText: '3' })).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel('Chọn tệp').setInputFiles(csv([GOOD_SINGLE, GOOD_TRUE_FALSE]));
	await page.getByRole('button', { name: 'Xem trước' }).click();
	await expect(page.getByRole('heading', { name: 'Xem trước: 2 câu hỏi hợp lệ' })).toBeVisible();
	// The preview shows what will be stored: the topic (new here: no topic merely containing the name is
	// taken for it), the options with the key marked, the difficulty and the source.
	await expect(page.getByText('Chủ đề mới sẽ được tạo: Cơ chế một cửa.')).toBeVisible();
	const stored = page.getByRole('table', { name: 'Xem trước: 2 câu hỏi hợp lệ' });
	const single = stored.getByRole('row').filter({ hasText: 'Cơ chế một cửa liên thông được quy định' });
	await expect(single.getByRole('cell').nth(3)).toHaveText('Cơ chế một cửa mới');
	await expect(single.getByRole('listitem').filter({ hasText: 'Nghị định 61/2018/NĐ-CP' })).toContainText('✓ đúng');
	await expect(single.getByRole('listitem').filter({ hasText: 'Nghị định 30/2020/NĐ-CP' })).not.toContainText('✓');
	await expect(single).toContainText('Dễ');
	await expect(stored.getByRole('row').filter({ hasText: 'Dịch vụ công trực tuyến toàn trình' })).toContainText('✓ Đúng');
	await expectAccessible(page);
	await page.getByLabel('Trạng thái câu hỏi sau khi nhập').selectOption({ label: 'Chờ duyệt' });
	await page.getByRole('button', { name: 'Nhập 2 câu hỏi' }).click();
	await expect(page.getByText('Đã nhập 2 câu hỏi; bỏ qua 0 câu trùng.')).toBeVisible();

	// Found without typing diacritics.
	await page.getByRole('link', { name: 'Ngân hàng câu hỏi cải cách hành chính', exact: true }).click();
	await page.getByLabel('Tìm trong nội dung câu hỏi').fill('mot cua lien thong duoc quy dinh');
	await page.getByRole('button', { name: 'Lọc', exact: true }).click();
	await expect(page.getByText('Tìm thấy 1 câu hỏi')).toBeVisible();
	const stem = page.getByRole('link', { name: 'Cơ chế một cửa liên thông được quy định tại nghị định nào?' });
	await expect(stem).toBeVisible();

	// Printing the exam paper freezes the versions it shows.
	await page.getByText('Xuất', { exact: true }).click();
	const paper = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Đề thi (.docx)' }).click();
	expect((await paper).suggestedFilename()).toMatch(/de-thi\.docx$/);

	await stem.click();
	await expect(page.getByTestId('version')).toHaveText('Phiên bản 1');
	await page
		.getByRole('textbox', { name: 'Câu hỏi', exact: true })
		.fill('Cơ chế một cửa, một cửa liên thông được quy định tại nghị định nào?');
	await page.getByRole('button', { name: 'Lưu câu hỏi' }).click();
	await expect(page.getByText('Câu hỏi đã được dùng nên bản sửa được lưu thành phiên bản 2.')).toBeVisible();
	await expect(page.getByTestId('version')).toHaveText('Phiên bản 2');
	await expect(page.getByRole('listitem').filter({ hasText: 'Phiên bản 2' })).toContainText('Thay đổi: câu hỏi');
	await expect(page.getByRole('listitem').filter({ hasText: 'Phiên bản 1' })).toContainText('đã dùng');
	await expect(page.getByRole('button', { name: 'Duyệt câu hỏi' })).toHaveCount(0);
	await expectAccessible(page);
	const questionUrl = page.url();

	const organizerContext = await browser.newContext();
	const organizer = await organizerContext.newPage();
	await logInAs(organizer, 'organizer');
	await organizer.goto(questionUrl);
	await organizer.getByRole('button', { name: 'Duyệt câu hỏi' }).click();
	await expect(organizer.getByText('Đã chuyển trạng thái: Đã duyệt.')).toBeVisible();
	await expect(organizer.getByText('Người duyệt: Nguyễn Thị Hồng')).toBeVisible();
	await organizerContext.close();
});

test('an editor writes a multiple-answer question; a bad key is named and nothing is saved', async ({ page }) => {
	await logInAs(page, 'editor');
	await page.goto('/bank');
	await page.getByRole('link', { name: 'Ngân hàng câu hỏi cải cách hành chính' }).click();
	await page.getByRole('link', { name: 'Thêm câu hỏi' }).click();
	// The bank's list has a filter labelled "Loại câu hỏi" too: wait for the new page before choosing.
	await expect(page).toHaveURL(/\/bank\/\d+\/new$/);
	await expect(page.getByRole('heading', { name: 'Thêm câu hỏi', level: 1 })).toBeVisible();
	await page.getByLabel('Loại câu hỏi').selectOption({ label: 'Nhiều đáp án' });
	await expect(page.getByRole('checkbox', { name: 'Phương án A đúng' })).toBeVisible();
	await page.getByRole('textbox', { name: 'Câu hỏi', exact: true }).fill('Những chỉ số nào đo lường hiệu quả quản trị và hành chính công?');
	await page.getByLabel('Phương án A', { exact: true }).fill('PAPI');
	await page.getByLabel('Phương án B', { exact: true }).fill('PAR Index');
	await page.getByLabel('Phương án C', { exact: true }).fill('GDP');
	await page.getByRole('button', { name: 'Lưu câu hỏi' }).click();
	await expect(page.getByText('Chưa có đáp án đúng.')).toBeVisible();
	await expect(page.getByLabel('Phương án A', { exact: true })).toHaveValue('PAPI');

	await page.getByLabel('Phương án A đúng').check();
	await page.getByLabel('Phương án B đúng').check();
	// A text file dressed up as a picture is refused; a real PNG is kept and shown.
	await page.getByLabel(/^Hình minh họa/).setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from('<svg/>') });
	await page.getByRole('button', { name: 'Lưu câu hỏi' }).click();
	await expect(page.getByText('Tệp không phải hình PNG, JPEG, GIF hay WebP.')).toBeVisible();
	await page.getByLabel(/^Hình minh họa/).setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
	await page.getByRole('button', { name: 'Lưu câu hỏi' }).click();
	await expect(page.getByText('Đã lưu câu hỏi.')).toBeVisible();
	await expect(page.getByRole('img', { name: 'Hình minh họa của câu hỏi' })).toBeVisible();
	await expect(page.getByLabel('Phương án A đúng')).toBeChecked();
	await expect(page.getByLabel('Phương án C đúng')).not.toBeChecked();
});

test('an editor sees what an Aiken export holds and leaves out before downloading it', async ({ page }) => {
	await logInAs(page, 'editor');
	await page.goto('/bank');
	await page.getByRole('link', { name: 'Ngân hàng câu hỏi cải cách hành chính' }).click();
	await page.getByText('Xuất', { exact: true }).click();
	await page.getByRole('link', { name: 'Aiken (.txt)' }).click();
	await expect(page.getByRole('heading', { name: 'Xuất tệp Aiken' })).toBeVisible();
	await expect(page.getByText(/^Tệp Aiken sẽ có \d+ trong \d+ câu hỏi đang chọn\.$/)).toBeVisible();
	await expect(page.getByText(/câu mất chủ đề, mức độ, căn cứ, giải thích hoặc thẻ/)).toBeVisible();
	await expectAccessible(page);
	const file = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Tải tệp Aiken (.txt)' }).click();
	expect((await file).suggestedFilename()).toMatch(/-aiken\.txt$/);
});

test('a participant cannot open question banks or their exports', async ({ page }) => {
	await logInAs(page, 'participant');
	expect((await page.goto('/bank'))?.status()).toBe(403);
	expect((await page.request.get('/bank/1/export/xlsx')).status()).toBe(403);
});
