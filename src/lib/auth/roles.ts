/**
 * Roles, from the most to the least powerful. Organizer and editor rights reach the user's own unit
 * and its subtree; admin reaches everything.
 */
export const ROLES = ['admin', 'organizer', 'editor', 'judge', 'participant'] as const;

export type Role = (typeof ROLES)[number];

export const hasRole = (user: { role: Role }, roles: readonly Role[]): boolean => roles.includes(user.role);

/** Roles that manage a part of the unit tree rather than only themselves. */
export const SCOPED_ROLES: readonly Role[] = ['organizer', 'editor'];

// Who enters each area: the area's guards require these roles, and the menu shows its link to them.
/** Contests: those who run them, online rounds and live games alike. */
export const CONTEST_ROLES = ['admin', 'organizer'] as const;
/** Question banks: those who write questions and those who approve them. */
export const BANK_ROLES = ['admin', 'organizer', 'editor'] as const;
/** Plans and their reports: those who keep them. */
export const PLAN_ROLES = ['admin', 'organizer'] as const;
/** Plan tasks: those who keep the plans and the staff who record progress. */
export const TASK_ROLES = ['admin', 'organizer', 'editor'] as const;
