/**
 * One-time password reset codes, read aloud or typed from a note: 12 characters of Crockford's base32
 * (no I, L, O, U), shown in groups of four. 60 random bits; with the attempts per address limited and a
 * day's lifetime, guessing one is out of reach.
 */
import { hasRole, type Role } from './roles';
import { managesUnit, type ScopedUser } from './scope';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RESET_CODE_LENGTH = 12;
export const RESET_LIFETIME_MS = 24 * 3_600_000;

/** A fresh code from `random` bytes (one per character; 256 is a multiple of 32, so no bias). */
export function resetCodeFrom(random: Uint8Array): string {
	if (random.length < RESET_CODE_LENGTH) throw new Error('not enough random bytes');
	return Array.from(random.subarray(0, RESET_CODE_LENGTH), (b) => ALPHABET[b % 32]).join('');
}

/** "ABCD-EFGH-JKMN", for reading out. */
export function formatResetCode(code: string): string {
	return code.match(/.{1,4}/g)!.join('-');
}

/**
 * The code as typed back: case, spaces and dashes ignored, and the letters people confuse with digits
 * read as those digits (Crockford's rule). Null if it cannot be a code.
 */
export function normalizeResetCode(input: string): string | null {
	const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	return code.length === RESET_CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/**
 * Who may hand someone a reset: an admin, for anyone else; an organizer, for the participants, editors
 * and judges of their unit's subtree (not for another organizer or an admin, who go to an admin).
 */
export function mayIssueReset(actor: ScopedUser & { id: string }, target: { id: string; role: Role; unitPath: string }): boolean {
	if (actor.id === target.id) return false;
	if (actor.role === 'admin') return true;
	return hasRole(actor, ['organizer']) && !hasRole(target, ['admin', 'organizer']) && managesUnit(actor, target.unitPath);
}
