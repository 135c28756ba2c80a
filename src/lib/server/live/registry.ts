import { db } from '$lib/server/db';
import { runningGameIds } from './games';
import { GameRegistry } from './host';
import { deliver } from './rooms';

const registryKey = Symbol.for('hoithi.live.registry');

/** The games this process runs: one registry per process (a dev-server reload keeps the running games). */
export function liveGames(): GameRegistry {
	const holder = globalThis as { [registryKey]?: GameRegistry };
	holder[registryKey] ??= new GameRegistry(db, deliver);
	return holder[registryKey];
}

/** After a restart, running games are rebuilt from their logs at once, so their clocks tick on. */
export async function resumeRunningGames(): Promise<void> {
	for (const { id } of await runningGameIds(db())) await liveGames().get(id);
}
