export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'needsLetterAndDigit' | 'sameAsPhone';

/** Returns what is wrong with a new password, or null when it is acceptable. */
export function passwordProblem(password: string, phone?: string | null): PasswordProblem | null {
	if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
	if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
	if (!/\p{L}/u.test(password) || !/\d/.test(password)) return 'needsLetterAndDigit';
	if (phone && password.includes(phone)) return 'sameAsPhone';
	return null;
}
