/**
 * Password resets through a person: an organizer or admin of the user's unit issues a one-time code
 * (and a link carrying it) and hands it over; the user sets a new password with it. Only the code's
 * SHA-256 is stored, it lasts a day, it works once, a newer code replaces an older one, and a reset
 * ends every session of the user. Where SMTP is configured, a user may also have a code sent to their
 * account's e-mail address.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import { loginIdentifier } from '$lib/auth/phone';
import {
	formatResetCode,
	mayIssueReset,
	normalizeResetCode,
	RESET_CODE_LENGTH,
	RESET_LIFETIME_MS,
	resetCodeFrom
} from '$lib/auth/reset-code';
import type { ScopedUser } from '$lib/auth/scope';
import { AppError } from '$lib/errors';
import { t } from '$lib/i18n';
import type { Db } from '$lib/server/db';
import { passwordReset, unit, user } from '$lib/server/db/schema';
import type { SendMail } from './mail';
import { sessionIdOf as sha256Hex } from './session';
import { resetPassword } from './users';

export interface IssuedReset {
	code: string;
	userId: string;
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
	return { ...(await storeNewCode(db, target.id, actor.id, now)), userId: target.id, fullName: target.fullName };
}

/** A fresh code for the user, replacing any unused one. */
async function storeNewCode(db: Db, userId: string, issuedBy: string | null, now: Date): Promise<{ code: string; expiresAt: Date }> {
	const code = resetCodeFrom(crypto.getRandomValues(new Uint8Array(RESET_CODE_LENGTH)));
	const expiresAt = new Date(now.getTime() + RESET_LIFETIME_MS);
	await db.transaction(async (tx) => {
		await tx.delete(passwordReset).where(and(eq(passwordReset.userId, userId), isNull(passwordReset.usedAt)));
		await tx.insert(passwordReset).values({ id: sha256Hex(code), userId, issuedBy, expiresAt });
	});
	return { code, expiresAt };
}

/**
 * "Quên mật khẩu" by e-mail (where SMTP is configured): a code and its link to the account with this
 * address, if there is an enabled one; nothing otherwise. The caller answers alike either way and does
 * not wait for this, so neither the reply nor its timing tells whether the account exists.
 */
export async function requestEmailReset(db: Db, emailText: string, send: SendMail, origin: string, now = new Date()): Promise<boolean> {
	const email = emailText.trim().toLowerCase();
	const [target] = email
		? await db
				.select({ id: user.id, fullName: user.fullName, email: user.email })
				.from(user)
				.where(and(eq(user.email, email), isNull(user.disabledAt)))
		: [];
	if (!target?.email) return false;
	const { code } = await storeNewCode(db, target.id, null, now);
	await send({
		to: target.email,
		subject: t('reset.mailSubject'),
		text: t('reset.mailText', { name: target.fullName, code: formatResetCode(code), link: `${origin}/reset?code=${code}` })
	});
	return true;
}

/**
 * Sets the new password with a code: the code is spent in the same transaction, so two uses at once
 * give one reset; a wrong, used or expired code is one refusal.
 */
/** Sets the new password with a valid code; answers whose password it was. */
export async function redeemPasswordReset(db: Db, codeText: string, password: string, now = new Date()): Promise<string> {
	const code = normalizeResetCode(codeText);
	if (!code) throw new AppError('reset.invalidCode', { field: 'code' });
	return db.transaction(async (tx) => {
		const [spent] = await tx
			.update(passwordReset)
			.set({ usedAt: now })
			.where(and(eq(passwordReset.id, sha256Hex(code)), isNull(passwordReset.usedAt), gt(passwordReset.expiresAt, now)))
			.returning({ userId: passwordReset.userId });
		if (!spent) throw new AppError('reset.invalidCode', { field: 'code' });
		await resetPassword(tx, spent.userId, password);
		return spent.userId;
	});
}
