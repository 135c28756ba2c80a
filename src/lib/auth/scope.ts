import { isWithin } from '$lib/units/tree';
import { SCOPED_ROLES, type Role } from './roles';

export interface ScopedUser {
	role: Role;
	unitPath: string;
}

/**
 * Whether a user may manage what belongs to the unit at `unitPath`: an admin anywhere, an organizer or
 * editor within their own unit's subtree, nobody else.
 */
export function managesUnit(user: ScopedUser, unitPath: string): boolean {
	if (user.role === 'admin') return true;
	return SCOPED_ROLES.includes(user.role) && isWithin(unitPath, user.unitPath);
}

/** How far a user's lists reach, as a unit path prefix: their unit's subtree, or everything (undefined) for an admin. */
export const scopePath = (user: ScopedUser): string | undefined => (user.role === 'admin' ? undefined : user.unitPath);
