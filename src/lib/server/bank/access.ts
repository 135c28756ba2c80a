/**
 * Who may do what with question banks. Editors and organizers keep the banks of their unit's subtree
 * (admins all): they write questions, send them for review, use the bank for a round or a game.
 * Approving and retiring is the organizers' (and admins') call, within their subtree.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { BANK_ROLES } from '$lib/auth/roles';
import { managesUnit, type ScopedUser } from '$lib/auth/scope';
import { requireRole } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { idParam } from '$lib/server/params';
import { getBank, type BankRecord } from './banks';
import { getQuestion } from './questions';

type BankScope = Pick<BankRecord, 'unitPath'>;

/** The bank's keepers: `listBanksFor` is the same rule as a query. */
export const canEditBank = (user: ScopedUser, bank: BankScope): boolean => managesUnit(user, bank.unitPath);

export const canApproveBank = (user: ScopedUser, bank: BankScope): boolean =>
	(user.role === 'organizer' || user.role === 'admin') && managesUnit(user, bank.unitPath);

/** A status change a keeper who cannot approve may not make. */
export const needsApprover = (change: 'approve' | 'retire' | 'submit' | 'move'): boolean => change === 'approve' || change === 'retire';

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

/** The bank and the question in the URL, which must belong to it. */
export async function requireQuestion(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const access = await requireBank(event);
	const question = await getQuestion(db(), idParam(event.params.questionId, 'bank.questionNotFound'));
	if (!question || question.bankId !== access.bank.id) error(404, { message: 'bank.questionNotFound' });
	return { ...access, question };
}
