import { expect, test } from './support/test';
import { demoAccount, expectAccessible, logInAs } from './support/app';
import { openDevice, PHONE } from './support/live';

test('an assigned competition: the organizer lists a contestant and a team, only they get in, and the lobby shows who is still missing', async ({
	browser
}) => {
	const participant = demoAccount('participant');
	const editor = demoAccount('editor');
	const admin = demoAccount('admin');

	// The roster comes back with the line that names no account, and keeps what was typed.
	const host = await openDevice(browser);
	await logInAs(host, 'organizer');
	await host.goto('/live/new');
	await host.getByLabel('Tên trận thi').fill('Chung kết thi Chủ tịch UBND xã');
	await host.getByLabel('Cuộc thi').selectOption({ label: 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026' });
	await host.getByLabel('Ngân hàng câu hỏi').selectOption({ label: 'Ngân hàng câu hỏi cải cách hành chính (Sở Nội vụ)' });
	const roster = host.getByLabel('Thí sinh được phân công');
	await roster.fill(`${participant.phone}\nĐội Sở Nội vụ: ${editor.phone}; 0999999999`);
	await host.getByRole('button', { name: 'Tạo trận thi' }).click();
	await expect(host.getByText('Dòng 2: không tìm thấy tài khoản 0999999999 trong phạm vi cuộc thi.')).toBeVisible();
	await expect(roster).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(host);
	await roster.fill(`${participant.phone}\nĐội Sở Nội vụ: ${editor.phone}; ${admin.email}`);
	await host.getByRole('button', { name: 'Tạo trận thi' }).click();

	await expect(host.getByRole('heading', { name: 'Chung kết thi Chủ tịch UBND xã' })).toBeVisible();
	const pin = (await host.getByTestId('pin').textContent())!;
	await expect(host.getByTestId('seats-summary')).toHaveText(`Đã vào 0/2 — chưa vào: ${participant.fullName}, Đội Sở Nội vụ`);

	// Someone not on the list is turned away; a team member plays under the team's name.
	const judge = await openDevice(browser, PHONE);
	await logInAs(judge, 'judge');
	await judge.goto(`/play?pin=${pin}`);
	await judge.getByRole('button', { name: 'Vào phòng thi' }).click();
	await expect(judge.getByRole('alert')).toHaveText(/Bạn không có trong danh sách thí sinh được phân công/);

	const member = await openDevice(browser, PHONE);
	await logInAs(member, 'editor');
	await member.goto(`/play?pin=${pin}`);
	await member.getByRole('button', { name: 'Vào phòng thi' }).click();
	await expect(member.getByTestId('lobby')).toBeVisible();
	await expect(host.getByTestId('seats-summary')).toHaveText(`Đã vào 1/2 — chưa vào: ${participant.fullName}`);
	await expect(host.getByRole('listitem').filter({ hasText: 'Đội Sở Nội vụ' })).toContainText(
		`Đã vào Đội Sở Nội vụ (Đội: ${admin.fullName}, ${editor.fullName})`
	);
	await expectAccessible(host);

	// The organizer's list of games says who may enter this one.
	await host.goto('/live');
	await expect(host.getByRole('row', { name: /Chung kết thi Chủ tịch UBND xã/ })).toContainText('Thí sinh được phân công');
});
