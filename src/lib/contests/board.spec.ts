import { describe, expect, test } from 'vitest';
import { mayWatchBoard, submissionsPerMinute } from './board';

const contest = { leaderboardPublic: false, organizerPath: '/1/', scopePath: '/1/4/' };

describe('mayWatchBoard', () => {
	test('a public board is open to anyone, even without an account', () => {
		expect(mayWatchBoard(null, { ...contest, leaderboardPublic: true })).toBe(true);
	});

	test('a board for signed-in people refuses the anonymous', () => {
		expect(mayWatchBoard(null, contest)).toBe(false);
	});

	test('participants inside the contest scope may watch, those outside may not', () => {
		expect(mayWatchBoard({ role: 'participant', unitPath: '/1/4/17/' }, contest)).toBe(true);
		expect(mayWatchBoard({ role: 'participant', unitPath: '/1/5/' }, contest)).toBe(false);
	});

	test('the organizers of the organizing unit and admins may watch', () => {
		expect(mayWatchBoard({ role: 'organizer', unitPath: '/1/' }, contest)).toBe(true);
		expect(mayWatchBoard({ role: 'admin', unitPath: '/9/' }, contest)).toBe(true);
		expect(mayWatchBoard({ role: 'organizer', unitPath: '/2/' }, contest)).toBe(false);
	});
});

describe('submissionsPerMinute', () => {
	const now = new Date('2026-11-28T08:10:30Z');
	const at = (iso: string) => new Date(`2026-11-28T${iso}Z`);

	test('counts each submission in its minute, the running minute last', () => {
		const counts = submissionsPerMinute([at('08:10:01'), at('08:10:29'), at('08:09:59'), at('08:01:00')], now);
		expect(counts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
	});

	test('leaves out submissions older than the window or stamped in the future', () => {
		expect(submissionsPerMinute([at('08:00:59'), at('08:11:00')], now)).toEqual(new Array(10).fill(0));
	});
});
