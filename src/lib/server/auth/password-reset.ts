/**
 * Password resets through a person: an organizer or admin of the user's unit issues a one-time code
 * (and a link carrying it) and hands it over; the user sets a new password with it. Only the code's
 * SHA-256 is stored, it lasts a day, it works once, a newer code replaces an older one, and a reset
 * ends every session of the user.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import { loginIdentifier } from '$lib/auth/phone';
import { mayIssueReset, normalizeResetCode, RESET_CODE_LENGTH, RESET_LIFETIME_MS, resetCodeFrom } from '$lib/auth/reset-code';
import type { ScopedUser } from '$lib/auth/scope';
import { AppError } from '$lib/errors';
import type { Db } from '$lib/server/db';
import { passwordReset, unit, user } from '$lib/server/db/schema';
import { sessionIdOf as sha256Hex } from './session';
import { resetPassword } from './users';

export interface IssuedReset {
	code: string;
	fullName: string;
	expiresAt: Date;
}

/**
 * A new code for the account with this phone or email. Not found and not the actor's to reset give
 * the same refusal, so an organizer learns nothing about accounts outside their units.
 */
export async function issuePasswordReset(
	db: Db,
	actor: ScopedUser & { id: string },
	identifierText: string,
	now = new Date()
): Promise<IssuedReset> {
	const identifier = loginIdentifier(identifierText);
	const where = !identifier ? null : 'email' in identifier ? eq(user.email, identifier.email) : eq(user.phone, identifier.phone);
	const [target] = where
		? await db
				.select({ id: user.id, fullName: user.fullName, role: user.role, unitPath: unit.path })
				.from(user)
				.innerJoin(unit, eq(unit.id, user.unitId))
				.where(where)
		: [];
	if (!target || !mayIssueReset(actor, target)) throw new AppError('reset.noSuchUser', { field: 'identifier' });
	const code = resetCodeFrom(crypto.getRandomValues(new Uint8Array(RESET_CODE_LENGTH)));
	const expiresAt = new Date(now.getTime() + RESET_LIFETIME_MS);
	await db.transaction(async (tx) => {
		await tx.delete(passwordReset).where(and(eq(passwordReset.userId, target.id), isNull(passwordReset.usedAt)));
		await tx.insert(passwordReset).values({ id: sha256Hex(code), userId: target.id, issuedBy: actor.id, expiresAt });
	});
	return { code, fullName: target.fullName, expiresAt };
}

/**
 * Sets the new password with a code: the code is spent in the same transaction, so two uses at once
 * give one reset; a wrong, used or expired code is one refusal.
 */
export async function redeemPasswordReset(db: Db, codeText: string, password: string, now = new Date()): Promise<void> {
	const code = normalizeResetCode(codeText);
	if (!code) throw new AppError('reset.invalidCode', { field: 'code' });
	await db.transaction(async (tx) => {
		const [spent] = await tx
			.update(passwordReset)
			.set({ usedAt: now })
			.where(and(eq(passwordReset.id, sha256Hex(code)), isNull(passwordReset.usedAt), gt(passwordReset.expiresAt, now)))
			.returning({ userId: passwordReset.userId });
		if (!spent) throw new AppError('reset.invalidCode', { field: 'code' });
		await resetPassword(tx, spent.userId, password);
	});
}
