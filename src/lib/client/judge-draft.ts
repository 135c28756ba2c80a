/**
 * A judge's scores and notes while they are typed, kept in the browser's storage per game and situation,
 * so that a reload (or a tablet that sleeps) never loses what was not sent yet. Cleared once the result is out.
 */
export interface JudgeDraft {
	scores: (number | null)[];
	notes: string[];
}

const draftKey = (gameId: number, position: string) => `hoithi:judge:${gameId}:${position}`;

const isScore = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

/** The stored draft for this situation, if it fits its rubric (`criteria` scores); otherwise null. */
export function loadDraft(storage: Pick<Storage, 'getItem'>, gameId: number, position: string, criteria: number): JudgeDraft | null {
	try {
		const raw: unknown = JSON.parse(storage.getItem(draftKey(gameId, position)) ?? 'null');
		if (typeof raw !== 'object' || raw === null) return null;
		const { scores, notes } = raw as Record<string, unknown>;
		if (!Array.isArray(scores) || scores.length !== criteria || !scores.every(isScore)) return null;
		const text = Array.isArray(notes) ? notes.map((n) => (typeof n === 'string' ? n : '')) : [];
		return { scores, notes: Array.from({ length: criteria }, (_, i) => text[i] ?? '') };
	} catch {
		return null;
	}
}

export function saveDraft(storage: Pick<Storage, 'setItem'>, gameId: number, position: string, draft: JudgeDraft): void {
	try {
		storage.setItem(draftKey(gameId, position), JSON.stringify(draft));
	} catch {
		// Storage full or refused: the draft lives in the page only.
	}
}

export const clearDraft = (storage: Pick<Storage, 'removeItem'>, gameId: number, position: string): void =>
	storage.removeItem(draftKey(gameId, position));
