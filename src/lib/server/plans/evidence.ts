/** Evidence files of a progress report, kept in `media` (both engines and backups hold them). */
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { checkEvidence } from '$lib/plans/evidence';
import type { Db } from '$lib/server/db';
import { media, taskEvidence, taskProgress } from '$lib/server/db/schema';
import { PlanError } from './plans';

/** Stores a file under an unguessable id and attaches it to a progress report. */
export async function attachEvidence(
	db: Db,
	progressId: number,
	file: { name: string; bytes: Uint8Array },
	uploadedBy: string
): Promise<string> {
	const checked = checkEvidence(file.name, file.bytes);
	if ('error' in checked) throw new PlanError(checked.error);
	return db.transaction(async (tx) => {
		const [progress] = await tx.select({ id: taskProgress.id }).from(taskProgress).where(eq(taskProgress.id, progressId));
		if (!progress) throw new PlanError('plans.progressNotFound');
		const id = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(15)));
		await tx.insert(media).values({ id, mime: checked.mime, bytes: file.bytes, size: file.bytes.length, uploadedBy });
		await tx.insert(taskEvidence).values({ progressId, mediaId: id, fileName: file.name.slice(0, 255) });
		return id;
	});
}

/** The files of some progress reports, by report, without their bytes. */
export async function evidenceOf(db: Db, progressIds: number[]) {
	const rows = progressIds.length
		? await db
				.select({
					progressId: taskEvidence.progressId,
					mediaId: taskEvidence.mediaId,
					fileName: taskEvidence.fileName,
					size: media.size,
					mime: media.mime
				})
				.from(taskEvidence)
				.innerJoin(media, eq(media.id, taskEvidence.mediaId))
				.where(inArray(taskEvidence.progressId, progressIds))
				.orderBy(asc(taskEvidence.fileName))
		: [];
	const byProgress = new Map<number, Omit<(typeof rows)[number], 'progressId'>[]>();
	for (const { progressId, ...file } of rows) byProgress.set(progressId, [...(byProgress.get(progressId) ?? []), file]);
	return byProgress;
}

/** One evidence file to download, with the task it belongs to (for the caller's access check). */
export async function evidenceFile(db: Db, mediaId: string) {
	const [found] = await db
		.select({ mime: media.mime, bytes: media.bytes, fileName: taskEvidence.fileName, taskId: taskProgress.taskId })
		.from(taskEvidence)
		.innerJoin(media, eq(media.id, taskEvidence.mediaId))
		.innerJoin(taskProgress, eq(taskProgress.id, taskEvidence.progressId))
		.where(eq(taskEvidence.mediaId, mediaId));
	return found ?? null;
}

/** Detaches a file from its report and deletes it. */
export async function removeEvidence(db: Db, progressId: number, mediaId: string): Promise<void> {
	await db.transaction(async (tx) => {
		const removed = await tx
			.delete(taskEvidence)
			.where(and(eq(taskEvidence.progressId, progressId), eq(taskEvidence.mediaId, mediaId)))
			.returning({ mediaId: taskEvidence.mediaId });
		if (removed.length > 0) await tx.delete(media).where(eq(media.id, mediaId));
	});
}
