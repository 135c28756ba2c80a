import { expect, test } from '@playwright/test';
import { expectAccessible, logInAs } from './support/app';
import { answerOnPhone, countdownSeconds, joinWithNickname, openDevice, PHONE, rightLetter, wrongLetter } from './support/live';

test("a buzzer part, về đích with the star and rung chuông vàng with a rescue, run from the host's keyboard; players find the PIN page from the menu", async ({
	browser
}) => {
	test.setTimeout(180_000);

	// The organizer plans three parts: buzzer (a wrong answer costs 5), về đích and rung chuông vàng, with fixed points.
	const host = await openDevice(browser);
	await logInAs(host, 'organizer');
	await host.goto('/live/new');
	await host.getByLabel('Tên trận thi').fill('Rung chuông vàng cải cách hành chính');
	await host.getByLabel('Cuộc thi').selectOption({ label: 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026' });
	await host.getByLabel('Ngân hàng câu hỏi').selectOption({ label: 'Ngân hàng câu hỏi cải cách hành chính (Sở Nội vụ)' });
	await host.getByLabel('Cho phép khách tham gia bằng biệt danh').check();
	const parts = [
		{ kind: 'Giành quyền trả lời', title: 'Giành quyền', count: '1', points: '10', penalty: '5' },
		{ kind: 'Về đích', title: 'Về đích', count: '1', points: '20' },
		{ kind: 'Rung chuông vàng', title: 'Rung chuông vàng', count: '2', points: '10' }
	];
	for (const [i, part] of parts.entries()) {
		if (i > 0) await host.getByRole('button', { name: 'Thêm phần thi' }).click();
		const row = host.getByRole('group', { name: `Phần ${i + 1}` });
		await row.getByLabel('Loại phần thi').selectOption({ label: part.kind });
		await row.getByLabel('Tên phần thi').fill(part.title);
		await row.getByLabel('Số câu hỏi').fill(part.count);
		await row.getByLabel(/^Thời gian mỗi câu/).fill('90');
		await row.getByLabel('Điểm mỗi câu').fill(part.points);
		await row.getByLabel('Cách tính điểm').selectOption({ label: 'Điểm cố định' });
		if (part.penalty) await row.getByLabel('Điểm trừ khi trả lời sai').fill(part.penalty);
		// This journey answers at its own pace: no answer window (live-console.e2e.ts runs one).
		if (part.penalty) await row.getByLabel('Thời gian trả lời sau khi bấm chuông (giây)').fill('0');
	}
	await host.getByRole('button', { name: 'Tạo trận thi' }).click();
	await expect(host.getByRole('heading', { name: 'Rung chuông vàng cải cách hành chính' })).toBeVisible();
	const pin = (await host.getByTestId('pin').textContent())!;
	const screen = await openDevice(browser, { viewport: { width: 1280, height: 720 } });
	await logInAs(screen, 'organizer');
	await screen.goto(host.url().replace(/\/host$/, '/screen'));
	await expect(screen.getByTestId('screen-pin')).toHaveText(pin);

	// Three guests, none signed in, find the PIN page from the home page or the menu.
	const an = await openDevice(browser, PHONE);
	await an.goto('/');
	await an.getByRole('link', { name: 'Vào trận thi bằng mã PIN' }).click();
	await joinWithNickname(an, pin, 'Sen Hồng');
	const binh = await openDevice(browser, PHONE);
	await binh.goto('/');
	await binh.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Vào trận thi', exact: true }).click();
	await expect(binh).toHaveURL(/\/play$/);
	await joinWithNickname(binh, pin, 'Dừa Xiêm');
	const mai = await openDevice(browser, PHONE);
	await mai.goto('/play');
	await joinWithNickname(mai, pin, 'Mai Vàng');
	await expect(host.getByTestId('players')).toHaveText('3 thí sinh, 3 đang kết nối');

	const phones = [an, binh, mai];
	/** The host, the big screen and every phone are on the question "where" names. */
	const onQuestion = async (where: string) => {
		for (const page of [host, screen, ...phones]) await expect(page.getByTestId('question-where')).toHaveText(where);
	};
	const phase = host.locator('#state-title');

	// The console tells the MC its keys; Space starts the game.
	await expect(host.getByText(/^Phím tắt/)).toBeVisible();
	await expect(host.getByRole('button', { name: 'Bắt đầu' })).toHaveAttribute('aria-keyshortcuts', /Space/);
	await host.keyboard.press('Space');

	// Giành quyền trả lời: Bình buzzes first, then An; the console and the big screen show the order.
	await onQuestion('Giành quyền · Câu 1/1');
	await binh.getByRole('button', { name: 'Bấm chuông' }).click();
	await expect(binh.getByTestId('buzz-place')).toHaveText('Đến lượt bạn trả lời!');
	await an.getByRole('button', { name: 'Bấm chuông' }).click();
	await expect(an.getByTestId('buzz-place')).toHaveText('Bạn đứng thứ 2 trong lượt bấm chuông.');
	const queue = host.getByRole('region', { name: /^Thứ tự bấm chuông/ });
	await expect(queue.getByTestId('buzz-floor')).toHaveText('Dừa Xiêm đang trả lời');
	await expect(queue.getByRole('listitem')).toHaveText(['Sen Hồng']);
	await expect(screen.getByRole('list', { name: 'Thứ tự bấm chuông' }).getByRole('listitem')).toHaveText(['Dừa Xiêm', 'Sen Hồng']);
	await expectAccessible(an);

	// Bình answers aloud wrong: the turn passes to An, who gets it right.
	await queue.getByRole('button', { name: 'Sai' }).click();
	await expect(binh.getByText('Bạn đã hết lượt giành quyền ở câu này.')).toBeVisible();
	await expect(an.getByTestId('buzz-place')).toHaveText('Đến lượt bạn trả lời!');
	// Who was ruled out stays in the queue's history.
	await expect(queue.getByRole('listitem')).toHaveText(['✗ Dừa Xiêm (−5)']);
	await queue.getByRole('button', { name: 'Đúng' }).click();
	await expect(phase).toHaveText('Hết giờ trả lời');
	// The winner waits for the reveal; their turn is not "over" like Bình's.
	await expect(an.getByTestId('buzz-place')).toHaveText('Bạn đã trả lời đúng! Chờ MC công bố điểm.');
	await expect(an.getByText('Bạn đã hết lượt giành quyền ở câu này.')).toBeHidden();
	await host.keyboard.press('r');
	await expect(an.getByTestId('my-result')).toHaveText('Chính xác!');
	await expect(an.getByText('Được 10 điểm')).toBeVisible();
	await expect(binh.getByTestId('my-result')).toHaveText('Chưa chính xác');
	await expect(host.getByText('Giành quyền và trả lời đúng: Sen Hồng')).toBeVisible();
	await host.keyboard.press('b');
	const board = screen.getByRole('table', { name: 'Bảng xếp hạng' });
	await expect(board.getByRole('row').nth(1)).toHaveText(/1\s*Sen Hồng\s*10/);
	await expect(board.getByRole('row').nth(3)).toHaveText(/3\s*Dừa Xiêm\s*[-−]5/);

	// Về đích: the MC stakes Mai's ngôi sao hy vọng before the question is read; her phone shows it.
	const star = host.getByRole('region', { name: 'Ngôi sao hy vọng' });
	await star.getByLabel('Thí sinh').selectOption({ label: 'Mai Vàng' });
	await star.getByRole('button', { name: 'Đặt ngôi sao cho câu tiếp theo' }).click();
	await expect(star).toContainText('Đã đặt ngôi sao: Mai Vàng');
	await expect(mai.getByText('Ngôi sao hy vọng', { exact: true })).toBeVisible();
	await host.keyboard.press('ArrowRight');
	await onQuestion('Về đích · Câu 1/1');
	let right = await rightLetter(host);
	await answerOnPhone(mai, right);
	await answerOnPhone(binh, right);
	await answerOnPhone(an, wrongLetter(right));
	await expect(phase).toHaveText('Hết giờ trả lời');
	await host.keyboard.press('r');
	await expect(mai.getByTestId('my-result')).toHaveText('Chính xác!');
	await expect(mai.getByText('Ngôi sao hy vọng: được nhân đôi, 40 điểm')).toBeVisible();
	await expect(binh.getByText('Được 20 điểm', { exact: true })).toBeVisible();
	await expect(an.getByTestId('my-result')).toHaveText('Chưa chính xác');

	// Rung chuông vàng: An answers wrong and is out; the big screen counts who is left.
	await host.keyboard.press('Space');
	await onQuestion('Rung chuông vàng · Câu 1/2');
	await expect(screen.getByTestId('screen-survivors')).toHaveText('Còn lại 3/3 thí sinh');
	right = await rightLetter(host);
	await answerOnPhone(an, wrongLetter(right));
	await answerOnPhone(binh, right);
	await answerOnPhone(mai, right);
	await host.keyboard.press('r');
	await expect(an.getByTestId('eliminated')).toHaveText('Bạn đã bị loại. Người dẫn chương trình có thể cứu bạn trở lại.');
	await expect(screen.getByTestId('screen-survivors')).toHaveText('Còn lại 2/3 thí sinh');
	await expect(screen.getByRole('list', { name: 'Thí sinh còn lại' }).getByRole('listitem')).toHaveText(['Dừa Xiêm', 'Mai Vàng']);
	await expectAccessible(an);
	await expectAccessible(screen);

	// The MC rescues An: back in on the phone and on the big screen.
	await host.getByRole('button', { name: 'Cứu Sen Hồng' }).click();
	await expect(an.getByTestId('eliminated')).toBeHidden();
	await expect(screen.getByTestId('screen-survivors')).toHaveText('Còn lại 3/3 thí sinh');
	await expect(host.getByTestId('audit')).toContainText('Cứu thí sinh bị loại');

	// The last question: the MC pauses with P, adds ten seconds with +, resumes with P.
	await host.keyboard.press('ArrowRight');
	await onQuestion('Rung chuông vàng · Câu 2/2');
	await host.keyboard.press('p');
	await expect(phase).toHaveText('Tạm dừng');
	await expect(an.getByText('Tạm dừng', { exact: true })).toBeVisible();
	await expect(host.getByTestId('countdown')).toContainText('(tạm dừng)');
	const frozen = await countdownSeconds(host);
	await host.keyboard.press('+');
	await expect.poll(() => countdownSeconds(host)).toBe(frozen + 10);
	await host.keyboard.press('P');
	await expect(phase).toHaveText('Đang trả lời');
	right = await rightLetter(host);
	await answerOnPhone(an, right);
	await answerOnPhone(mai, right);
	await answerOnPhone(binh, wrongLetter(right));
	await host.keyboard.press('r');
	await expect(binh.getByTestId('eliminated')).toBeVisible();
	await expect(an.getByTestId('my-result')).toHaveText('Chính xác!');
	await expect(screen.getByRole('list', { name: 'Thí sinh còn lại' }).getByRole('listitem')).toHaveText(['Sen Hồng', 'Mai Vàng']);

	// The podium: Mai (40 + 10 + 10) ahead of Bình (−5 + 20 + 10) and An (10 + 10).
	await host.keyboard.press('ArrowRight');
	await expect(screen.getByTestId('podium')).toContainText('Mai Vàng');
	await expect(mai.getByTestId('final-rank')).toHaveText('Tổng điểm 60, hạng 1');
	await expect(an.getByTestId('final-rank')).toHaveText('Tổng điểm 20, hạng 3');
});
