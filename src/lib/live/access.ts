import type { Role } from '$lib/auth/roles';
import { managesUnit, type ScopedUser } from '$lib/auth/scope';
import { isWithin } from '$lib/units/tree';
import type { GameConfig } from './config';

/**
 * Who may do what in a live game, as pure rules: the HTTP guards, the socket layer and the engine all ask
 * these, so each rule is written once.
 */

/** Organizers and admins run games; an editor of the same unit keeps questions, not the show. */
export const LIVE_ROLES: readonly Role[] = ['admin', 'organizer'];

/** The contest's organizing unit (its organizers run the game) and its scope (its people may play). */
export interface GameUnits {
	organizerPath: string;
	scopePath: string;
}

/** Runs the game (host console, big screen, results): an organizer of the organizing unit's subtree, or an admin. */
export function runsGame(user: ScopedUser | null, organizerPath: string): boolean {
	return user !== null && LIVE_ROLES.includes(user.role) && managesUnit(user, organizerPath);
}

/** Judges the game: one of the judges its configuration names. */
export function judgesGame(config: Pick<GameConfig, 'judges'>, userId: string): boolean {
	return config.judges.some((j) => j.id === userId);
}

/**
 * May take a seat in an official game open to the contest's account holders: a person of the contest's
 * units, or one who manages the organizing unit (a rehearsal).
 */
export function mayPlay(user: ScopedUser, units: GameUnits): boolean {
	return isWithin(user.unitPath, units.scopePath) || managesUnit(user, units.organizerPath);
}
