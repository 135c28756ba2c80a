import { managesUnit, type ScopedUser } from '$lib/auth/scope';
import { managesContest } from '$lib/contests/access';
import { isWithin } from '$lib/units/tree';
import type { GameConfig } from './config';

/**
 * Who may do what in a live game, as pure rules: the HTTP guards, the socket layer and the engine all ask
 * these, so each rule is written once.
 */

/** The contest's organizing unit (its organizers run the game) and its scope (its people may play). */
export interface GameUnits {
	organizerPath: string;
	scopePath: string;
}

/** Runs the game (host console, big screen, results): one who runs its contest. */
export function runsGame(user: ScopedUser | null, organizerPath: string): boolean {
	return managesContest(user, { organizerPath });
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
