/**
 * Vietnamese mobile numbers are stored in the national form "0xxxxxxxxx": spaces, dots and dashes are
 * dropped and a leading +84 / 84 becomes 0. Returns null when the result is not a 10-digit number.
 */
export function normalizePhone(input: string): string | null {
	let digits = input.trim().replace(/[\s.\-()]/g, '');
	// "+84 0912 …" is common too: the trunk 0 written after the country code.
	if (digits.startsWith('+84')) digits = '0' + digits.slice(3).replace(/^0/, '');
	else if (/^84\d{9}$/.test(digits)) digits = '0' + digits.slice(2);
	return /^0\d{9}$/.test(digits) ? digits : null;
}

/** A login identifier is an email when it has an "@", a phone number otherwise. */
export function loginIdentifier(input: string): { email: string } | { phone: string } | null {
	const value = input.trim();
	if (value.includes('@')) return { email: value.toLowerCase() };
	const phone = normalizePhone(value);
	return phone ? { phone } : null;
}
