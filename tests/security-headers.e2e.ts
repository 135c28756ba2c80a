import { logInAs } from './support/app';
import { expect, test, type APIResponse } from './support/test';

/** What every response of the site carries, whatever produced it. */
function expectBaseHeaders(response: APIResponse): void {
	const headers = response.headers();
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['permissions-policy']).toContain('camera=()');
	// Served over plain http (no https ORIGIN): never told to insist on TLS.
	expect(headers['strict-transport-security']).toBeUndefined();
}

const directives = (csp: string) =>
	new Map(
		csp
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([name, ...values]) => [name, values])
	);

test('a page carries a nonce-based Content-Security-Policy that only this site may frame, and comes compressed', async ({ request }) => {
	const page = await request.get('/login', { headers: { 'accept-encoding': 'br, gzip' } });
	expectBaseHeaders(page);
	const csp = directives(page.headers()['content-security-policy']);
	expect(csp.get('script-src')).toContain("'self'");
	expect(csp.get('script-src')!.some((v) => v.startsWith("'nonce-"))).toBe(true);
	expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
	expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
	expect(csp.get('connect-src')).toEqual(["'self'"]);
	expect(csp.get('object-src')).toEqual(["'none'"]);
	expect(page.headers()['content-encoding']).toBe('br');
	expect(await page.text()).toContain('Đăng nhập'); // decoded as the browser would

	const again = await request.get('/login');
	const nonce = (r: APIResponse) =>
		directives(r.headers()['content-security-policy'])
			.get('script-src')!
			.find((v) => v.startsWith("'nonce-"));
	expect(nonce(again)).not.toBe(nonce(page)); // a fresh nonce per response
});

test('form replies, page data, downloads and the Socket.IO handshake carry the headers too', async ({ page, baseURL }) => {
	const form = await page.request.post('/login', {
		headers: { origin: baseURL!, accept: 'application/json', 'x-sveltekit-action': 'true' },
		form: { identifier: '0900000001', password: 'sai-mat-khau' }
	});
	expectBaseHeaders(form);
	expect(form.headers()['content-security-policy']).toContain("frame-ancestors 'self'");

	await logInAs(page, 'admin');
	const data = await page.request.get('/admin/users/__data.json', { headers: { 'accept-encoding': 'gzip' } });
	expectBaseHeaders(data);
	expect(data.headers()['content-encoding']).toBe('gzip');
	expect(JSON.parse(await data.text()).type).toBe('data');

	const download = await page.request.get('/admin/units/template.xlsx');
	expect(download.ok()).toBe(true);
	expectBaseHeaders(download);
	expect(download.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
	expect(download.headers()['content-encoding']).toBeUndefined(); // a zip file is not squeezed again

	const handshake = await page.request.get('/socket.io/?EIO=4&transport=polling');
	expect(handshake.ok()).toBe(true);
	expectBaseHeaders(handshake);
});

test('an injected inline script is refused, and the browser tests see the refusal', async ({ page, cspViolations }) => {
	await page.goto('/login');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'document.title = "pwned"';
		document.head.append(script);
	});
	await expect.poll(() => cspViolations.map((v) => v.directive)).toContain('script-src-elem');
	expect(await page.title()).not.toBe('pwned');
	cspViolations.length = 0; // provoked on purpose: the shared check must not fail this test
});

test('another site cannot frame the login page', async ({ page, baseURL }) => {
	await page.setContent(`<iframe title="khung" src="${baseURL}/login"></iframe>`);
	const frame = page.frameLocator('iframe');
	await expect(page.locator('iframe')).toBeAttached();
	// The framed page never renders: Chromium replaces it with its own error document.
	await expect.poll(() => page.frames().at(-1)?.url()).toMatch(/^chrome-error:/);
	await expect(frame.getByRole('button', { name: 'Đăng nhập' })).toHaveCount(0);
});
