import { CONTEST_ROLES, hasRole } from '$lib/auth/roles';
import { managesUnit, type ScopedUser } from '$lib/auth/scope';

/**
 * Who runs a contest (its rounds, its live games, its results): an organizer of its organizing unit's
 * subtree, or an admin. An editor of the same unit keeps questions, not the contest.
 */
export const managesContest = (user: ScopedUser | null, contest: { organizerPath: string }): boolean =>
	user !== null && hasRole(user, CONTEST_ROLES) && managesUnit(user, contest.organizerPath);
