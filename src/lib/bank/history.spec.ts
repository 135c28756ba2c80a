import { describe, expect, test } from 'vitest';
import { changedFields } from './history';

const base = {
	stem: 'Câu hỏi?',
	imageId: null,
	content: { type: 'single' as const, options: ['A', 'B'], correct: 0 },
	explanation: '',
	difficulty: 'easy',
	source: '',
	tags: ['a']
};

describe('changedFields', () => {
	test('names nothing for identical versions', () => {
		expect(changedFields(base, { ...base })).toEqual([]);
	});

	test('names a changed key and a changed stem, in reading order', () => {
		const after = { ...base, stem: 'Câu hỏi mới?', content: { ...base.content, correct: 1 } };
		expect(changedFields(base, after)).toEqual(['stem', 'content']);
	});
});
