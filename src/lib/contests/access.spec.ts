import { describe, expect, test } from 'vitest';
import type { ScopedUser } from '$lib/auth/scope';
import { managesContest } from './access';

const user = (role: ScopedUser['role'], unitPath: string): ScopedUser => ({ role, unitPath });
const contest = { organizerPath: '/1/4/' };

describe('managesContest', () => {
	test('an organizer of the organizing unit or a unit above it runs the contest', () => {
		expect(managesContest(user('organizer', '/1/4/'), contest)).toBe(true);
		expect(managesContest(user('organizer', '/1/'), contest)).toBe(true);
	});

	test('an organizer of a unit below or beside the organizing unit does not', () => {
		expect(managesContest(user('organizer', '/1/4/17/'), contest)).toBe(false);
		expect(managesContest(user('organizer', '/1/5/'), contest)).toBe(false);
	});

	test('an admin runs every contest; an editor, a judge, a participant or nobody runs none', () => {
		expect(managesContest(user('admin', '/1/5/'), contest)).toBe(true);
		for (const role of ['editor', 'judge', 'participant'] as const) expect(managesContest(user(role, '/1/'), contest)).toBe(false);
		expect(managesContest(null, contest)).toBe(false);
	});
});
