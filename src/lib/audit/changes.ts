/**
 * The fields of a change that differ, before and after, for an audit row: an edit form posts every field,
 * the trail keeps the ones it changed. Compared as JSON, so dates and nested values compare by value.
 */
export function changedFields(
	before: Record<string, unknown>,
	after: Record<string, unknown>
): { before: Record<string, unknown>; after: Record<string, unknown> } {
	const was: Record<string, unknown> = {};
	const now: Record<string, unknown> = {};
	for (const key of Object.keys(after)) {
		if (JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue;
		was[key] = before[key] ?? null;
		now[key] = after[key] ?? null;
	}
	return { before: was, after: now };
}
