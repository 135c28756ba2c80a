import { describe, expect, test } from 'vitest';
import { clearDraft, loadDraft, saveDraft } from './judge-draft';

function memory(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (k) => items.get(k) ?? null,
		key: (i) => [...items.keys()][i] ?? null,
		removeItem: (k) => void items.delete(k),
		setItem: (k, v) => void items.set(k, v)
	};
}

describe("a judge's draft", () => {
	test('survives a reload, per game and situation, until cleared', () => {
		const storage = memory();
		saveDraft(storage, 7, '2.0', { scores: [7.5, null], notes: ['Nắm chắc quy trình', ''] });
		expect(loadDraft(storage, 7, '2.0', 2)).toEqual({ scores: [7.5, null], notes: ['Nắm chắc quy trình', ''] });
		expect(loadDraft(storage, 7, '2.1', 2)).toBeNull();
		expect(loadDraft(storage, 8, '2.0', 2)).toBeNull();
		clearDraft(storage, 7, '2.0');
		expect(loadDraft(storage, 7, '2.0', 2)).toBeNull();
	});

	test('a draft that does not fit the rubric, or is not one, is ignored', () => {
		const storage = memory();
		saveDraft(storage, 7, '2.0', { scores: [7.5], notes: [] });
		expect(loadDraft(storage, 7, '2.0', 2)).toBeNull();
		storage.setItem('hoithi:judge:7:2.0', '{not json');
		expect(loadDraft(storage, 7, '2.0', 2)).toBeNull();
		storage.setItem('hoithi:judge:7:2.0', JSON.stringify({ scores: ['7', 1], notes: [] }));
		expect(loadDraft(storage, 7, '2.0', 2)).toBeNull();
	});
});
