import type { Clock, LimitStore } from '$lib/server/auth/rate-limit';
import type { Redis } from './redis';

/**
 * Rate-limit counts in Redis, so that a limit holds across every process of a scale-out deployment.
 * Each operation is one Lua script, atomic in Redis, on Redis's own clock (TIME) so that the processes
 * agree whatever their machines' clocks say; the specs pass a clock of their own instead.
 */

/** The clock in milliseconds: the caller's (ARGV[1] ≥ 0) or Redis's. */
const NOW = `local now = tonumber(ARGV[1])
if now < 0 then local t = redis.call('TIME') now = t[1] * 1000 + math.floor(t[2] / 1000) end`;

const TAKE = `${NOW}
local max = tonumber(ARGV[2])
local interval = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or max
local at = tonumber(state[2]) or now
local refill = math.floor((now - at) / interval)
tokens = math.min(max, tokens + refill)
at = at + refill * interval
local wait = 0
if tokens < 1 then wait = at + interval - now else tokens = tokens - 1 end
redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', at)
redis.call('PEXPIRE', KEYS[1], (max - tokens + 1) * interval)
return wait`;

const FAILURE_WAIT = `${NOW}
local state = redis.call('HMGET', KEYS[1], 'count', 'at')
if not state[1] then return 0 end
local delays = #ARGV - 1
local delay = tonumber(ARGV[1 + math.min(tonumber(state[1]), delays)])
return math.max(0, tonumber(state[2]) + delay - now)`;

const RECORD_FAILURE = `${NOW}
redis.call('HINCRBY', KEYS[1], 'count', 1)
redis.call('HSET', KEYS[1], 'at', now)
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
return 0`;

const PREFIX = 'hoithi:limit:';

export class RedisLimitStore implements LimitStore {
	constructor(
		private readonly redis: Redis,
		private readonly now: Clock | null = null
	) {}

	private async run(script: string, key: string, args: (string | number)[]): Promise<number> {
		const now = this.now ? this.now() : -1;
		const reply = await this.redis.eval(script, { keys: [PREFIX + key], arguments: [String(now), ...args.map(String)] });
		return Number(reply);
	}

	take(key: string, max: number, intervalMs: number): Promise<number> {
		return this.run(TAKE, key, [max, intervalMs]);
	}

	failureWait(key: string, delaysMs: readonly number[]): Promise<number> {
		return this.run(FAILURE_WAIT, key, [...delaysMs]);
	}

	async recordFailure(key: string, keepMs: number): Promise<void> {
		await this.run(RECORD_FAILURE, key, [keepMs]);
	}

	async clearFailures(key: string): Promise<void> {
		await this.redis.del(PREFIX + key);
	}
}
