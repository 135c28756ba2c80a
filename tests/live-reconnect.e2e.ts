import { expect, test } from '@playwright/test';
import { expectAccessible, logInAs } from './support/app';
import {
	answerOnPhone,
	countdownSeconds,
	createGuestGame,
	joinWithNickname,
	openDevice,
	PHONE,
	rightLetter,
	wrongLetter
} from './support/live';

test('a player whose phone loses the network after the others answered keeps the question: it waits for them, they answer on coming back, and a reload mid-question resumes with the time left', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const host = await openDevice(browser);
	await logInAs(host, 'organizer');
	const pin = await createGuestGame(host, 'Hội thi trên Wi-Fi của hội trường', 2, 60);
	const [lan, minh, tuan] = await Promise.all([openDevice(browser, PHONE), openDevice(browser, PHONE), openDevice(browser, PHONE)]);
	for (const [phone, name] of [
		[lan, 'Bông Lúa'],
		[minh, 'Cây Dừa'],
		[tuan, 'Con Đò']
	] as const) {
		await phone.goto('/play');
		await joinWithNickname(phone, pin, name);
	}
	await expect(host.getByTestId('players')).toHaveText('3 thí sinh, 3 đang kết nối');

	// Question 1: two answer, then the third phone's network goes for more than 5 s.
	await host.getByRole('button', { name: 'Bắt đầu' }).click();
	const right = await rightLetter(host);
	await answerOnPhone(lan, right);
	await answerOnPhone(minh, wrongLetter(right));
	await tuan.context().setOffline(true);
	await expect(tuan.getByTestId('offline')).toHaveText(/mất mạng/);
	const away = host.getByRole('region', { name: 'Mất kết nối (1)' });
	await expect(away).toContainText('Con Đò');
	// The host's timer runs on the server's clock; past 0:05 the phone has been gone more than 5 s.
	await expect(away).toContainText('Mất kết nối 0:06', { timeout: 15_000 });
	await expect(away).toContainText('Câu hỏi đang chờ');
	await expect(host.getByRole('heading', { name: 'Đang trả lời' })).toBeVisible();
	await expect(lan.getByTestId('locked')).toHaveCount(0);

	// Back on the network: the same seat, the same open question, and the answer goes through.
	await tuan.context().setOffline(false);
	await expect(tuan.getByTestId('offline')).toBeEmpty();
	await expect(tuan.getByTestId('locked')).toHaveCount(0);
	await answerOnPhone(tuan, right);
	await expect(lan.getByTestId('locked')).toBeVisible();
	await expect(host.getByRole('region', { name: /^Mất kết nối/ })).toHaveCount(0);
	await host.getByRole('button', { name: 'Công bố đáp án' }).click();
	await expect(host.getByTestId('distribution')).toContainText('Phân bố câu trả lời: 2 đúng, 1 sai, 0 chưa trả lời');
	await expect(tuan.getByTestId('my-result')).toHaveText('Chính xác!');
	// Checked here rather than while offline: on a loaded machine axe takes longer than the grace period the checks above run in.
	await expectAccessible(tuan);

	// Question 2: the others answer while one reloads; the reload resumes the question with the time it had left.
	await host.getByRole('button', { name: 'Câu tiếp theo' }).click();
	await expect(minh.getByTestId('question-where')).toHaveText(/Câu 2\/2/);
	const second = await rightLetter(host);
	await answerOnPhone(lan, second);
	await answerOnPhone(tuan, second);
	const before = await countdownSeconds(minh);
	await minh.reload();
	await expect(minh.getByTestId('question-where')).toHaveText(/Câu 2\/2/);
	await expect(minh.getByTestId('my-name')).toHaveText('Cây Dừa');
	const after = await countdownSeconds(minh);
	expect(after).toBeLessThanOrEqual(before);
	expect(after).toBeGreaterThan(before - 10);
	await expect(minh.getByTestId('locked')).toHaveCount(0);
	await answerOnPhone(minh, second);
	await expect(minh.getByTestId('locked')).toBeVisible();
	await host.getByRole('button', { name: 'Công bố đáp án' }).click();
	await expect(host.getByTestId('distribution')).toContainText('Phân bố câu trả lời: 3 đúng, 0 sai, 0 chưa trả lời');
});
