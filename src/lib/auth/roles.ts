/**
 * Roles, from the most to the least powerful. Organizer and editor rights reach the user's own unit
 * and its subtree; admin reaches everything.
 */
export const ROLES = ['admin', 'organizer', 'editor', 'judge', 'participant'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
	return (ROLES as readonly string[]).includes(value);
}

/** Roles that manage a part of the unit tree rather than only themselves. */
export const SCOPED_ROLES: readonly Role[] = ['organizer', 'editor'];
