import { createClient } from 'redis';
import { errorFields, log } from '$lib/server/log';

/**
 * Redis, in scale-out mode only (`REDIS_URL` set): what the processes of one hoithi share besides
 * PostgreSQL (Socket.IO's adapter, rate limits, once-per-cluster work). Without it nothing here runs.
 */
export type Redis = ReturnType<typeof createClient>;

export const redisUrl = (env = process.env): string | null => env.REDIS_URL || null;

/** A connected client; it reconnects by itself after a drop, and says so in the log. */
export async function connectRedis(url: string): Promise<Redis> {
	const client = createClient({ url });
	let down = false;
	client.on('error', (error) => {
		if (down) return;
		down = true;
		log('warn', 'redis.down', errorFields(error));
	});
	client.on('ready', () => {
		if (down) log('info', 'redis.back');
		down = false;
	});
	await client.connect();
	return client;
}
