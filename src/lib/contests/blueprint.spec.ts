import { describe, expect, test } from 'vitest';
import { blueprintTotal, rowAvailability, topicAncestry, topicSubtree, type PoolCell } from './blueprint';
import { drawQuestions } from './draw';

// 1 Cải cách hành chính ⊃ 2 Một cửa ⊃ 3 Liên thông; 4 Thể chế.
const TOPICS = [
	{ id: 1, parentId: null },
	{ id: 2, parentId: 1 },
	{ id: 3, parentId: 2 },
	{ id: 4, parentId: null }
];
const CELLS: PoolCell[] = [
	{ topicId: 1, difficulty: 'easy', count: 2 },
	{ topicId: 2, difficulty: 'easy', count: 3 },
	{ topicId: 3, difficulty: 'hard', count: 1 },
	{ topicId: 4, difficulty: 'medium', count: 5 },
	{ topicId: null, difficulty: 'easy', count: 7 }
];

describe('blueprint matrix', () => {
	test('a topic counts its subtopics', () => {
		expect([...topicSubtree(TOPICS, 1)].sort()).toEqual([1, 2, 3]);
		expect(topicAncestry(TOPICS, 3)).toEqual([3, 2, 1]);
		expect(topicAncestry(TOPICS, null)).toEqual([]);
	});

	test('each row shows the approved questions that suit it', () => {
		const rows = [
			{ topicId: 1, difficulty: 'easy' as const, count: 4 },
			{ topicId: 2, difficulty: null, count: 2 },
			{ topicId: null, difficulty: 'hard' as const, count: 1 },
			{ topicId: null, difficulty: null, count: 3 }
		];
		expect(rowAvailability(CELLS, TOPICS, rows)).toEqual([5, 4, 1, 18]);
		expect(blueprintTotal(rows)).toBe(10);
	});
});

describe('drawing a topic row', () => {
	test('takes questions of its subtopics through their ancestry', () => {
		const pool = [
			{ questionId: 1, versionId: 1, topicId: 3, difficulty: 'hard' as const, topicPath: topicAncestry(TOPICS, 3) },
			{ questionId: 2, versionId: 2, topicId: 4, difficulty: 'hard' as const, topicPath: topicAncestry(TOPICS, 4) }
		];
		const drawn = drawQuestions(pool, [{ topicId: 1, difficulty: null, count: 1 }], 'seed');
		expect(drawn).toEqual({ ok: true, picks: [{ questionId: 1, versionId: 1 }] });
		expect(drawQuestions(pool, [{ topicId: 1, difficulty: null, count: 2 }], 'seed').ok).toBe(false);
	});
});
