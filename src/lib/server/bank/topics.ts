import { asc, eq } from 'drizzle-orm';
import { foldDiacritics } from '$lib/i18n/text';
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

/**
 * Finds the topic a person meant by a name typed in a file: the same name ignoring case and
 * diacritics, else a topic whose name contains it ("Tổ chức bộ máy" → "Cải cách tổ chức bộ máy …").
 */
export function matchTopic(topics: TopicRecord[], name: string): TopicRecord | null {
	const wanted = foldDiacritics(name.trim());
	if (!wanted) return null;
	return topics.find((t) => foldDiacritics(t.name) === wanted) ?? topics.find((t) => foldDiacritics(t.name).includes(wanted)) ?? null;
}

/** The topic for a typed name, created at the top level when nothing matches. Blank: no topic. */
export async function resolveTopic(db: Db, topics: TopicRecord[], name: string): Promise<number | null> {
	if (!name.trim()) return null;
	const found = matchTopic(topics, name);
	if (found) return found.id;
	const [created] = await db
		.insert(topic)
		.values({ name: name.trim(), sortOrder: 100 })
		.onConflictDoNothing()
		.returning({ id: topic.id, name: topic.name, parentId: topic.parentId });
	const record = created ?? (await db.select().from(topic).where(eq(topic.name, name.trim())))[0];
	topics.push({ id: record.id, name: record.name, parentId: record.parentId });
	return record.id;
}
