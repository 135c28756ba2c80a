import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logInAs } from './support/app';
import { createGuestGame, joinWithNickname, openDevice, PHONE, rightLetter, wrongLetter } from './support/live';

/** The tiles' accessible names on a phone: "A. full option text", one per option. */
const tileNames = async (phone: Page): Promise<string[]> => {
	const tiles = phone.getByRole('list', { name: 'Các phương án' }).getByRole('button');
	return Promise.all((await tiles.all()).map(async (b) => (await b.getAttribute('aria-label')) ?? ''));
};

test('a live game on 360×740 phones: no site header, one tap on a coloured tile answers, a timer bar runs on the phone and the big screen, and the podium is revealed step by step', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const host = await openDevice(browser);
	await logInAs(host, 'organizer');
	const pin = await createGuestGame(host, 'Trận thi một chạm trên điện thoại', 2, 60);
	const screen = await openDevice(browser, { viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false });
	await logInAs(screen, 'organizer');
	await screen.goto(host.url().replace(/\/host$/, '/screen'));
	await expect(screen.getByTestId('screen-pin')).toHaveText(pin);

	const names = ['Sen Hồng', 'Dừa Xiêm', 'Mai Vàng'];
	const phones: Page[] = [];
	for (const name of names) {
		const phone = await openDevice(browser, PHONE);
		await phone.goto('/play');
		await joinWithNickname(phone, pin, name);
		phones.push(phone);
	}
	const [an, binh, mai] = phones;

	// The player's screen has no site header: a small menu holds the way out.
	await expect(an.getByRole('link', { name: 'Đăng nhập' })).toHaveCount(0);
	await an.getByText('Menu').click();
	await expect(an.getByRole('link', { name: 'Vào trận thi khác' })).toBeVisible();
	await an.getByText('Menu').click();

	await host.getByRole('button', { name: 'Bắt đầu' }).click();
	const right = await rightLetter(host);
	// Each tile carries its letter and the option's full text, as the big screen lists them; the timer bar runs on both.
	const options = await screen.getByRole('list', { name: 'Các phương án' }).getByRole('listitem').allTextContents();
	await expect.poll(() => tileNames(an)).toEqual(options.map((o) => o.trim()));
	await expect(an.getByTestId('timer-bar')).toBeVisible();
	await expect(screen.getByTestId('timer-bar')).toBeVisible();
	const lastTile = an.getByRole('list', { name: 'Các phương án' }).getByRole('button').last();
	await expect(lastTile).toBeInViewport();
	await expectAccessible(an);

	// One tap sends: no separate send button for a single choice.
	await expect(an.getByRole('button', { name: 'Gửi câu trả lời' })).toHaveCount(0);
	const tile = an.getByRole('button', { name: new RegExp(`^${right}\\.`) });
	await tile.click();
	await expect(an.getByTestId('answer-status')).toHaveText('Đã gửi câu trả lời.');
	await expect(tile).toHaveAttribute('aria-pressed', 'true');
	await expect(screen.getByTestId('screen-answered')).toHaveText('Đã trả lời: 1/3');
	await binh.getByRole('button', { name: new RegExp(`^${wrongLetter(right)}\\.`) }).click();
	await mai.getByRole('button', { name: new RegExp(`^${right}\\.`) }).click();
	await expect(an.getByTestId('locked')).toBeVisible();
	await host.getByRole('button', { name: 'Công bố đáp án' }).click();
	await expect(an.getByTestId('my-result')).toHaveText('Chính xác!');
	await expect(binh.getByTestId('my-result')).toHaveText('Chưa chính xác');
	await expectAccessible(binh);

	// Question 2: only Sen Hồng answers; the MC locks and moves on to the podium.
	await host.getByRole('button', { name: 'Câu tiếp theo' }).click();
	await an.getByRole('button', { name: new RegExp(`^${await rightLetter(host)}\\.`) }).click();
	await expect(an.getByTestId('answer-status')).toHaveText('Đã gửi câu trả lời.');
	await host.getByRole('button', { name: 'Khóa câu hỏi' }).click();
	await host.getByRole('button', { name: 'Công bố đáp án' }).click();
	await host.getByRole('button', { name: 'Bục vinh quang' }).click();
	await expect(screen.getByTestId('podium')).toContainText('Sen Hồng');
	await expect(an.getByTestId('final-rank')).toHaveText(/hạng 1$/);
});
