import { expect, test, type Page } from './support/test';
import { demoAccount, expectAccessible, gotoReady, logInAs } from './support/app';
import { answerOnPhone, countdownSeconds, joinWithNickname, openDevice, PHONE, rightLetter, wrongLetter } from './support/live';

/** A guest joins by PIN, with a nickname or one the page makes up; returns the nickname shown. */
async function joinAsGuest(page: Page, pin: string, nickname: string | null): Promise<string> {
	await gotoReady(page, '/play');
	if (nickname) {
		await joinWithNickname(page, pin, nickname);
		return nickname;
	}
	await page.getByLabel('Mã PIN trận thi').fill(pin);
	await page.getByRole('button', { name: 'Tạo biệt danh ngẫu nhiên' }).click();
	const name = await page.getByLabel('Biệt danh').inputValue();
	await page.getByRole('button', { name: 'Vào phòng thi' }).click();
	await expect(page.getByTestId('lobby')).toBeVisible();
	return name;
}

test('a live game: players join by PIN, answer a knowledge part (one reloads midway), a judge scores a situation, and the big screen follows to the podium', async ({
	browser
}) => {
	test.setTimeout(150_000);

	// The organizer sets the game up from the demo bank; a part the bank cannot fill is named by its row.
	const host = await openDevice(browser);
	await logInAs(host, 'organizer');
	await host.getByRole('link', { name: 'Thi trực tiếp' }).click();
	await expect(host.getByRole('row', { name: /Hội thi Chủ tịch UBND cấp xã với công tác cải cách hành chính/ })).toBeVisible();
	await host.getByRole('link', { name: 'Tạo trận thi' }).click();
	await host.getByLabel('Tên trận thi').fill('Đoàn viên thi trực tiếp về cải cách hành chính');
	await host.getByLabel('Cuộc thi').selectOption({ label: 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026' });
	await host.getByLabel('Ngân hàng câu hỏi').selectOption({ label: 'Ngân hàng câu hỏi cải cách hành chính (Sở Nội vụ)' });
	await host.getByLabel('Cho phép khách tham gia bằng biệt danh').check();
	await host.getByLabel(demoAccount('judge').fullName).check();
	const first = host.getByRole('group', { name: 'Phần 1' });
	await first.getByLabel('Số câu hỏi').fill('90');
	await first.getByLabel(/^Thời gian mỗi câu/).fill('20');
	await host.getByRole('button', { name: 'Thêm phần thi' }).click();
	const second = host.getByRole('group', { name: 'Phần 2' });
	await second.getByLabel('Loại phần thi').selectOption({ label: 'Xử lý tình huống' });
	await second.getByLabel('Tên phần thi').fill('Xử lý tình huống');
	await second.getByLabel('Số câu hỏi').fill('1');
	await second.getByLabel(/^Thời gian mỗi câu/).fill('120');
	await host.getByRole('button', { name: 'Tạo trận thi' }).click();
	await expect(host.getByText(/^Phần 1: Ngân hàng không đủ câu hỏi đã duyệt/)).toBeVisible();
	await expect(first.getByLabel('Số câu hỏi')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(host);
	await first.getByLabel('Số câu hỏi').fill('2');
	await host.getByRole('button', { name: 'Tạo trận thi' }).click();

	await expect(host.getByRole('heading', { name: 'Đoàn viên thi trực tiếp về cải cách hành chính' })).toBeVisible();
	const pin = (await host.getByTestId('pin').textContent())!;
	expect(pin).toMatch(/^\d{6}$/);
	const gameUrl = host.url().replace(/\/host$/, '');
	await expect(host.getByTestId('players')).toHaveText('0 thí sinh, 0 đang kết nối');

	// The projector's laptop and the judge's tablet.
	const screen = await openDevice(browser, { viewport: { width: 1280, height: 720 } });
	await logInAs(screen, 'organizer');
	await screen.goto(`${gameUrl}/screen`);
	await expect(screen.getByTestId('screen-pin')).toHaveText(pin);
	await expect(screen.getByRole('img', { name: /^Mã QR để vào phòng thi/ })).toBeVisible();
	const judge = await openDevice(browser);
	await logInAs(judge, 'judge');
	await judge.getByRole('link', { name: 'Thi trực tiếp' }).click();
	await judge
		.getByRole('row', { name: /Đoàn viên thi trực tiếp/ })
		.getByRole('link', { name: /Chấm điểm/ })
		.click();
	await expect(judge.getByTestId('judge-waiting')).toBeVisible();

	// Three phones: the demo participant signed in, and two guests (one refused a rude nickname first).
	const bao = await openDevice(browser, PHONE);
	await logInAs(bao, 'participant');
	await bao.goto(`/play?pin=${pin}`);
	await expect(bao.getByText(`Bạn tham gia với tên ${demoAccount('participant').fullName}.`)).toBeVisible();
	await bao.getByRole('button', { name: 'Vào phòng thi' }).click();
	await expect(bao.getByTestId('lobby')).toBeVisible();
	const guest = await openDevice(browser, PHONE);
	const guestName = await joinAsGuest(guest, pin, null);
	const other = await openDevice(browser, PHONE);
	await other.goto(`/play?pin=${pin}`);
	await other.getByLabel('Biệt danh').fill('đm');
	await other.getByRole('button', { name: 'Vào phòng thi' }).click();
	await expect(other.getByRole('alert')).toHaveText('Biệt danh có từ ngữ không phù hợp. Hãy chọn biệt danh khác.');
	await joinAsGuest(other, pin, 'Hoa Dừa Đồng Khởi');
	await expectAccessible(other);

	await expect(screen.getByTestId('screen-players')).toHaveText('3 người đã vào phòng');
	for (const name of [demoAccount('participant').fullName, guestName, 'Hoa Dừa Đồng Khởi'])
		await expect(screen.getByRole('listitem').filter({ hasText: name })).toBeVisible();
	await expect(host.getByTestId('players')).toHaveText('3 thí sinh, 3 đang kết nối');
	await expectAccessible(host);

	// Knowledge, question 1. Only the MC's sheet holds the key.
	await host.getByRole('button', { name: 'Bắt đầu' }).click();
	const right = await rightLetter(host);
	const wrong = wrongLetter(right);
	const stem = (await host.getByTestId('question-stem').textContent())!;
	for (const phone of [bao, guest, other]) await expect(phone.getByTestId('question-stem')).toHaveText(stem);
	await expect(screen.getByTestId('question-stem')).toHaveText(stem);
	await expect(screen.getByTestId('screen-answered')).toHaveText('Đã trả lời: 0/3');

	// A reload mid-question: the same player, the same question, the time it had left.
	const before = await countdownSeconds(bao);
	await bao.reload();
	await expect(bao.getByTestId('question-stem')).toHaveText(stem);
	await expect(bao.getByTestId('countdown')).toBeVisible();
	const after = await countdownSeconds(bao);
	expect(after).toBeLessThanOrEqual(before);
	expect(after).toBeGreaterThan(0);
	await expect(bao.getByTestId('my-name')).toHaveText(demoAccount('participant').fullName);

	await answerOnPhone(bao, right);
	await answerOnPhone(guest, wrong);
	await expectAccessible(guest);
	await expect(screen.getByTestId('screen-answered')).toHaveText('Đã trả lời: 2/3');
	await answerOnPhone(other, right);
	// Everyone connected has answered: the question locks by itself.
	await expect(bao.getByTestId('locked')).toBeVisible();
	await host.getByRole('button', { name: 'Công bố đáp án' }).click();
	await expect(screen.getByTestId('distribution')).toContainText('Phân bố câu trả lời: 2 đúng, 1 sai, 0 chưa trả lời');
	await expect(bao.getByTestId('my-result')).toHaveText('Chính xác!');
	await expect(guest.getByTestId('my-result')).toHaveText('Chưa chính xác');
	await expectAccessible(bao);

	// Question 2: one guest lets the time run; the host locks it.
	await host.getByRole('button', { name: 'Câu tiếp theo' }).click();
	await expect(host.getByTestId('question-where')).toHaveText(/Câu 2\/2/);
	await expect(bao.getByTestId('question-where')).toHaveText(/Câu 2\/2/);
	await answerOnPhone(bao, await rightLetter(host));
	await answerOnPhone(other, await rightLetter(host));
	await host.getByRole('button', { name: 'Khóa câu hỏi' }).click();
	await host.getByRole('button', { name: 'Công bố đáp án' }).click();
	await expect(guest.getByTestId('my-result')).toHaveText('Chưa trả lời');
	await host.getByRole('button', { name: 'Bảng xếp hạng' }).click();
	await expect(screen.getByRole('table', { name: 'Bảng xếp hạng' })).toContainText(guestName);
	await expect(guest.getByRole('table', { name: 'Bảng xếp hạng' })).toBeVisible();

	// A correction with its reason goes into the audit log.
	const adjust = host.getByRole('form', { name: 'Điều chỉnh điểm' });
	await adjust.getByLabel('Thí sinh').selectOption({ label: guestName });
	await adjust.getByLabel('Số điểm cộng (số âm để trừ)').fill('5');
	await adjust.getByLabel('Lý do').fill('Câu 2 có phương án gây hiểu nhầm');
	await adjust.getByRole('button', { name: 'Điều chỉnh' }).click();
	await expect(host.getByTestId('audit')).toContainText('Câu 2 có phương án gây hiểu nhầm');

	// The situation: the host names the contestant on stage, the judge scores each criterion.
	await host.getByLabel('Thí sinh trả lời câu tiếp theo').selectOption({ label: demoAccount('participant').fullName });
	await host.getByRole('button', { name: 'Sang phần: Xử lý tình huống' }).click();
	await expect(bao.getByText('Bạn đang xử lý tình huống này trên sân khấu.')).toBeVisible();
	await expect(screen.getByTestId('screen-respondent')).toHaveText(`Lượt trả lời: ${demoAccount('participant').fullName}`);
	await expect(judge.getByTestId('judge-respondent')).toHaveText(`Thí sinh trả lời: ${demoAccount('participant').fullName}`);
	await expectAccessible(judge);
	const criteria = judge.getByRole('spinbutton');
	await expect(criteria).toHaveCount(3);
	for (const [i, points] of ['3', '2.5', '2'].entries()) await criteria.nth(i).fill(points);
	await judge.getByRole('button', { name: 'Gửi điểm' }).click();
	await expect(judge.getByTestId('judge-sent')).toContainText('Đã gửi điểm: 7,5');
	await expect(host.getByTestId('judged')).toHaveText('Giám khảo đã chấm: 1/1');
	await host.getByRole('button', { name: 'Công bố đáp án' }).click();
	await expect(judge.getByTestId('judge-closed')).toBeVisible();
	await expect(screen.getByTestId('screen-judge-average')).toHaveText('Điểm trung bình của giám khảo: 7,5');
	await expect(bao.getByText('Điểm trung bình của giám khảo: 7,5')).toBeVisible();

	// The podium, on the big screen and on each phone.
	await host.getByRole('button', { name: 'Bục vinh quang' }).click();
	await expect(screen.getByTestId('podium')).toContainText(demoAccount('participant').fullName);
	await expect(bao.getByTestId('final-rank')).toHaveText(/hạng 1$/);
	await expect(guest.getByTestId('podium')).toBeVisible();
	await host.getByRole('button', { name: 'Kết thúc trận thi' }).click();
	await host.getByRole('button', { name: 'Xác nhận kết thúc' }).click();
	await expect(screen.getByRole('heading', { name: 'Trận thi kết thúc' })).toBeVisible();

	const download = host.waitForEvent('download');
	await host.getByRole('link', { name: 'Tải kết quả (.xlsx)' }).click();
	expect((await download).suggestedFilename()).toBe('Kết quả - Đoàn viên thi trực tiếp về cải cách hành chính.xlsx');
});
