import { asc, sql } from 'drizzle-orm';
import { planTopics, type TopicPlan } from '$lib/bank/topic-path';
import type { Db } from '$lib/server/db';
import { topic } from '$lib/server/db/schema';

export interface TopicRecord {
	id: number;
	name: string;
	parentId: number | null;
}

export function listTopics(db: Db): Promise<TopicRecord[]> {
	return db
		.select({ id: topic.id, name: topic.name, parentId: topic.parentId })
		.from(topic)
		.orderBy(asc(topic.parentId), asc(topic.sortOrder), asc(topic.name));
}

/** Where each typed topic path leads in today's tree (see `$lib/bank/topic-path`), nothing written. */
export async function planImportTopics(db: Db, paths: readonly string[]): Promise<TopicPlan> {
	return planTopics(await listTopics(db), paths);
}

/**
 * Plans and creates the topics of an import inside the caller's transaction, after taking the topic
 * tree's lock so that no other import adds a topic in between; returns the plan and the id each path
 * ends at (null for none, or for a path the plan refused).
 */
export async function createImportTopics(
	tx: Db,
	paths: readonly string[]
): Promise<{ plan: TopicPlan; idOf: (path: string) => number | null }> {
	await tx.execute(sql`select pg_advisory_xact_lock(0, 16)`);
	const plan = await planImportTopics(tx, paths);
	const ids = new Map<number, number>();
	for (const node of plan.created) {
		const parentId = node.parentId !== null && node.parentId < 0 ? ids.get(node.parentId)! : node.parentId;
		const [created] = await tx.insert(topic).values({ name: node.name, parentId, sortOrder: 100 }).returning({ id: topic.id });
		ids.set(node.id, created.id);
	}
	const idOf = (path: string) => {
		const planned = plan.topics.get(path);
		if (planned?.kind !== 'topic') return null;
		return planned.id < 0 ? ids.get(planned.id)! : planned.id;
	};
	return { plan, idOf };
}
