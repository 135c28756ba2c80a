/**
 * An editor cleans up after themself: a draft they wrote, that no attempt or game has ever shown, can
 * be deleted outright (its versions go with it). Anything else is retired by an approver instead, so
 * that no paper, result or report loses the question it was built from.
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { AppError } from '$lib/errors';
import type { Db } from '$lib/server/db';
import { question, questionVersion } from '$lib/server/db/schema';

/** Whether the question is `userId`'s own draft, never used; null when there is no such question. */
async function isOwnUnusedDraft(db: Db, questionId: number, userId: string, lock = false): Promise<boolean | null> {
	const query = db
		.select({
			own: sql<boolean>`${question.status} = 'draft' and ${question.authorId} is not distinct from ${userId}`,
			used: sql<boolean>`exists (${db
				.select({ id: questionVersion.id })
				.from(questionVersion)
				.where(and(eq(questionVersion.questionId, question.id), isNotNull(questionVersion.usedAt)))})`
		})
		.from(question)
		.where(eq(question.id, questionId));
	const [q] = lock ? await query.for('update') : await query;
	return q ? q.own && !q.used : null;
}

/** For the question page: whether to offer "Xóa bản nháp". */
export const canDeleteDraft = async (db: Db, questionId: number, userId: string) =>
	(await isOwnUnusedDraft(db, questionId, userId)) === true;

export async function deleteOwnDraft(db: Db, questionId: number, userId: string): Promise<void> {
	await db.transaction(async (tx) => {
		const deletable = await isOwnUnusedDraft(tx, questionId, userId, true);
		if (deletable === null) throw new AppError('bank.questionNotFound', { status: 404 });
		if (!deletable) throw new AppError('bank.deleteOnlyOwnDraft', { status: 409 });
		await tx.delete(question).where(eq(question.id, questionId));
	});
}
