import { describe, expect, test } from 'vitest';
import { joinTopicPath, matchTopicPath, planTopics, splitTopicPath, type TopicNode } from './topic-path';

const TREE: TopicNode[] = [
	{ id: 1, name: 'Cải cách thủ tục hành chính', parentId: null },
	{ id: 2, name: 'Cơ chế một cửa, một cửa liên thông', parentId: null },
	{ id: 3, name: 'Chỉ số đánh giá cải cách hành chính', parentId: null },
	{ id: 4, name: 'PAPI', parentId: 3 },
	{ id: 5, name: 'Cải cách thể chế', parentId: null }
];
const INDEX = ['Chỉ số đánh giá cải cách hành chính', 'PAPI'];

describe('topic paths', () => {
	test('are names separated by "/", a doubled "/" inside a name, blank names dropped', () => {
		expect(splitTopicPath(' CCHC /  Một   cửa ')).toEqual(['CCHC', 'Một cửa']);
		expect(splitTopicPath('Một cửa//liên thông/Cấp xã')).toEqual(['Một cửa/liên thông', 'Cấp xã']);
		expect(splitTopicPath(' / ')).toEqual([]);
		expect(joinTopicPath(['Một cửa/liên thông', 'Cấp xã'])).toBe('Một cửa//liên thông/Cấp xã');
	});
});

describe('matchTopicPath', () => {
	test('never lands in a topic whose name merely contains the typed one', () => {
		expect(matchTopicPath(TREE, 'CCHC/Một cửa')).toEqual({
			kind: 'new',
			parentId: null,
			create: ['CCHC', 'Một cửa'],
			path: ['CCHC', 'Một cửa']
		});
		expect(matchTopicPath(TREE, 'Cải cách')).toEqual({ kind: 'new', parentId: null, create: ['Cải cách'], path: ['Cải cách'] });
	});

	test('matches names exactly, ignoring case, diacritics and spacing', () => {
		expect(matchTopicPath(TREE, 'cai cach  THE che')).toEqual({ kind: 'existing', id: 5, path: ['Cải cách thể chế'] });
	});

	test('finds a topic by its own name wherever it sits, or by its whole path', () => {
		expect(matchTopicPath(TREE, 'PAPI')).toEqual({ kind: 'existing', id: 4, path: INDEX });
		expect(matchTopicPath(TREE, 'Chỉ số đánh giá cải cách hành chính/papi')).toEqual({ kind: 'existing', id: 4, path: INDEX });
		expect(matchTopicPath(TREE, 'PAPI/Năm 2024')).toEqual({ kind: 'new', parentId: 4, create: ['Năm 2024'], path: [...INDEX, 'Năm 2024'] });
	});

	test('refuses to make a second topic of a name the tree already has elsewhere', () => {
		expect(matchTopicPath(TREE, 'Khác/PAPI')).toEqual({ kind: 'taken', name: 'PAPI', path: INDEX });
		expect(matchTopicPath(TREE, '')).toEqual({ kind: 'none' });
	});
});

describe('planTopics', () => {
	test('resolves one import in order: a new topic is shared, a second of the same name refused', () => {
		const plan = planTopics(TREE, ['CCHC/Một cửa', 'cchc/MỘT CỬA', 'Khác/Một cửa', 'PAPI']);
		expect(plan.created).toEqual([
			{ id: -1, name: 'CCHC', parentId: null },
			{ id: -2, name: 'Một cửa', parentId: -1 }
		]);
		expect([...plan.topics.values()]).toEqual([
			{ kind: 'topic', id: -2, path: ['CCHC', 'Một cửa'], isNew: true },
			{ kind: 'topic', id: -2, path: ['CCHC', 'Một cửa'], isNew: true },
			{ kind: 'taken', name: 'Một cửa', path: ['CCHC', 'Một cửa'] },
			{ kind: 'topic', id: 4, path: INDEX, isNew: false }
		]);
	});
});
