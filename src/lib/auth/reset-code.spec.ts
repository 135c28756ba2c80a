import { describe, expect, it } from 'vitest';
import { formatResetCode, mayIssueReset, normalizeResetCode, RESET_CODE_LENGTH, resetCodeFrom } from './reset-code';

describe('reset codes', () => {
	it('are 12 characters of the unambiguous alphabet', () => {
		const code = resetCodeFrom(crypto.getRandomValues(new Uint8Array(RESET_CODE_LENGTH)));
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
		expect(resetCodeFrom(new Uint8Array(12).fill(255))).toBe('ZZZZZZZZZZZZ');
	});
	it('read back whatever the case, spaces and dashes, with O, I and L as digits', () => {
		expect(formatResetCode('ABCD0123WXYZ')).toBe('ABCD-0123-WXYZ');
		expect(normalizeResetCode(' abcd-o123 wxyz ')).toBe('ABCD0123WXYZ');
		expect(normalizeResetCode('ABCD-I1L1-WXYZ')).toBe('ABCD1111WXYZ');
		expect(normalizeResetCode('ABCD-0123-WXY')).toBeNull();
		expect(normalizeResetCode('ABCD-0123-WXYU')).toBeNull();
	});
});

describe('mayIssueReset', () => {
	const organizer = { id: 'o', role: 'organizer' as const, unitPath: '/1/4/' };
	it('lets an organizer reset the people of their subtree below their own role', () => {
		expect(mayIssueReset(organizer, { id: 'p', role: 'participant', unitPath: '/1/4/17/' })).toBe(true);
		expect(mayIssueReset(organizer, { id: 'p', role: 'participant', unitPath: '/1/5/' })).toBe(false);
		expect(mayIssueReset(organizer, { id: 'o2', role: 'organizer', unitPath: '/1/4/17/' })).toBe(false);
		expect(mayIssueReset(organizer, { id: 'a', role: 'admin', unitPath: '/1/4/' })).toBe(false);
	});
	it('lets an admin reset anyone but themselves, and nobody else reset anyone', () => {
		const admin = { id: 'a', role: 'admin' as const, unitPath: '/1/' };
		expect(mayIssueReset(admin, { id: 'o', role: 'organizer', unitPath: '/9/' })).toBe(true);
		expect(mayIssueReset(admin, { id: 'a', role: 'admin', unitPath: '/1/' })).toBe(false);
		expect(mayIssueReset({ id: 'e', role: 'editor', unitPath: '/1/' }, { id: 'p', role: 'participant', unitPath: '/1/2/' })).toBe(false);
	});
});
