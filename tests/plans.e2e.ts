import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, test, type Download, type Page } from './support/test';
import { expectAccessible, logInAs, registerParticipant, submitAttempt } from './support/app';

// A plan's annex as copied from a Word document (tab-separated), with the agency names plans write:
// exact ones, an abbreviation, a close one to confirm, one the demo tree lacks, and groups of units.
const ANNEX = new URL('./fixtures/plans.annex.txt', import.meta.url);
const CONTEST = 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026';
const ARTICLES = '2. Viết bài tuyên truyền về CCHC trên Trang thông tin điện tử của Sở Nội vụ';
const PROVINCE_PLAN = 'Ủy ban nhân dân tỉnh Bến Tre (15/KH-UBND)';
const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date());

async function saved(download: Promise<Download>): Promise<Buffer> {
	return readFile((await (await download).path())!);
}

async function documentText(page: Page): Promise<string> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click();
	const zip = await JSZip.loadAsync(await saved(download));
	const xml = await zip.file('word/document.xml')!.async('string');
	return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

async function productsSheet(page: Page) {
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Tải bảng số liệu (.xlsx)' }).click();
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(new Uint8Array(await saved(download)).buffer);
	const sheet = workbook.getWorksheet('Sản phẩm')!;
	const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
	// The report covers several plans: each row starts with its plan, then its STT and content.
	return rows.find((row) => row[1] === PROVINCE_PLAN && String(row[3]).startsWith('Viết bài tuyên truyền'))!;
}

test('an organizer imports a plan’s annex, a district derives its plan, a unit records its progress, the organizer downloads the quarterly and yearly reports', async ({
	page,
	browser
}) => {
	const title = `Kế hoạch thông tin, tuyên truyền CCHC năm ${year} (${Date.now()})`;

	// The organizer creates the province's plan.
	await logInAs(page, 'organizer');
	await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Kế hoạch thông tin, tuyên truyền CCHC' })).toBeVisible();
	await expectAccessible(page);
	await page.getByText('Tạo kế hoạch').first().click();
	await page.getByLabel('Trích yếu (tên kế hoạch)').fill(title);
	await page.getByLabel('Số, ký hiệu').fill('15/KH-UBND');
	await page.getByLabel('Ngày ban hành').fill(`05/01/${year}`);
	await page.getByLabel('I. Mục đích, yêu cầu').fill('Nâng cao nhận thức về cải cách hành chính.');
	await page.locator('form').getByRole('button', { name: 'Tạo kế hoạch' }).click();
	await expect(page.getByRole('heading', { name: title })).toBeVisible();

	// It pastes the annex, confirms the close match and picks a unit for the unknown name.
	await page.getByRole('link', { name: 'Nhập phụ lục nhiệm vụ' }).first().click();
	const annex = await readFile(ANNEX, 'utf8');
	// Errors name the lines of the paste as pasted, blank lines above it counted.
	await page.getByLabel('Dán bảng nhiệm vụ').fill(`\n\n${annex.replace('Tháng 01\tTháng 01', 'Sớm nhất\tTháng 01')}`);
	await page.getByRole('button', { name: 'Xem trước' }).click();
	await expect(page.getByRole('row').filter({ hasText: 'Không hiểu thời gian "Sớm nhất"' })).toContainText('8');
	await page.getByLabel('Dán bảng nhiệm vụ').fill(annex);
	await page.getByRole('button', { name: 'Xem trước' }).click();
	await expect(page.getByRole('heading', { name: 'Xem trước: 4 nhiệm vụ' })).toBeVisible();
	// Each task as it will be stored: both ends of its timeline, its quantity, its units as matched so far.
	const tasks = page.getByRole('table', { name: 'Xem trước: 4 nhiệm vụ' });
	const articles = tasks.getByRole('row').filter({ hasText: 'Viết bài tuyên truyền' });
	await expect(articles).toContainText('12 bài');
	await expect(articles).toContainText(`01/01/${year}`);
	await expect(articles).toContainText(`31/12/${year}`);
	await expect(articles).toContainText('Báo Đồng Khởi (chưa chọn đơn vị)');
	const portal = tasks.getByRole('row').filter({ hasText: 'Cổng thông tin điện tử tỉnh' });
	await expect(portal).toContainText('Sở Thông tin và Truyền thông');
	await expect(portal).toContainText('UBND các huyện, thành phố');
	await expect(page.getByText('Khớp với Sở Nội vụ')).toBeVisible();
	await expect(page.getByText('Khớp với Sở Thông tin và Truyền thông')).toBeVisible();
	await expect(page.getByText('Không tìm thấy đơn vị có tên này.')).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Còn 2 tên cơ quan cần xác nhận hoặc chọn đơn vị.');
	await expect(page.getByRole('button', { name: 'Nhập 4 nhiệm vụ' })).toBeDisabled();
	await page.getByLabel('Xác nhận là Đoàn Khối các cơ quan tỉnh').check();
	const picker = page.getByRole('combobox', { name: 'Chọn đơn vị tương ứng' });
	await picker.fill('Sở Thông tin');
	await picker.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Sẵn sàng nhập 4 nhiệm vụ.');
	// The units confirmed and picked show in the tasks' rows; a group of units stays as written.
	await expect(articles).toContainText('Sở Thông tin và Truyền thông');
	await expect(articles).not.toContainText('chưa chọn đơn vị');
	await expect(tasks.getByRole('row').filter({ hasText: 'Tổ chức Cuộc thi' })).toContainText('Đoàn Khối các cơ quan tỉnh');
	await expect(portal).toContainText('UBND các huyện, thành phố');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Nhập 4 nhiệm vụ' }).click();
	await expect(page.getByText('Đã nhập 4 nhiệm vụ.')).toBeVisible();

	// A district derives its own plan from the province's: the same tasks, each led by the district.
	await page.goto('/plans');
	await page.getByRole('heading', { name: 'Xây dựng kế hoạch từ kế hoạch cấp trên' }).click();
	await page.getByLabel('Kế hoạch cấp trên').selectOption({ label: `${year} · ${title} (Ủy ban nhân dân tỉnh Bến Tre)` });
	const deriving = page.getByRole('combobox', { name: 'Đơn vị xây dựng kế hoạch' });
	await deriving.fill('Huyện Châu Thành');
	await deriving.press('Enter');
	await page.getByRole('button', { name: 'Xây dựng kế hoạch', exact: true }).click();
	await expect(page.getByRole('heading', { name: title })).toBeVisible();
	await expect(page.getByText(`Xây dựng từ kế hoạch: ${title} (Ủy ban nhân dân tỉnh Bến Tre)`)).toBeVisible();
	const derivedAnnex = page.getByRole('table', { name: 'Phụ lục: 4 nhiệm vụ' });
	await expect(derivedAnnex.getByRole('row', { name: /^2 Viết bài tuyên truyền .* Huyện Châu Thành/ })).toBeVisible();

	// The demo contest carries out the plan's contest task.
	await page.getByRole('link', { name: 'Cuộc thi', exact: true }).click();
	await page.getByRole('link', { name: CONTEST }).click();
	// The province's task, not the district's copy of it.
	const taskSelect = page.getByLabel('Nhiệm vụ', { exact: true });
	const provinceTask = taskSelect.locator(`optgroup[label="${year} · ${title} (Ủy ban nhân dân tỉnh Bến Tre)"] option`, {
		hasText: '3. Tổ chức Cuộc thi trực tuyến tìm hiểu về CCHC'
	});
	await taskSelect.selectOption((await provinceTask.getAttribute('value'))!);
	await page.getByRole('button', { name: 'Lưu nhiệm vụ' }).click();
	await expect(page.getByText('Đã lưu.')).toBeVisible();
	await page.getByRole('link', { name: '3. Tổ chức Cuộc thi trực tuyến tìm hiểu về CCHC' }).click();
	await expect(page.getByRole('heading', { name: `Kết quả các cuộc thi thực hiện nhiệm vụ (năm ${year})` })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Các đợt thi' }).getByRole('row', { name: /^Đợt 1 / })).toBeVisible();
	// The contest's round has opened: the task is under way without anyone typing it in.
	await expect(page.getByTestId('task-status')).toHaveText('◐ Đang thực hiện');

	// The task board of the plan, tasks grouped by status.
	await page.getByRole('link', { name: `← ${title}` }).click();
	await expect(page.getByRole('heading', { name: 'Bảng theo dõi nhiệm vụ' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Chưa triển khai \(\d\)$/ })).toBeVisible();
	await expect(page.getByRole('link', { name: ARTICLES })).toBeVisible();
	await expectAccessible(page);
	const planUrl = page.url().replace(/\/board.*$/, '');

	// The editor of Sở Nội vụ, the lead unit, records Quý I with a file as evidence.
	const editorContext = await browser.newContext();
	const editor = await editorContext.newPage();
	await logInAs(editor, 'editor');
	await editor.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
	await editor.getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
	await editor.getByRole('link', { name: ARTICLES }).click();
	await expect(editor.getByTestId('task-status')).toHaveText(/Chưa triển khai|Quá hạn/);
	await editor.getByLabel('Quý', { exact: true }).selectOption({ label: `Quý I/${year}` });
	await editor.getByLabel('Số lượng thực hiện trong quý (bài)').fill('5');
	await editor.getByLabel('Ghi chú, kết quả').fill('Đã đăng 5 bài trên trang thông tin của Sở.');
	await editor.getByLabel('Đường dẫn minh chứng').fill('https://snv.bentre.gov.vn/cchc-1');
	await editor
		.getByLabel('Tệp minh chứng')
		.setInputFiles({ name: 'bien-ban.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 biên bản') });
	await editor.getByRole('button', { name: 'Ghi tiến độ' }).click();
	await expect(editor.getByText(`Đã ghi tiến độ Quý I/${year}.`)).toBeVisible();
	const history = editor.getByRole('table', { name: 'Lịch sử báo cáo tiến độ' });
	await expect(history.getByRole('row', { name: new RegExp(`Quý I/${year} 5`) })).toBeVisible();
	await expect(history.getByRole('link', { name: 'bien-ban.pdf' })).toBeVisible();
	await expect(editor.getByTestId('task-done')).toHaveText('5/12 bài');
	await expectAccessible(editor);
	// The plan itself is the organizers’ to keep.
	expect((await editor.goto(planUrl))?.status()).toBe(403);
	await editorContext.close();

	// A youth-union member takes the contest's round, answering one question of ten.
	const participantContext = await browser.newContext();
	const participant = await participantContext.newPage();
	await registerParticipant(participant, 'Trần Thị Báo Cáo');
	await participant.goto('/thi');
	await participant
		.locator('section')
		.filter({ has: participant.getByRole('heading', { name: CONTEST }) })
		.getByRole('link', { name: 'Dự thi' })
		.click();
	await participant.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	await participant
		.getByRole('region')
		.filter({ has: participant.getByText(/^Câu 1\/10$/) })
		.getByRole('radio')
		.first()
		.check();
	await expect(participant.getByTestId('status-0')).toHaveText('Đã lưu');
	await submitAttempt(participant);
	await expect(participant.getByTestId('result')).toHaveText(/^Đúng [01]\/10 câu/);
	await participantContext.close();

	// The organizer reads the yearly report: the district's tasks by its plan, the contest's results
	// by band and its weakest topics.
	await page.goto(planUrl);
	await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
	await expect(
		page.getByRole('heading', { name: `Kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính năm ${year}` })
	).toBeVisible();
	await expect(page.getByRole('img', { name: /Nhiệm vụ theo tình trạng/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /Phân bố kết quả theo tỷ lệ câu trả lời đúng/ })).toBeVisible();
	// Other journeys answer the demo contest too, so only the form of the sentence is certain here;
	// report.db.spec.ts checks the figures against the rows.
	await expect(page.getByText(/^Các chủ đề có tỷ lệ trả lời đúng thấp nhất: .+ \(\d+(,\d+)?%\)/)).toBeVisible();
	const taskList = page.getByRole('table', { name: 'Danh sách nhiệm vụ' });
	await expect(taskList.getByRole('columnheader').first()).toHaveText('Kế hoạch');
	await expect(
		taskList.getByRole('row', { name: new RegExp(`^${PROVINCE_PLAN.replace(/[()]/g, '\\$&')} 2 Viết bài tuyên truyền .* Sở Nội vụ`) })
	).toBeVisible();
	await expect(taskList.getByRole('row', { name: /^Huyện Châu Thành 2 Viết bài tuyên truyền .* Huyện Châu Thành/ })).toBeVisible();
	await expectAccessible(page);

	// It downloads the report with its number and signer; a malformed number is refused by its field.
	await page.getByLabel('Số, ký hiệu (không bắt buộc)').fill('12 / BC');
	await page.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click();
	await expect(page.getByText(/^Số, ký hiệu phải có dạng 12\/BC-SNV/)).toBeVisible();
	await expect(page.getByLabel('Số, ký hiệu (không bắt buộc)')).toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Số, ký hiệu (không bắt buộc)').fill('12/BC-UBND');
	await page.getByLabel('Người ký (không bắt buộc)', { exact: true }).fill('Nguyễn Văn Bình');
	await page.getByLabel('Chức vụ người ký (không bắt buộc)').fill('Chủ tịch');
	const yearly = await documentText(page);
	for (const text of [
		'BÁO CÁO',
		'Số: 12/BC-UBND',
		`năm ${year}`,
		'Kế hoạch số 15/KH-UBND ngày 05/01/' + year,
		'Viết bài tuyên truyền',
		'Huyện Châu Thành',
		'Các chủ đề có tỷ lệ trả lời đúng thấp nhất',
		'TM. ỦY BAN NHÂN DÂN',
		'CHỦ TỊCH',
		'Nguyễn Văn Bình'
	])
		expect(yearly).toContain(text);
	expect(yearly).not.toContain('KT. CHỦ TỊCH');
	expect((await productsSheet(page)).slice(5, 8)).toEqual([12, 5, 5]);

	await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption({ label: `Quý I/${year}` });
	await page.getByRole('button', { name: 'Xem báo cáo' }).click();
	await expect(
		page.getByRole('heading', { name: `Kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính quý I năm ${year}` })
	).toBeVisible();
	const quarterly = await documentText(page);
	expect(quarterly).toContain(`quý I năm ${year}`);
	expect(quarterly).toContain('Viết bài tuyên truyền');
	// Left blank, the number is the clerk's to fill in.
	expect(quarterly).toContain('Số:        /BC-UBND');
	expect((await productsSheet(page)).slice(5, 8)).toEqual([12, 5, 5]);
});
