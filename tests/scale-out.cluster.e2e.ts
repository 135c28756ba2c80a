import { expect as baseExpect, test } from './support/test';
import { gotoReady, logInAs, registerParticipant } from './support/app';
import { database, startSecondServer, type SecondServer } from './support/cluster';
import { answerOnPhone, createGuestGame, joinWithNickname, openDevice, PHONE, rightLetter, wrongLetter } from './support/live';

// Process A is the browser tests' server (http://localhost:<E2E_PORT>); process B is started here.
const B_PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
const CONTEST = 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026';
// A request may cross to the other process and back, on a machine the browsers share with both.
const expect = baseExpect.configure({ timeout: 15_000 });

let b: SecondServer;
test.beforeAll(async () => {
	b = await startSecondServer(B_PORT);
});
test.afterAll(async () => {
	await b?.kill();
});

test('two processes serve one live game and one online round: a player on A and the host on B play, saves alternate between them, and when B dies A takes the game over with every acknowledged answer', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const sql = database();
	try {
		// Online: one attempt whose saves go to A and B in turn (the session cookie is the host's, whatever the port).
		const participant = await openDevice(browser);
		await registerParticipant(participant, 'Nguyễn Thị Hai Máy');
		await participant.goto('/thi');
		await participant
			.locator('section')
			.filter({ has: participant.getByRole('heading', { name: CONTEST }) })
			.getByRole('link', { name: 'Dự thi' })
			.click();
		await participant.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
		await expect(participant).toHaveURL(/\/thi\/attempt\/\d+$/);
		const attemptPath = new URL(participant.url()).pathname;
		const attemptId = Number(attemptPath.split('/').at(-1));
		for (let i = 0; i < 6; i++) {
			await gotoReady(participant, `${i % 2 === 0 ? baseURL : b.base}${attemptPath}`);
			const question = participant.getByRole('region').filter({ has: participant.getByText(new RegExp(`^Câu ${i + 1}/10$`)) });
			await question.getByRole('radio').first().check();
			await expect(participant.getByTestId(`status-${i}`)).toHaveText('Đã lưu');
		}
		const [{ saved }] = await sql`select count(*)::int as saved from answer where attempt_id = ${attemptId}`;
		expect(saved).toBe(6);

		// Live: the host's console on B hosts the game; the phones are on A.
		const host = await openDevice(browser, { baseURL: b.base });
		await logInAs(host, 'organizer');
		const pin = await createGuestGame(host, 'Trận thi trên hai máy chủ', 2, 90);
		const gameId = Number(/\/live\/(\d+)\/host/.exec(host.url())![1]);
		const phones = await Promise.all([openDevice(browser, PHONE), openDevice(browser, PHONE), openDevice(browser, PHONE)]);
		for (const [i, phone] of phones.entries()) {
			await gotoReady(phone, '/play');
			await joinWithNickname(phone, pin, `Hai Máy ${i + 1}`);
		}
		await expect(host.getByTestId('players')).toHaveText('3 thí sinh, 3 đang kết nối');
		const [{ node }] = await sql`select node from live_host_lease where game_id = ${gameId}`;

		await host.getByRole('button', { name: 'Bắt đầu' }).click();
		const right = await rightLetter(host);
		for (const phone of phones) await answerOnPhone(phone, right);
		await host.getByRole('button', { name: 'Công bố đáp án' }).click();
		await expect(host.getByTestId('distribution')).toContainText('3 đúng, 0 sai, 0 chưa trả lời');

		// Question 2: one answer reaches B, then B dies; the two others get through once A has the game.
		await host.getByRole('button', { name: 'Câu tiếp theo' }).click();
		await expect(host.getByTestId('question-where')).toContainText('Câu 2/2'); // the sheet is the new question's
		const second = await rightLetter(host);
		await answerOnPhone(phones[0], second);
		await b.kill();
		// B's lease lapses (3 s) and A's next sweep (every second) takes the game and rebuilds it from its log.
		const holder = async () => (await sql`select node from live_host_lease where game_id = ${gameId} and until > now()`)[0]?.node;
		await expect.poll(async () => [undefined, node].includes(await holder()), { timeout: 8_000 }).toBe(false);
		await answerOnPhone(phones[1], second);
		await answerOnPhone(phones[2], wrongLetter(second));

		// The MC carries on from A: the same question, every answer counted.
		const console_ = await openDevice(browser);
		await logInAs(console_, 'organizer');
		await gotoReady(console_, `/live/${gameId}/host`);
		await console_.getByRole('button', { name: 'Công bố đáp án' }).click();
		await expect(console_.getByTestId('distribution')).toContainText('2 đúng, 1 sai, 0 chưa trả lời');
		const answers = await sql`
			select count(*)::int as n from live_event where game_id = ${gameId} and event->>'type' = 'answer'`;
		expect(answers[0].n).toBe(6);

		// The online attempt finishes on A with all six answers B and A took.
		await gotoReady(participant, attemptPath);
		const [{ after }] = await sql`select count(*)::int as after from answer where attempt_id = ${attemptId}`;
		expect(after).toBe(6);
	} finally {
		await sql.end();
	}
});
