import { expect, test, type Page } from '@playwright/test';
import { demoAccount, expectAccessible, logInAs } from './support/app';
import { joinWithNickname, openDevice, PHONE } from './support/live';

/** Each control the MC needs now is on the first screen of a 1366×768 laptop, without scrolling. */
async function onFirstScreen(host: Page, ...names: (string | RegExp)[]) {
	await host.evaluate(() => window.scrollTo(0, 0));
	for (const name of names) await expect(host.getByRole('button', { name })).toBeInViewport();
}

test('the MC runs a buzzer part and a judged situation from the keyboard on a 1366×768 console; a judge reloads mid-scoring and keeps the draft', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const host = await openDevice(browser, { viewport: { width: 1366, height: 768 } });
	await logInAs(host, 'organizer');
	await host.goto('/live/new');
	await host.getByLabel('Tên trận thi').fill('Chung kết chủ tịch xã');
	await host.getByLabel('Cuộc thi').selectOption({ label: 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026' });
	await host.getByLabel('Ngân hàng câu hỏi').selectOption({ label: 'Ngân hàng câu hỏi cải cách hành chính (Sở Nội vụ)' });
	await host.getByLabel('Cho phép khách tham gia bằng biệt danh').check();
	await host.getByLabel(demoAccount('judge').fullName).check();
	const buzzer = host.getByRole('group', { name: 'Phần 1' });
	await buzzer.getByLabel('Loại phần thi').selectOption({ label: 'Giành quyền trả lời' });
	await buzzer.getByLabel('Tên phần thi').fill('Giành quyền');
	await buzzer.getByLabel('Số câu hỏi').fill('1');
	await buzzer.getByLabel(/^Thời gian mỗi câu/).fill('90');
	await buzzer.getByLabel('Điểm mỗi câu').fill('10');
	await buzzer.getByLabel('Điểm trừ khi trả lời sai').fill('5');
	await expect(buzzer.getByLabel('Thời gian trả lời sau khi bấm chuông (giây)')).toHaveValue('5');
	// Long enough for a loaded test machine; the engine's specs time the window to the millisecond.
	await buzzer.getByLabel('Thời gian trả lời sau khi bấm chuông (giây)').fill('45');
	await host.getByRole('button', { name: 'Thêm phần thi' }).click();
	const situation = host.getByRole('group', { name: 'Phần 2' });
	await situation.getByLabel('Loại phần thi').selectOption({ label: 'Xử lý tình huống' });
	await situation.getByLabel('Tên phần thi').fill('Xử lý tình huống');
	await situation.getByLabel('Số câu hỏi').fill('1');
	await situation.getByLabel(/^Thời gian mỗi câu/).fill('120');
	await situation.getByLabel('Điểm mỗi câu').fill('100');
	// Each part says what it can bring, so the organizer sees the balance.
	await expect(host.getByText('Phần 2: Xử lý tình huống · Tối đa 100 điểm')).toBeVisible();
	await host.getByRole('button', { name: 'Tạo trận thi' }).click();
	await expect(host.getByRole('heading', { name: 'Chung kết chủ tịch xã' })).toBeVisible();
	// Still in the lobby, the game is edited from the same form, each part as it was set.
	await host.goto('/live');
	await host.getByRole('link', { name: /^Sửa trận thi\s*: Chung kết chủ tịch xã$/ }).click();
	await expect(host.getByRole('group', { name: 'Phần 1' }).getByLabel('Thời gian trả lời sau khi bấm chuông (giây)')).toHaveValue('45');
	await host.getByLabel('Tên trận thi').fill('Chung kết chủ tịch xã năm 2026');
	await host.getByRole('button', { name: 'Lưu thay đổi' }).click();
	await expect(host.getByRole('heading', { name: 'Chung kết chủ tịch xã năm 2026' })).toBeVisible();
	const pin = (await host.getByTestId('pin').textContent())!;

	// Starting with nobody in asks first; Esc takes it back.
	await expect(host.getByTestId('run-sheet')).toContainText('Giành quyền');
	await host.keyboard.press('Space');
	await expect(host.getByRole('button', { name: 'Chưa có thí sinh nào. Vẫn bắt đầu?' })).toBeFocused();
	await host.keyboard.press('Escape');
	await expect(host.getByRole('button', { name: 'Chưa có thí sinh nào. Vẫn bắt đầu?' })).toHaveCount(0);

	const an = await openDevice(browser, PHONE);
	await an.goto('/play');
	await joinWithNickname(an, pin, 'Sen Hồng');
	const binh = await openDevice(browser, PHONE);
	await binh.goto('/play');
	await joinWithNickname(binh, pin, 'Dừa Xiêm');
	await expect(host.getByTestId('players')).toHaveText('2 thí sinh, 2 đang kết nối');
	await onFirstScreen(host, 'Bắt đầu');
	await expectAccessible(host);
	await host.keyboard.press('Space');

	// Bình buzzes: the console lights up and names who has the floor, with Đúng (D) and Sai (S) at hand.
	await binh.getByRole('button', { name: 'Bấm chuông' }).click();
	await expect(binh.getByTestId('buzz-place')).toHaveText(/^Đến lượt bạn trả lời! Còn \d+ giây\.$/);
	await expect(host.getByTestId('buzz-floor')).toHaveText('Dừa Xiêm đang trả lời');
	await expect(host.getByTestId('buzz-floor')).toBeInViewport();
	await onFirstScreen(host, 'Đúng', 'Sai', 'Công bố đáp án');
	await expect(host.getByRole('button', { name: 'Đúng' })).toHaveAttribute('aria-keyshortcuts', 'D');
	await an.getByRole('button', { name: 'Bấm chuông' }).click();
	await expect(host.getByTestId('buzz-waiting')).toHaveText('Sen Hồng');
	await expect(an.getByTestId('buzz-place')).toHaveText('Bạn đứng thứ 2 trong lượt bấm chuông.');

	// S: Bình was wrong; the history stays (with the penalty), An has the floor; D: An wins.
	await host.keyboard.press('s');
	await expect(host.getByTestId('buzz-ruled-out')).toHaveText('✗ Dừa Xiêm (−5)');
	await expect(host.getByTestId('buzz-floor')).toHaveText('Sen Hồng đang trả lời');
	await expect(binh.getByTestId('buzz-place')).toHaveText('Bạn đã hết lượt giành quyền ở câu này.');
	await host.keyboard.press('d');
	await expect(host.getByTestId('buzz-winner')).toHaveText('✓ Giành quyền và trả lời đúng: Sen Hồng');
	await expect(host.getByTestId('buzz-ruled-out')).toHaveText('✗ Dừa Xiêm (−5)');
	await expect(an.getByTestId('buzz-place')).toHaveText('Bạn đã trả lời đúng! Chờ MC công bố điểm.');
	await expect(an.getByTestId('locked')).toHaveCount(0);
	await host.keyboard.press('r');
	await expect(an.getByTestId('my-result')).toHaveText('Chính xác!');
	await expect(host.locator('#state-title')).toHaveText('Đã công bố đáp án');
	await host.keyboard.press('b');
	await expect(host.locator('#state-title')).toHaveText('Bảng xếp hạng');

	// "Next" is named for the part it goes to; C picks the contestant, Esc leaves the field, Space opens it.
	await onFirstScreen(host, 'Sang phần: Xử lý tình huống');
	await host.keyboard.press('c');
	await expect(host.getByLabel(/^Thí sinh trả lời câu tiếp theo/)).toBeFocused();
	await expect(host.getByLabel(/^Thí sinh trả lời câu tiếp theo/)).toBeInViewport();
	await host.keyboard.press('ArrowDown');
	await expect(host.getByLabel(/^Thí sinh trả lời câu tiếp theo/)).not.toHaveValue('');
	await host.keyboard.press('Escape');
	await host.keyboard.press('Space');
	await expect(host.getByTestId('respondent')).toHaveText(/^Lượt trả lời: /);
	// The picker starts afresh for the next question.
	await expect(host.getByTestId('run-sheet').locator('[aria-current="step"]')).toContainText('đang ở câu 1/1');

	// K asks before skipping; Esc keeps the situation running.
	await host.keyboard.press('k');
	await expect(host.getByRole('button', { name: 'Xác nhận bỏ qua câu này' })).toBeFocused();
	await host.keyboard.press('Escape');
	await expect(host.getByRole('button', { name: 'Xác nhận bỏ qua câu này' })).toHaveCount(0);

	// The judge types two scores and a note, reloads: the draft is still there; then sends.
	const judge = await openDevice(browser);
	await logInAs(judge, 'judge');
	await judge.goto(host.url().replace(/\/host$/, '/judge'));
	const criteria = judge.getByRole('spinbutton');
	await expect(criteria).toHaveCount(3);
	await criteria.nth(0).fill('3');
	await criteria.nth(1).fill('2.5');
	await judge
		.getByLabel(/^Ghi chú cho tiêu chí/)
		.first()
		.fill('Nêu đúng căn cứ pháp lý');
	await judge.reload();
	await expect(judge.getByRole('spinbutton').nth(0)).toHaveValue('3');
	await expect(judge.getByRole('spinbutton').nth(1)).toHaveValue('2.5');
	await expect(judge.getByLabel(/^Ghi chú cho tiêu chí/).first()).toHaveValue('Nêu đúng căn cứ pháp lý');
	await expectAccessible(judge);
	await judge.getByRole('spinbutton').nth(2).fill('2');
	await judge.getByRole('button', { name: 'Gửi điểm' }).click();
	await expect(host.getByTestId('judged')).toHaveText('Giám khảo đã chấm: 1/1');

	// Every judge has scored, and still the result waits for the MC: R reveals it.
	await host.keyboard.press('l');
	await expect(host.locator('#state-title')).toHaveText('Giám khảo đang chấm');
	await expect(judge.getByTestId('judge-closed')).toHaveCount(0);
	await onFirstScreen(host, 'Công bố đáp án');
	await host.keyboard.press('r');
	await expect(host.locator('#state-title')).toHaveText('Đã công bố đáp án');
	await expect(judge.getByTestId('judge-closed')).toBeVisible();
	await expect(host.getByTestId('judge-average')).toBeVisible();
	await expectAccessible(host);

	// E asks, Enter ends.
	await host.keyboard.press('e');
	await expect(host.getByRole('button', { name: 'Xác nhận kết thúc' })).toBeFocused();
	await host.keyboard.press('Enter');
	await expect(host.locator('#state-title')).toHaveText('Đã kết thúc');
});
