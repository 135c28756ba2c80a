import { loginIdentifier } from '$lib/auth/phone';
import type { Db } from '$lib/server/db';
import { hashPassword, verifyPassword } from './password';
import { loginAttemptsByIp, loginFailuresByAccount } from './rate-limit';
import { findLoginCandidate } from './users';

export type LoginResult =
	| { ok: true; userId: string }
	| { ok: false; error: 'auth.invalidCredentials' | 'auth.disabled' }
	| { ok: false; error: 'auth.tooManyAttempts'; waitSeconds: number };

// Verified against when the account does not exist, so both paths cost one argon2 verify.
let dummyHash: Promise<string> | null = null;

/** Checks credentials under two limits: attempts per client address, failures per account. */
export async function attemptLogin(db: Db, identifierText: string, password: string, ip: string): Promise<LoginResult> {
	const ipWait = await loginAttemptsByIp.consume(ip);
	if (ipWait > 0) return { ok: false, error: 'auth.tooManyAttempts', waitSeconds: Math.ceil(ipWait / 1000) };
	const identifier = loginIdentifier(identifierText);
	const accountKey = identifier ? Object.values(identifier)[0] : identifierText.trim().toLowerCase();
	const accountWait = await loginFailuresByAccount.waitMs(accountKey);
	if (accountWait > 0) {
		return { ok: false, error: 'auth.tooManyAttempts', waitSeconds: Math.ceil(accountWait / 1000) };
	}
	const candidate = identifier ? await findLoginCandidate(db, identifier) : null;
	dummyHash ??= hashPassword('not-a-real-password-1');
	const valid = await verifyPassword(candidate?.passwordHash ?? (await dummyHash), password);
	if (!candidate || !valid) {
		await loginFailuresByAccount.fail(accountKey);
		return { ok: false, error: 'auth.invalidCredentials' };
	}
	await loginFailuresByAccount.reset(accountKey);
	if (candidate.disabled) return { ok: false, error: 'auth.disabled' };
	return { ok: true, userId: candidate.id };
}
