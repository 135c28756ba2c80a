import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './errors';

const wrapped = (cause: object) => Object.assign(new Error('Failed query: select 1'), { cause });

describe('isDatabaseUnavailable', () => {
	it('knows a server that is down, restarting or unreachable, through drizzle’s wrapping', () => {
		expect(isDatabaseUnavailable(wrapped({ code: 'ECONNREFUSED' }))).toBe(true);
		expect(isDatabaseUnavailable(wrapped({ code: 'CONNECTION_CLOSED' }))).toBe(true);
		expect(isDatabaseUnavailable({ code: '57P01' })).toBe(true); // terminating connection due to administrator command
		expect(isDatabaseUnavailable({ code: '57P03' })).toBe(true); // the database system is starting up
		expect(isDatabaseUnavailable({ code: '08006' })).toBe(true);
	});

	it('does not take a wrong statement or a violated constraint for an outage', () => {
		expect(isDatabaseUnavailable(wrapped({ code: '23505' }))).toBe(false);
		expect(isDatabaseUnavailable(wrapped({ code: '42P01' }))).toBe(false);
		expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
		expect(isDatabaseUnavailable(null)).toBe(false);
	});
});
