import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { isAllowedOrigin } from './io-server.js';

const request = (origin: string | undefined, host = 'hoithi.example.vn') => ({ headers: { origin, host } }) as unknown as IncomingMessage;

describe('isAllowedOrigin', () => {
	let savedOrigin: string | undefined;
	beforeEach(() => {
		savedOrigin = process.env.ORIGIN;
		delete process.env.ORIGIN;
	});
	afterEach(() => {
		if (savedOrigin === undefined) delete process.env.ORIGIN;
		else process.env.ORIGIN = savedOrigin;
	});

	test('allows a handshake without an Origin header', () => {
		expect(isAllowedOrigin(request(undefined))).toBe(true);
	});

	test('allows an Origin on the same host as the request', () => {
		expect(isAllowedOrigin(request('https://hoithi.example.vn'))).toBe(true);
		expect(isAllowedOrigin(request('http://localhost:5173', 'localhost:5173'))).toBe(true);
	});

	test('refuses an Origin on another host or port', () => {
		expect(isAllowedOrigin(request('https://evil.example.com'))).toBe(false);
		expect(isAllowedOrigin(request('http://localhost:3000', 'localhost:5173'))).toBe(false);
	});

	test('refuses an Origin that is not a URL', () => {
		expect(isAllowedOrigin(request('null'))).toBe(false);
	});

	test('with ORIGIN set, allows only that exact origin', () => {
		process.env.ORIGIN = 'https://hoithi.example.vn/';
		expect(isAllowedOrigin(request('https://hoithi.example.vn', 'internal:3000'))).toBe(true);
		expect(isAllowedOrigin(request('http://hoithi.example.vn'))).toBe(false);
		expect(isAllowedOrigin(request('https://evil.example.com', 'evil.example.com'))).toBe(false);
	});
});
