import { requireQuestion } from '$lib/server/bank/access';
import { participantView } from '$lib/server/bank/questions';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/** "Xem thử": the current version exactly as a participant's browser gets it (no key, no explanation). */
export const load: PageServerLoad = async (event) => {
	const { bank, question } = await requireQuestion(event);
	const [shown] = await participantView(db(), [question.versionId]);
	return { bank, questionId: question.id, shown };
};
