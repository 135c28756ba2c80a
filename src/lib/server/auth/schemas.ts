import { z } from 'zod';
import { normalizePhone } from '$lib/auth/phone';
import { passwordProblem } from '$lib/auth/password-policy';
import { ROLES } from '$lib/auth/roles';
import { parseDate } from '$lib/i18n/format';

// Messages are i18n keys: the page renders them in the user's language.
const fullName = z.string().trim().min(1, 'auth.nameRequired').max(120, 'auth.nameTooLong');
const phone = z
	.string()
	.transform((value, ctx) => normalizePhone(value) ?? (ctx.addIssue({ code: 'custom', message: 'auth.phoneInvalid' }), z.NEVER));
const email = z
	.string()
	.trim()
	.toLowerCase()
	.transform((value, ctx) => {
		if (value === '') return null;
		if (!z.email().safeParse(value).success) {
			ctx.addIssue({ code: 'custom', message: 'auth.emailInvalid' });
			return z.NEVER;
		}
		return value;
	});
const birthDate = z.string().transform((value, ctx) => {
	if (value.trim() === '') return null;
	const iso = parseDate(value);
	const year = iso ? Number(iso.slice(0, 4)) : 0;
	if (!iso || year < 1900 || iso > new Date().toISOString().slice(0, 10)) {
		ctx.addIssue({ code: 'custom', message: 'auth.birthDateInvalid' });
		return z.NEVER;
	}
	return iso;
});
const unitId = z.coerce.number({ message: 'auth.unitRequired' }).int().positive('auth.unitRequired');
const password = z.string();

/** Adds the password policy's complaint, if any, to the `password` field. */
function checkPassword(data: { password: string; phone?: string }, ctx: z.RefinementCtx) {
	const problem = passwordProblem(data.password, data.phone);
	if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: `password.${problem}` });
}

export const registerSchema = z
	.object({ fullName, birthDate, phone, email, unitId, password, redirectTo: z.string().optional() })
	.superRefine(checkPassword);

export const loginSchema = z.object({
	identifier: z.string().trim().min(1, 'auth.identifierRequired'),
	password: z.string().min(1, 'auth.passwordRequired'),
	redirectTo: z.string().optional()
});

export const changePasswordSchema = z
	.object({ currentPassword: z.string().min(1, 'auth.passwordRequired'), password, confirm: z.string() })
	.superRefine(checkPassword)
	.refine((d) => d.password === d.confirm, { path: ['confirm'], message: 'auth.confirmMismatch' });

const role = z.enum(ROLES, { message: 'users.roleInvalid' });

export const adminCreateUserSchema = z.object({ fullName, birthDate, phone, email, unitId, role, password }).superRefine(checkPassword);

export const adminUpdateUserSchema = z.object({
	fullName,
	birthDate,
	phone,
	email,
	unitId,
	role,
	disabled: z.literal('on').optional().transform(Boolean)
});

export const resetPasswordSchema = z.object({ password }).superRefine(checkPassword);

export const redeemResetSchema = z
	.object({ code: z.string().trim().min(1, 'reset.codeRequired'), password, confirm: z.string() })
	.superRefine(checkPassword)
	.refine((d) => d.password === d.confirm, { path: ['confirm'], message: 'auth.confirmMismatch' });

export const issueResetSchema = z.object({ identifier: z.string().trim().min(1, 'auth.identifierRequired') });

export const emailResetSchema = z.object({ email: z.string().trim().min(1, 'reset.emailRequired').max(254, 'auth.emailInvalid') });
