import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, asc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '$lib/auth/roles';
import { AppError, type Refusal } from '$lib/errors';
import type { MessageKey } from '$lib/i18n';
import type { Db } from '$lib/server/db';
import { violatedUniqueConstraint } from '$lib/server/db/errors';
import { unit, user } from '$lib/server/db/schema';
import { likePattern, matchesText } from '$lib/server/db/search';
import { disconnectSessions } from '$lib/server/realtime';
import { hashPassword, verifyPassword } from './password';
import { invalidateUserSessions } from './session';

/** Each refusal with the form field it belongs to. */
const USER_ERRORS = {
	'auth.phoneTaken': { field: 'phone' },
	'auth.emailTaken': { field: 'email' },
	'auth.wrongCurrentPassword': { field: 'currentPassword' },
	'users.notFound': {},
	'units.notFound': { field: 'unitId' }
} satisfies Partial<Record<MessageKey, Refusal>>;

export type UserErrorCode = keyof typeof USER_ERRORS;

export class UserError extends AppError<UserErrorCode> {
	constructor(code: UserErrorCode) {
		super(code, USER_ERRORS[code]);
	}
}

export interface NewUser {
	fullName: string;
	birthDate: string | null;
	phone: string;
	email: string | null;
	unitId: number;
	role: Role;
	password: string;
}

export const newUserId = (): string => encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(15)));

async function assertFree(db: Db, phone: string, email: string | null, exceptId?: string) {
	const [byPhone] = await db.select({ id: user.id }).from(user).where(eq(user.phone, phone));
	if (byPhone && byPhone.id !== exceptId) throw new UserError('auth.phoneTaken');
	if (email) {
		const [byEmail] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
		if (byEmail && byEmail.id !== exceptId) throw new UserError('auth.emailTaken');
	}
}

async function assertUnit(db: Db, unitId: number) {
	const [found] = await db.select({ id: unit.id }).from(unit).where(eq(unit.id, unitId));
	if (!found) throw new UserError('units.notFound');
}

/** Maps a lost race on a unique column to the same error the pre-check gives. */
function uniqueToUserError(error: unknown): never {
	const constraint = violatedUniqueConstraint(error);
	if (constraint === 'user_phone_key') throw new UserError('auth.phoneTaken');
	if (constraint === 'user_email_key') throw new UserError('auth.emailTaken');
	throw error;
}

export async function createUser(db: Db, input: NewUser): Promise<string> {
	await assertFree(db, input.phone, input.email);
	await assertUnit(db, input.unitId);
	const id = newUserId();
	const { password, ...fields } = input;
	const passwordHash = await hashPassword(password);
	await db
		.insert(user)
		.values({ id, ...fields, passwordHash })
		.catch(uniqueToUserError);
	return id;
}

export interface LoginCandidate {
	id: string;
	passwordHash: string;
	disabled: boolean;
}

export async function findLoginCandidate(db: Db, identifier: { email: string } | { phone: string }): Promise<LoginCandidate | null> {
	const where = 'email' in identifier ? eq(user.email, identifier.email) : eq(user.phone, identifier.phone);
	const [found] = await db.select({ id: user.id, passwordHash: user.passwordHash, disabledAt: user.disabledAt }).from(user).where(where);
	return found ? { id: found.id, passwordHash: found.passwordHash, disabled: !!found.disabledAt } : null;
}

export interface Profile {
	id: string;
	fullName: string;
	birthDate: string | null;
	phone: string;
	email: string | null;
	role: Role;
	unitId: number;
	unitName: string;
	disabled: boolean;
	createdAt: Date;
}

const profileColumns = {
	id: user.id,
	fullName: user.fullName,
	birthDate: user.birthDate,
	phone: user.phone,
	email: user.email,
	role: user.role,
	unitId: user.unitId,
	unitName: unit.name,
	disabled: sql<boolean>`${user.disabledAt} IS NOT NULL`,
	createdAt: user.createdAt
};

export async function getProfile(db: Db, id: string): Promise<Profile | null> {
	const [found] = await db.select(profileColumns).from(user).innerJoin(unit, eq(unit.id, user.unitId)).where(eq(user.id, id));
	return found ?? null;
}

export interface UserFilter {
	query?: string;
	role?: Role;
	limit: number;
	offset: number;
}

/** Users by name, phone or email (diacritics-free), newest first within Vietnamese name order. */
export async function listUsers(db: Db, filter: UserFilter): Promise<{ users: Profile[]; total: number }> {
	const conditions: SQL[] = [];
	const q = filter.query?.trim();
	if (q) {
		const digits = q.replace(/\D/g, '');
		conditions.push(
			or(matchesText(user.fullName, q), matchesText(user.email, q), digits.length >= 3 ? like(user.phone, likePattern(digits)) : undefined)!
		);
	}
	if (filter.role) conditions.push(eq(user.role, filter.role));
	const where = conditions.length ? and(...conditions) : undefined;
	const [users, [{ total }]] = await Promise.all([
		db
			.select(profileColumns)
			.from(user)
			.innerJoin(unit, eq(unit.id, user.unitId))
			.where(where)
			.orderBy(asc(user.fullName), asc(user.id))
			.limit(filter.limit)
			.offset(filter.offset),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(user)
			.where(where)
	]);
	return { users, total };
}

/** Ends every session of a user, sockets included: after a password, role or status change. */
async function signOutEverywhere(db: Db, userId: string): Promise<void> {
	disconnectSessions(await invalidateUserSessions(db, userId));
}

async function setPassword(db: Db, userId: string, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	const updated = await db.update(user).set({ passwordHash }).where(eq(user.id, userId)).returning({ id: user.id });
	if (updated.length === 0) throw new UserError('users.notFound');
	await signOutEverywhere(db, userId);
}

export async function changePassword(db: Db, userId: string, current: string, next: string): Promise<void> {
	const [found] = await db.select({ passwordHash: user.passwordHash }).from(user).where(eq(user.id, userId));
	if (!found) throw new UserError('users.notFound');
	if (!(await verifyPassword(found.passwordHash, current))) throw new UserError('auth.wrongCurrentPassword');
	await setPassword(db, userId, next);
}

export const resetPassword = setPassword;

export interface UserUpdate {
	fullName: string;
	phone: string;
	email: string | null;
	birthDate: string | null;
	unitId: number;
	role: Role;
	disabled: boolean;
}

/** Admin edit. A change of role, unit or status ends the user's sessions so new rights apply at once. */
export async function updateUser(db: Db, userId: string, input: UserUpdate): Promise<void> {
	const before = await getProfile(db, userId);
	if (!before) throw new UserError('users.notFound');
	await assertFree(db, input.phone, input.email, userId);
	await assertUnit(db, input.unitId);
	const { fullName, phone, email, birthDate, unitId, role, disabled } = input;
	await db
		.update(user)
		.set({
			fullName,
			phone,
			email,
			birthDate,
			unitId,
			role,
			disabledAt: disabled ? (before.disabled ? undefined : new Date()) : null
		})
		.where(eq(user.id, userId))
		.catch(uniqueToUserError);
	if (before.role !== input.role || before.unitId !== input.unitId || (disabled && !before.disabled)) {
		await signOutEverywhere(db, userId);
	}
}
