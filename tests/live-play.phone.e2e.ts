import { expect, test, type Page } from './support/test';
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
	// Sound is off until the operator turns it on, and the switch says which.
	const sound = screen.getByTestId('sound');
	await expect(sound).toHaveAttribute('aria-pressed', 'false');
	await expect(sound).toHaveText(/Âm thanh: tắt/);
	await sound.click();
	await expect(sound).toHaveAttribute('aria-pressed', 'true');
	await sound.click();
	await expect(sound).toHaveText(/Âm thanh: tắt/);

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
	// The part opens on the big screen with its title card.
	await expect(screen.getByTestId('title-card')).toContainText('Phần 1');
	const right = await rightLetter(host);
	// Each tile carries its letter and the option's full text, as the big screen lists them; the timer bar runs on both.
	const options = await screen.getByRole('list', { name: 'Các phương án' }).getByRole('listitem').allTextContents();
	// The same shape for the same letter on the phone and the big screen.
	expect(options.map((o) => o.trim().slice(0, 3))).toEqual(['▲ A', '◆ B', '● C', '■ D']);
	await expect.poll(() => tileNames(an)).toEqual(options.map((o) => o.trim().slice(2)));
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
	// The hall sees how many were right and who was quickest.
	await expect(screen.getByTestId('screen-right-count')).toHaveText('2/3 trả lời đúng');
	await expect(screen.getByTestId('screen-fastest').getByRole('listitem')).toHaveCount(2);
	await expect(screen.getByTestId('screen-fastest')).toContainText('Sen Hồng');

	// Question 2: only Sen Hồng answers; the MC locks and moves on to the podium.
	await host.getByRole('button', { name: 'Câu tiếp theo' }).click();
	await an.getByRole('button', { name: new RegExp(`^${await rightLetter(host)}\\.`) }).click();
	await expect(an.getByTestId('answer-status')).toHaveText('Đã gửi câu trả lời.');
	await host.getByRole('button', { name: 'Khóa câu hỏi' }).click();
	await expect(binh.getByTestId('locked')).toHaveText('Đã khóa câu hỏi');
	await expect(binh.getByText('Bạn chưa trả lời câu này.')).toBeVisible();
	await host.getByRole('button', { name: 'Công bố đáp án' }).click();
	await expect(binh.getByTestId('my-result')).toHaveText('Chưa trả lời');
	// The leaderboard on the big screen: this question's gains and the places moved.
	await host.getByRole('button', { name: 'Bảng xếp hạng' }).click();
	const leader = screen.getByRole('table', { name: 'Bảng xếp hạng' }).getByRole('row').nth(1);
	await expect(leader).toContainText('Sen Hồng');
	await expect(leader.getByTestId('gain')).not.toHaveText('–');
	await expectAccessible(screen);
	// The big screen raises the podium a step at a time: third place, then second, then the winner.
	await screen.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { podiumOrder: string[] }).podiumOrder = seen;
		const note = () => {
			for (const step of document.querySelectorAll('[data-testid="podium-step"][aria-hidden="false"]')) {
				const rank = step.getAttribute('data-rank')!;
				if (!seen.includes(rank)) seen.push(rank);
			}
		};
		new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
	});
	await host.getByRole('button', { name: 'Bục vinh quang' }).click();
	await expect(screen.getByTestId('podium')).toContainText('Sen Hồng');
	await expect.poll(() => screen.evaluate(() => (window as unknown as { podiumOrder: string[] }).podiumOrder)).toEqual(['3', '2', '1']);
	// Contrast is judged once the last step has risen: mid-animation its text is still faded in.
	await screen.getByTestId('podium').evaluate((podium) => Promise.all(podium.getAnimations({ subtree: true }).map((a) => a.finished)));
	await expectAccessible(screen);
	await expect(an.getByTestId('final-rank')).toHaveText(/hạng 1$/);
});
