/**
 * What of the unit tree a user keeps: their unit's subtree, all of it for an admin (`managesUnit`).
 * A bank, a contest or a plan is made for a unit the maker keeps, picked from the units they keep.
 */
import { managesUnit, scopePath, type ScopedUser } from '$lib/auth/scope';
import type { Db } from '$lib/server/db';
import type { UnitRecord } from '$lib/units/tree';
import { getUnit, unitOptions } from './service';

/** The unit if `user` keeps it; null if there is no such unit or it lies beyond them. */
export async function keptUnit(db: Db, user: ScopedUser, unitId: number): Promise<UnitRecord | null> {
	const found = await getUnit(db, unitId);
	return found && managesUnit(user, found.path) ? found : null;
}

/** The units a user may pick for what they make, as picker options. */
export const keptUnitOptions = (db: Db, user: ScopedUser) => unitOptions(db, { within: scopePath(user) });
