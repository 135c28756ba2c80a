/**
 * A round's blueprint as a matrix: rows of topic (with its subtopics) × difficulty × count. The form
 * shows, for each row as it is typed, how many approved questions of the bank suit it; the draw
 * (`./draw`) decides whether the rows together can be filled, competing rows included.
 */
import type { Difficulty } from '$lib/bank/question';
import type { Blueprint } from './draw';

export interface TopicLink {
	id: number;
	parentId: number | null;
}

/** How many drawable questions a bank has of one topic (null: none) and difficulty. */
export interface PoolCell {
	topicId: number | null;
	difficulty: Difficulty;
	count: number;
}

/** A topic and every topic below it. */
export function topicSubtree(topics: readonly TopicLink[], topicId: number): Set<number> {
	const subtree = new Set([topicId]);
	for (let grew = true; grew;) {
		grew = false;
		for (const t of topics) {
			if (t.parentId !== null && subtree.has(t.parentId) && !subtree.has(t.id)) {
				subtree.add(t.id);
				grew = true;
			}
		}
	}
	return subtree;
}

/** The topic and its ancestors, nearest first: what a question of `topicId` counts towards. */
export function topicAncestry(topics: readonly TopicLink[], topicId: number | null): number[] {
	const parentOf = new Map(topics.map((t) => [t.id, t.parentId]));
	const path: number[] = [];
	for (let id = topicId; id !== null && id !== undefined && !path.includes(id); id = parentOf.get(id) ?? null) path.push(id);
	return path;
}

/** Approved questions that suit each row on its own (rows may compete for the same ones). */
export function rowAvailability(cells: readonly PoolCell[], topics: readonly TopicLink[], blueprint: Blueprint): number[] {
	return blueprint.map((line) => {
		const subtree = line.topicId === null ? null : topicSubtree(topics, line.topicId);
		return cells
			.filter(
				(c) =>
					(subtree === null || (c.topicId !== null && subtree.has(c.topicId))) &&
					(line.difficulty === null || c.difficulty === line.difficulty)
			)
			.reduce((sum, c) => sum + c.count, 0);
	});
}

export const blueprintTotal = (blueprint: Blueprint): number => blueprint.reduce((sum, line) => sum + line.count, 0);

/** Drawable questions in the whole bank: an upper bound on any blueprint's total. */
export const poolTotal = (cells: readonly PoolCell[]): number => cells.reduce((sum, c) => sum + c.count, 0);
