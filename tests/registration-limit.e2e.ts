import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPhone, gotoReady } from './support/app';
import { startSecondServer, type SecondServer } from './support/cluster';
import { expect, test } from './support/test';

// A server of its own (PGlite, fresh demo), so that the other specs' registrations from this same
// address do not count against the hall's.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 4;
const BASE = `http://localhost:${PORT}`;
const HALL = 300;

test.use({ baseURL: BASE });

let server: SecondServer;
test.beforeAll(async () => {
	test.setTimeout(120_000);
	const dataDir = mkdtempSync(join(tmpdir(), 'hoithi-register-'));
	server = await startSecondServer(PORT, { env: { DATABASE_URL: '', REDIS_URL: '', DATA_DIR: dataDir } });
});
test.afterAll(async () => server?.kill());

test('a hall of 300 registers from one address at once; the next registration from it is refused with the wait', async ({ page }) => {
	test.setTimeout(240_000);
	await gotoReady(page, '/register');
	const unit = page.getByRole('combobox', { name: 'Đơn vị công tác' });
	await unit.fill('tinh doan ben tre');
	await unit.press('Enter');
	await expect(unit).toHaveValue('Tỉnh Đoàn Bến Tre');
	const unitId = await page.locator('input[name="unitId"]').inputValue();

	// Numbers of their own (the server's demo database is fresh): consecutive ones, never colliding.
	const first = Number(freshPhone().slice(2));
	let next = 0;
	// Node's fetch keeps no cookies: each registration is a newcomer's, as in a hall of phones (a signed-in
	// browser posting again would be sent to its profile whatever the answer).
	const registerOne = () => {
		const i = next++;
		const form = {
			fullName: `Đoàn viên ${i + 1}`,
			phone: '08' + String((first + i) % 1e8).padStart(8, '0'),
			email: '',
			birthDate: '',
			unitId,
			password: 'thanhnien2026'
		};
		return fetch(`${BASE}/register`, {
			method: 'POST',
			body: new URLSearchParams(form),
			headers: { origin: BASE, accept: 'text/html' },
			redirect: 'manual'
		});
	};
	const began = Date.now();
	const statuses: number[] = [];
	const hall = async () => {
		while (next < HALL) statuses.push((await registerOne()).status);
	};
	await Promise.all([hall(), hall(), hall()]);
	expect(statuses).toEqual(Array(HALL).fill(303)); // each one registered and signed in

	// Past the hall only the trickle passes: one per 20 s the hall took, then a refusal naming the wait.
	let extra = 0;
	let refusal = await registerOne();
	while (refusal.status === 303) {
		extra++;
		refusal = await registerOne();
	}
	expect(extra).toBeLessThanOrEqual(Math.ceil((Date.now() - began) / 20_000));
	expect(refusal.status).toBe(429);
	expect(await refusal.text()).toMatch(/Đã có quá nhiều tài khoản đăng ký từ cùng một địa chỉ mạng\. Vui lòng thử lại sau \d+ giây\./);
});
