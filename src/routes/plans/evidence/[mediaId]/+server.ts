import { error } from '@sveltejs/kit';
import { TASK_ROLES } from '$lib/auth/roles';
import { requireRole } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { download } from '$lib/server/download';
import { seesTask } from '$lib/server/plans/access';
import { evidenceFile } from '$lib/server/plans/evidence';
import { getTask } from '$lib/server/plans/progress';
import { evidenceIdSchema } from '$lib/server/plans/schemas';
import type { RequestHandler } from './$types';

/** An evidence file, for those who see its task. */
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, ...TASK_ROLES);
	if (!evidenceIdSchema.safeParse(event.params.mediaId).success) error(404, { message: 'errors.notFound' });
	const file = await evidenceFile(db(), event.params.mediaId);
	const task = file && (await getTask(db(), file.taskId));
	if (!file || !task) error(404, { message: 'errors.notFound' });
	if (!seesTask(user, task)) error(403, { message: 'errors.forbidden' });
	return download(new Uint8Array(file.bytes), file.fileName, file.mime);
};
