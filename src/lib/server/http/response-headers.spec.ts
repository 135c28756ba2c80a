import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickEncoding, prepareResponse, securityHeaders } from './response-headers.js';

describe('securityHeaders', () => {
	it('asks for HSTS only where the public URL is https', () => {
		expect(securityHeaders({ origin: 'https://hoithi.sonoivu.gov.vn' })['strict-transport-security']).toMatch(/^max-age=\d+/);
		expect(securityHeaders({ origin: 'http://192.168.1.10:3000' })['strict-transport-security']).toBeUndefined();
		expect(securityHeaders({})['strict-transport-security']).toBeUndefined();
	});
});

describe('pickEncoding', () => {
	it('prefers brotli, then gzip, and honours q=0', () => {
		expect(pickEncoding('gzip, deflate, br')).toBe('br');
		expect(pickEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
		expect(pickEncoding('identity')).toBeNull();
		expect(pickEncoding(undefined)).toBeNull();
	});
});

describe('prepareResponse', () => {
	const big = 'Hội thi tìm hiểu cải cách hành chính. '.repeat(200);
	let base = '';
	const server = createServer((req: IncomingMessage, res: ServerResponse) => {
		prepareResponse(req, res, securityHeaders({}));
		if (req.url === '/stream') {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.write(big);
			setTimeout(() => res.end(big), 20);
		} else if (req.url === '/small') {
			res.setHeader('content-type', 'application/json');
			res.setHeader('content-length', '2');
			res.end('{}');
		} else {
			res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
			res.end(Buffer.from(big));
		}
	});
	beforeAll(async () => {
		server.listen(0, '127.0.0.1');
		await once(server, 'listening');
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => void server.close());

	const raw = async (path: string, encoding: string) => {
		// fetch would decode the body itself; node:http shows it as sent.
		const { request } = await import('node:http');
		return new Promise<{ headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
			request(base + path, { headers: { 'accept-encoding': encoding } }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
			})
				.on('error', reject)
				.end();
		});
	};

	it('compresses a streamed page with brotli or gzip, whole', async () => {
		const br = await raw('/stream', 'br');
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers.vary).toContain('accept-encoding');
		expect(br.body.length).toBeLessThan(big.length / 4);
		expect(brotliDecompressSync(br.body).toString()).toBe(big + big);
		const gzip = await raw('/stream', 'gzip');
		expect(gunzipSync(gzip.body).toString()).toBe(big + big);
	});

	it('leaves small bodies, binary files and clients that take no encoding alone, headers set on each', async () => {
		for (const [path, encoding] of [
			['/small', 'br'],
			['/file', 'br'],
			['/stream', 'identity']
		]) {
			const { headers } = await raw(path, encoding);
			expect(headers['content-encoding']).toBeUndefined();
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['content-security-policy']).toBe("frame-ancestors 'self'");
		}
		expect((await raw('/stream', 'identity')).body.toString()).toBe(big + big);
	});
});
