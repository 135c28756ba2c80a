import { error, type RequestEvent } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import { canApproveBank, canEditBank, getBank, type BankRecord } from './banks';

export const BANK_ROLES = ['admin', 'organizer', 'editor'] as const;

/** The signed-in keeper of the bank named in the URL, or 403/404 with a Vietnamese reason. */
export async function requireBank(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>
): Promise<{ user: SessionUser; bank: BankRecord; canApprove: boolean }> {
	const user = requireRole(event, ...BANK_ROLES);
	const bank = await getBank(db(), idParam(event.params.bankId, 'bank.notFound'));
	if (!bank) error(404, { message: 'bank.notFound' });
	if (!canEditBank(user, bank)) error(403, { message: 'bank.forbidden' });
	return { user, bank, canApprove: canApproveBank(user, bank) };
}
