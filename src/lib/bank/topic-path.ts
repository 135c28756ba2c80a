/**
 * A question's topic as files write it: a path through the one topic tree every bank shares, names
 * separated by "/" ("Cải cách hành chính/Một cửa"), a "/" inside a name doubled ("Một cửa//liên thông"),
 * as GIFT's $CATEGORY writes it. Names are matched exactly, ignoring case, diacritics and spacing, never
 * by a part of a name. Pure: the import preview and its commit both resolve paths with it.
 */
import { foldDiacritics } from '$lib/i18n/text';

export interface TopicNode {
	id: number;
	name: string;
	parentId: number | null;
}

/** "A/B//C" → ["A", "B/C"]; blank names are dropped. */
export function splitTopicPath(text: string): string[] {
	const names = [''];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '/' && text[i + 1] === '/') {
			names[names.length - 1] += '/';
			i++;
		} else if (text[i] === '/') names.push('');
		else names[names.length - 1] += text[i];
	}
	return names.map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export const joinTopicPath = (names: readonly string[]) => names.map((name) => name.replaceAll('/', '//')).join('/');

const key = (name: string) => foldDiacritics(name).replace(/\s+/g, ' ').trim();

/** The names from the root down to a topic. */
export function pathOf(topics: readonly TopicNode[], id: number): string[] {
	const byId = new Map(topics.map((t) => [t.id, t]));
	const names: string[] = [];
	for (let node = byId.get(id); node && names.length <= topics.length; node = node.parentId === null ? undefined : byId.get(node.parentId))
		names.unshift(node.name);
	return names;
}

export type TopicMatch =
	| { kind: 'none' }
	| { kind: 'existing'; id: number; path: string[] }
	/** The names still to create, under `parentId` (null: at the top). */
	| { kind: 'new'; parentId: number | null; create: string[]; path: string[] }
	/** A name to create is already the name of a topic elsewhere in the tree (names are unique). */
	| { kind: 'taken'; name: string; path: string[] };

/**
 * Where a typed path leads. Its first name is the topic of that name anywhere in the tree (names are
 * unique, so "PAPI" finds "Chỉ số đánh giá cải cách hành chính/PAPI"), preferring one at the top; each
 * following name must be a child of the one before. Names not found are to be created there, unless the
 * tree already uses the name elsewhere.
 */
export function matchTopicPath(topics: readonly TopicNode[], text: string): TopicMatch {
	const names = splitTopicPath(text);
	if (names.length === 0) return { kind: 'none' };
	const named = (name: string, among: readonly TopicNode[]) =>
		among.find((t) => t.name === name) ?? among.find((t) => key(t.name) === key(name));
	const first = named(names[0], [...topics.filter((t) => t.parentId === null), ...topics.filter((t) => t.parentId !== null)]);
	let parent: TopicNode | null = null;
	let at = 0;
	if (first) {
		parent = first;
		for (at = 1; at < names.length; at++) {
			const child = named(
				names[at],
				topics.filter((t) => t.parentId === parent!.id)
			);
			if (!child) break;
			parent = child;
		}
	}
	const base = parent ? pathOf(topics, parent.id) : [];
	const create = names.slice(at);
	if (create.length === 0 && parent) return { kind: 'existing', id: parent.id, path: base };
	const taken = create.find((name) => named(name, topics));
	if (taken) return { kind: 'taken', name: taken, path: pathOf(topics, named(taken, topics)!.id) };
	return { kind: 'new', parentId: parent?.id ?? null, create, path: [...base, ...create] };
}

/** Where one typed path of an import leads; a topic still to create has a negative id. */
export type PlannedTopic =
	{ kind: 'none' } | { kind: 'topic'; id: number; path: string[]; isNew: boolean } | { kind: 'taken'; name: string; path: string[] };

export interface TopicPlan {
	/** Each distinct typed path, with where it leads. */
	topics: Map<string, PlannedTopic>;
	/** Topics to create, parents first. */
	created: TopicNode[];
}

/**
 * Resolves the paths of one import in file order as if each new topic were created as soon as it is
 * met, so two questions naming "CCHC/Một cửa" share one new topic, and "Khác/Một cửa" after it is
 * refused rather than making a second "Một cửa".
 */
export function planTopics(topics: readonly TopicNode[], texts: readonly string[]): TopicPlan {
	const tree = [...topics];
	const created: TopicNode[] = [];
	const planned = new Map<string, PlannedTopic>();
	for (const text of texts) {
		if (planned.has(text)) continue;
		const match = matchTopicPath(tree, text);
		if (match.kind === 'new') {
			let parentId = match.parentId;
			for (const name of match.create) {
				const node = { id: -(created.length + 1), name, parentId };
				created.push(node);
				tree.push(node);
				parentId = node.id;
			}
			planned.set(text, { kind: 'topic', id: parentId!, path: match.path, isNew: true });
		} else if (match.kind === 'existing') planned.set(text, { kind: 'topic', id: match.id, path: match.path, isNew: match.id < 0 });
		else planned.set(text, match);
	}
	return { topics: planned, created };
}
