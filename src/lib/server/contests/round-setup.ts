import { drawQuestions } from '$lib/contests/draw';
import { AppError } from '$lib/errors';
import type { ScopedUser } from '$lib/auth/scope';
import { canEditBank } from '$lib/server/bank/access';
import { getBank } from '$lib/server/bank/banks';
import type { Db } from '$lib/server/db';
import { drawPool } from './attempt-commands';
import { createRound } from './contests';
import type { RoundForm } from './round-form';

/**
 * An online round from the organizer's form. The bank must be one they keep, and able to fill the
 * round's draw now: refused here rather than for every participant later.
 */
export async function createRoundFromForm(db: Db, organizer: ScopedUser, contestId: number, form: RoundForm): Promise<number> {
	const bank = await getBank(db, form.bankId);
	if (!bank || !canEditBank(organizer, bank)) throw new AppError('bank.forbidden', { field: 'bankId' });
	const blueprint = [{ topicId: form.topicId, difficulty: form.difficulty, count: form.questionCount }];
	if (!drawQuestions(await drawPool(db, bank.id), blueprint, 'check').ok) {
		throw new AppError('contest.notEnoughQuestions', { field: 'questionCount' });
	}
	return createRound(db, contestId, {
		name: form.name,
		bankId: bank.id,
		opensAt: form.opensAt,
		closesAt: form.closesAt,
		timeLimitSeconds: form.timeLimitMinutes * 60,
		blueprint,
		shuffleQuestions: form.shuffleQuestions,
		shuffleOptions: form.shuffleOptions,
		attemptsAllowed: form.attemptsAllowed,
		countingAttempt: form.countingAttempt,
		showAnswers: form.showAnswers,
		predictionEnabled: form.predictionEnabled,
		oneQuestionPerScreen: form.layout === 'one',
		trackFocus: form.trackFocus,
		prizes: { first: form.first, second: form.second, third: form.third, consolation: form.consolation }
	});
}
