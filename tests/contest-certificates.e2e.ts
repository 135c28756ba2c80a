import { readFile } from 'node:fs/promises';
import { expect, test } from './support/test';
import { readPdf } from '../src/lib/server/documents/test-pdf';
import { logInAs } from './support/app';

const CONTEST = 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026';

// Other journeys submit the demo round; this one does not depend on whether they ran first.
test('an organizer downloads the winners list and the certificates of a round as PDF; a participant cannot', async ({ page, browser }) => {
	await logInAs(page, 'organizer');
	await page.getByRole('link', { name: 'Cuộc thi', exact: true }).click();
	await page.getByRole('link', { name: CONTEST }).click();
	await page.getByRole('link', { name: 'Đợt 1' }).click();

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Tải danh sách đạt giải (.pdf)' }).click();
	expect((await download).suggestedFilename()).toBe('Danh sách đạt giải - Đợt 1.pdf');
	const list = await readFile((await (await download).path())!);
	expect(list.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	const { pages } = await readPdf(list);
	const text = pages
		.map((p) => p.text)
		.join('\n')
		.replace(/\s+/g, ' ');
	expect(text).toContain('DANH SÁCH ĐẠT GIẢI');
	expect(text).toContain(CONTEST);
	expect(text).toContain('Kết quả tạm thời');

	const certificates = await page.request.get(`${new URL(page.url()).pathname}/certificates.pdf`);
	expect(certificates.headers()['content-type']).toBe('application/pdf');
	expect((await certificates.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

	const context = await browser.newContext();
	const participant = await context.newPage();
	await logInAs(participant, 'participant');
	for (const file of ['winners.pdf', 'certificates.pdf']) {
		const response = await participant.request.get(`${new URL(page.url()).pathname}/${file}`);
		expect(response.status()).toBe(403);
	}
	await context.close();
});
