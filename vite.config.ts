import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { securityHeaders } from './src/lib/server/http/response-headers.js';
import { createIo } from './src/lib/server/realtime/io-server.js';

/** In dev, Socket.IO rides on Vite's own HTTP server; the app installs its handlers from `init`. */
const realtime: Plugin = {
	name: 'hoithi-realtime',
	configureServer(server) {
		if (server.httpServer) createIo(server.httpServer as import('node:http').Server);
		// The headers production sets in src/server.js, so that dev meets the same rules.
		const headers = securityHeaders({ origin: process.env.ORIGIN });
		server.middlewares.use((_req, res, next) => {
			for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
			next();
		});
	}
};

export default defineConfig({
	plugins: [sveltekit(), realtime],
	test: {
		include: ['src/**/*.spec.ts'],
		// Specs of the scale-out parts need a Redis server: they run where REDIS_URL names one (CI does).
		exclude: process.env.REDIS_URL ? [] : ['src/**/*.redis.spec.ts'],
		environment: 'node',
		globalSetup: ['src/lib/server/db/test-global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
