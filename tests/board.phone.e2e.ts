import { expect, test } from '@playwright/test';
import { expectAccessible, logInAs } from './support/app';

test("the online round's public board in the projector's look: readable on a 360 px phone without scrolling sideways", async ({
	page,
	browser
}) => {
	const organizer = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false })).newPage();
	await logInAs(organizer, 'organizer');
	await organizer.getByRole('link', { name: 'Cuộc thi', exact: true }).click();
	await organizer.getByRole('link', { name: 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026' }).click();
	await organizer.getByRole('link', { name: 'Đợt 1' }).click();
	await expect(organizer).toHaveURL(/\/rounds\/\d+/);
	const roundId = /\/rounds\/(\d+)/.exec(organizer.url())![1];

	await page.goto(`/board/${roundId}`);
	await expect(page.getByTestId('live')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Bảng xếp hạng');
	// Dark as the big screen of a live game, and nothing wider than the phone.
	const colours = await page
		.locator('.screen')
		.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color] as const);
	expect(colours).toEqual(['rgb(16, 16, 20)', 'rgb(255, 255, 255)']);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectAccessible(page);
});
