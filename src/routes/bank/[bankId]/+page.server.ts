import { actorOf, audit } from '$lib/server/audit';
import { AppError } from '$lib/errors';
import { needsApprover, requireBank } from '$lib/server/bank/access';
import { browseQuestions, bulkUpdate } from '$lib/server/bank/questions';
import { browseQuerySchema, bulkSchema } from '$lib/server/bank/schemas';
import { listTopics } from '$lib/server/bank/topics';
import { db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async (event) => {
	const { bank, canApprove } = await requireBank(event);
	const filter = browseQuerySchema.parse(Object.fromEntries(event.url.searchParams));
	const [page, topics] = await Promise.all([
		browseQuestions(db(), bank.id, {
			query: filter.q,
			topicId: filter.topic,
			type: filter.type,
			difficulty: filter.difficulty,
			status: filter.status,
			tag: filter.tag,
			before: filter.before,
			limit: PAGE_SIZE
		}),
		listTopics(db())
	]);
	return { bank, canApprove, filter, page, topics };
};

export const actions: Actions = {
	bulk: async (event) => {
		const { user, bank, canApprove } = await requireBank(event);
		const form = await event.request.formData();
		const parsed = bulkSchema.safeParse({
			action: form.get('action'),
			topicId: form.get('topicId') ?? undefined,
			ids: form.getAll('ids')
		});
		if (!parsed.success || parsed.data.ids.length === 0) return toFailure(new AppError('bank.bulkNone'));
		const { action, topicId, ids } = parsed.data;
		if (needsApprover(action) && !canApprove) return toFailure(new AppError('bank.approveForbidden', { status: 403 }));
		if (action === 'move' && topicId !== null && !(await listTopics(db())).some((t) => t.id === topicId)) {
			return toFailure(new AppError('bank.topicNotFound'));
		}
		const changed = await bulkUpdate(db(), bank.id, ids, action === 'move' ? { kind: 'move', topicId } : { kind: action }, user.id);
		const kind = ({ approve: 'bank.approved', retire: 'bank.retired', move: 'bank.moved' } as const)[action as string];
		if (kind)
			await audit.record(db(), actorOf(event), {
				kind,
				object: { type: 'bank', id: bank.id, label: bank.name },
				after: { questionIds: ids, changed, ...(action === 'move' ? { topicId } : {}) }
			});
		return { bulkDone: changed };
	}
};
