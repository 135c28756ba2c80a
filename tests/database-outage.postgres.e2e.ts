import postgres from 'postgres';
import { registerParticipant } from './support/app';
import { startSecondServer, type SecondServer } from './support/cluster';
import { startDatabaseProxy, type DatabaseProxy } from './support/outage';
import { expect, test } from './support/test';

// A server of its own, on its own database, reached through a proxy this spec cuts: PostgreSQL goes away
// mid-test and comes back, while the PostgreSQL server everyone shares keeps running.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 3;
const BASE = `http://localhost:${PORT}`;
const CONTEST = 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026';
const AWAY = 'Hệ thống tạm thời gián đoạn, vui lòng thử lại';

test.use({ baseURL: BASE });
test.describe.configure({ timeout: 180_000 });

let proxy: DatabaseProxy;
let server: SecondServer;
const logLines: Record<string, unknown>[] = [];

test.beforeAll(async () => {
	test.setTimeout(120_000);
	const shared = new URL(process.env.DATABASE_URL!);
	const name = `hoithi_outage_${PORT}`;
	const admin = postgres(shared.toString(), { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists "${name}" with (force)`);
	await admin.unsafe(`create database "${name}"`);
	await admin.end();
	proxy = await startDatabaseProxy({ host: shared.hostname, port: Number(shared.port || 5432) });
	const url = new URL(shared);
	url.host = `127.0.0.1:${proxy.port}`;
	url.pathname = `/${name}`;
	server = await startSecondServer(PORT, {
		env: { DATABASE_URL: url.toString(), REDIS_URL: '' },
		onLogLine: (line) => {
			try {
				logLines.push(JSON.parse(line));
			} catch {
				logLines.push({ text: line });
			}
		}
	});
});

test.afterAll(async () => {
	await server?.kill();
	await proxy?.close();
});

test('with PostgreSQL away, health, pages and autosave answer 503 "try again"; once it is back the waiting answer is saved and none acknowledged is lost', async ({
	page
}) => {
	await registerParticipant(page, 'Võ Thị Mất Điện');
	await page.getByRole('link', { name: 'Dự thi' }).click();
	await page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: CONTEST }) })
		.getByRole('link', { name: 'Dự thi' })
		.click();
	await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	const questions = page.getByRole('region').filter({ has: page.getByText(/^Câu \d+\/10$/) });
	await expect(questions).toHaveCount(10);
	await questions.nth(0).getByRole('radio').first().check();
	await expect(page.getByTestId('status-0')).toHaveText('Đã lưu');
	const answerUrl = page.url().replace(/\/?$/, '/answer');

	await proxy.cut();
	const cutAt = Date.now();
	const health = await page.request.get('/healthz');
	expect(health.status()).toBe(503);
	expect(await health.json()).toEqual({ status: 'unavailable', database: 'down' });

	const contests = await page.request.get('/thi', { headers: { accept: 'text/html' } });
	expect(contests.status()).toBe(503);
	expect(Number(contests.headers()['retry-after'])).toBeGreaterThan(0);
	expect(await contests.text()).toContain(AWAY);

	// The participant chooses while the database is away: the page keeps the answer and tries again.
	const refusals: number[] = [];
	page.on('response', (r) => {
		if (r.url() === answerUrl && r.status() === 503) refusals.push(r.status());
	});
	await questions.nth(1).getByRole('radio').last().check();
	await expect.poll(() => refusals.length).toBeGreaterThan(0);
	await expect(page.getByTestId('status-1')).not.toHaveText('Đã lưu');
	const direct = await page.request.post(answerUrl, { data: { position: 5, response: { choice: 0 }, revision: 1 } });
	expect(direct.status()).toBe(503);
	expect(await direct.json()).toEqual({ ok: false, error: 'errors.unavailable' });

	// Two dozen requests in the outage, a few log lines: one per kind per 5 s, no stack.
	for (let i = 0; i < 24; i++) await page.request.get('/thi', { headers: { accept: 'text/html' } });
	const outageLines = logLines.filter((l) => l.event === 'database.unavailable');
	expect(outageLines.length).toBeGreaterThan(0);
	expect(outageLines.length).toBeLessThanOrEqual(Math.ceil((Date.now() - cutAt) / 5000) + 1);
	expect(outageLines.length).toBeLessThan(10);
	expect(outageLines.filter((l) => 'stack' in l)).toEqual([]);

	await proxy.restore();
	await expect(page.getByTestId('status-1')).toHaveText('Đã lưu', { timeout: 45_000 });
	await expect.poll(async () => (await page.request.get('/healthz')).status()).toBe(200);

	// What the database holds, after a fresh load: both answers.
	const chosen = await questions.nth(1).getByRole('radio').last().getAttribute('value');
	await page.reload();
	await expect(questions).toHaveCount(10);
	await expect(questions.nth(0).getByRole('radio').first()).toBeChecked();
	await expect(questions.nth(1).locator(`input[type="radio"][value="${chosen}"]`)).toBeChecked();
});

test('a form posted without a form content type is refused with 415 and logged as a warning without a stack', async ({ request }) => {
	const before = logLines.length;
	const reply = await request.post('/login', { headers: { origin: BASE, 'content-type': 'text/plain' }, data: 'identifier=0900000001' });
	expect(reply.status()).toBe(415);
	await expect
		.poll(() => logLines.slice(before).find((l) => l.event === 'request.malformed'))
		.toMatchObject({ level: 'warn', status: 415 });
	expect(logLines.slice(before).filter((l) => 'stack' in l)).toEqual([]);
});
