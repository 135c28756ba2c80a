import { error, type RequestEvent } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import { BankError, bankForEditor, canApproveBank, type BankRecord } from './banks';

export const BANK_ROLES = ['admin', 'organizer', 'editor'] as const;

/** The signed-in keeper of the bank named in the URL, or 403/404 with a Vietnamese reason. */
export async function requireBank(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>
): Promise<{ user: SessionUser; bank: BankRecord; canApprove: boolean }> {
	const user = requireRole(event, ...BANK_ROLES);
	const id = idParam(event.params.bankId, 'bank.notFound');
	try {
		const bank = await bankForEditor(db(), user, id);
		return { user, bank, canApprove: canApproveBank(user, bank) };
	} catch (e) {
		if (e instanceof BankError) error(e.code === 'bank.forbidden' ? 403 : 404, { message: e.code });
		throw e;
	}
}
