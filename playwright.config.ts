import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium, never a downloaded one (`apt-get install -y chromium`).
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
	console.error(`\nChromium not found at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).\n`);
	process.exit(1);
}
const port = Number(process.env.E2E_PORT ?? 4173);
// Journeys across two server processes need what scale-out mode shares: PostgreSQL and Redis (CI has both).
const scaleOut = !!process.env.DATABASE_URL && !!process.env.REDIS_URL;
// Journeys that take PostgreSQL away (through a proxy in front of it) need a PostgreSQL server.
const onPostgres = !!process.env.DATABASE_URL;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	forbidOnly: !!process.env.CI,
	fullyParallel: false,
	workers: 1, // 2 cores: one for the browser, one for the server
	retries: 0,
	reporter: process.env.CI ? [['line']] : [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromium, args: ['--disable-gpu', '--disable-quic'] }
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'] },
			testIgnore: ['**/*.phone.e2e.ts', ...(scaleOut ? [] : ['**/*.cluster.e2e.ts']), ...(onPostgres ? [] : ['**/*.postgres.e2e.ts'])]
		},
		// A low-end phone: 360 px wide.
		{ name: 'phone', use: { ...devices['Galaxy S9+'], viewport: { width: 360, height: 740 } }, testMatch: '**/*.phone.e2e.ts' }
	],
	webServer: {
		command: 'node tests/support/e2e-server.js',
		url: `http://localhost:${port}/healthz`,
		env: { PORT: String(port), HOST: '127.0.0.1', HOITHI_DEMO: '1' },
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 }
	}
});
