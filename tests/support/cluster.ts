import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import postgres from 'postgres';

/**
 * Scale-out journeys: the browser tests' server is process A (it runs with REDIS_URL in CI); these
 * start a process B of the same build on the same PostgreSQL database and Redis, on its own port.
 */

/** Its name: E2E_DATABASE lets two runs share one PostgreSQL server without dropping each other's. */
export const e2eDatabaseName = () => process.env.E2E_DATABASE ?? 'hoithi_e2e';

/** The browser tests' database (tests/support/e2e-server.js makes it). */
export function e2eDatabaseUrl(): string {
	const url = new URL(process.env.DATABASE_URL!);
	url.pathname = `/${e2eDatabaseName()}`;
	return url.toString();
}

export interface SecondServer {
	base: string;
	/** Dies at once, as a crashed machine would: no clean shutdown, no lease given up. */
	kill(): Promise<void>;
}

/**
 * `env` overrides the defaults and, given, names the database (DATABASE_URL: '' for PGlite); `onLogLine`, if given, gets each line the server
 * writes to stderr (warnings and errors) instead of the terminal.
 */
export async function startSecondServer(
	port: number,
	options: { env?: Record<string, string>; onLogLine?: (line: string) => void } = {}
): Promise<SecondServer> {
	const child: ChildProcess = spawn(process.execPath, ['src/server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			HOITHI_DEMO: '1',
			...(options.env ?? { DATABASE_URL: e2eDatabaseUrl() })
		},
		stdio: ['ignore', 'inherit', options.onLogLine ? 'pipe' : 'inherit']
	});
	if (options.onLogLine) createInterface({ input: child.stderr! }).on('line', options.onLogLine);
	const base = `http://localhost:${port}`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error('the second server exited during start-up');
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error('the second server did not answer /healthz in time');
		}
		if (
			await fetch(`${base}/healthz`).then(
				(r) => r.ok,
				() => false
			)
		)
			break;
		await new Promise((resolve) => setTimeout(resolve, 250)); // polling a process we just spawned
	}
	return {
		base,
		async kill() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			const exited = once(child, 'exit');
			child.kill('SIGKILL');
			await exited;
		}
	};
}

/** Read-only questions to the shared database, to check what was acknowledged is there. */
export function database() {
	return postgres(e2eDatabaseUrl(), { max: 1, onnotice: () => {} });
}
