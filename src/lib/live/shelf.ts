/**
 * An immutable record of many entries, split over a fixed number of buckets by a hash of the key, so that
 * an update copies one small bucket instead of every entry. Copying a 2,000-key object costs about a
 * millisecond in V8, which once per answer made a question O(N²); one bucket of ~30 keys costs
 * microseconds. Plain JSON (an array of objects), so game snapshots stay plain too.
 *
 * Keys must be valid ids (`isValidId`): never `__proto__`.
 */
export type Shelf<T> = Record<string, T>[];

const BUCKETS = 64;

/** FNV-1a: cheap, and the same on every machine, so replays place keys identically. */
function bucketOf(key: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % BUCKETS;
}

export const emptyShelf = <T>(): Shelf<T> => Array.from({ length: BUCKETS }, () => ({}));

export function shelfGet<T>(shelf: Shelf<T>, key: string): T | undefined {
	const bucket = shelf[bucketOf(key)];
	return Object.hasOwn(bucket, key) ? bucket[key] : undefined;
}

export const shelfHas = <T>(shelf: Shelf<T>, key: string): boolean => Object.hasOwn(shelf[bucketOf(key)], key);

export function shelfSet<T>(shelf: Shelf<T>, key: string, value: T): Shelf<T> {
	const at = bucketOf(key);
	const next = [...shelf];
	next[at] = { ...shelf[at], [key]: value };
	return next;
}

export function shelfDelete<T>(shelf: Shelf<T>, key: string): Shelf<T> {
	const at = bucketOf(key);
	if (!Object.hasOwn(shelf[at], key)) return shelf;
	const next = [...shelf];
	const bucket = { ...shelf[at] };
	delete bucket[key];
	next[at] = bucket;
	return next;
}

/** In bucket order: callers that show a list sort it themselves. A plain loop: `flatMap` is 20× slower here. */
export function shelfValues<T>(shelf: Shelf<T>): T[] {
	const values: T[] = [];
	for (const bucket of shelf) for (const value of Object.values(bucket)) values.push(value);
	return values;
}

/** Keys with their values, in bucket order. */
export function shelfEntries<T>(shelf: Shelf<T>): [string, T][] {
	const entries: [string, T][] = [];
	for (const bucket of shelf) for (const entry of Object.entries(bucket)) entries.push(entry);
	return entries;
}

/** Many entries at once (the reveal updates every player): one copy of each bucket. */
export function shelfOf<T>(entries: Iterable<[string, T]>): Shelf<T> {
	const shelf = emptyShelf<T>();
	for (const [key, value] of entries) shelf[bucketOf(key)][key] = value;
	return shelf;
}
