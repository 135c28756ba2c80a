import { asc, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { attemptQuestion, questionVersion } from '$lib/server/db/schema';

/**
 * For tests: the on-screen index of the right option of each question of an attempt (one-answer
 * questions), found the way only the server can, in question order.
 */
export async function rightChoices(db: Db, attemptId: number): Promise<{ position: number; choice: number }[]> {
	const rows = await db
		.select({ position: attemptQuestion.position, order: attemptQuestion.optionOrder, key: questionVersion.answer })
		.from(attemptQuestion)
		.innerJoin(questionVersion, eq(questionVersion.id, attemptQuestion.versionId))
		.where(eq(attemptQuestion.attemptId, attemptId))
		.orderBy(asc(attemptQuestion.position));
	return rows.map((r) => ({ position: r.position, choice: r.order!.indexOf((r.key as { correct: number }).correct) }));
}
