import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { smtpMailer } from './mail';

/** The least SMTP server that takes one message: enough to see what the app sends over the wire. */
let server: Server;
const received: string[] = [];
beforeAll(async () => {
	server = createServer((socket) => {
		let data = false;
		let body = '';
		socket.write('220 test ESMTP\r\n');
		socket.on('data', (chunk) => {
			for (const line of chunk.toString().split('\r\n').filter(Boolean)) {
				if (data) {
					if (line === '.') {
						data = false;
						received.push(body);
						socket.write('250 queued\r\n');
					} else body += line + '\n';
				} else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 test\r\n');
				else if (/^DATA/i.test(line)) {
					data = true;
					socket.write('354 go\r\n');
				} else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
				else socket.write('250 ok\r\n');
			}
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('smtpMailer', () => {
	test('is off without SMTP_URL', () => {
		expect(smtpMailer({})).toBeNull();
	});

	test('sends through the configured server, from SMTP_FROM', async () => {
		const { port } = server.address() as AddressInfo;
		const send = smtpMailer({ SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: 'Ban tổ chức <btc@hoithi.vn>' })!;
		await send({ to: 'thisinh@hoithi.vn', subject: 'Mã đặt lại mật khẩu', text: 'Mã: ABCD-EFGH-JKMN' });
		expect(received).toHaveLength(1);
		expect(received[0]).toMatch(/^To: thisinh@hoithi\.vn$/m);
		expect(received[0]).toMatch(/^From: .*<btc@hoithi\.vn>$/m);
		expect(received[0]).toContain('ABCD-EFGH-JKMN');
	});
});
