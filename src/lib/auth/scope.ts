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
