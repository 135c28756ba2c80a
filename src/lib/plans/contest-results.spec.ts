import { describe, expect, test } from 'vitest';
import { scoreBands, weakTopics } from './contest-results';

describe('weakTopics', () => {
	test('ranks topics by their questions’ mean share of right answers, weakest first', () => {
		const topics = weakTopics([
			{ questionId: 1, topic: 'Cải cách thể chế', asked: 10, right: 9 },
			{ questionId: 2, topic: 'Cải cách thể chế', asked: 4, right: 1 },
			{ questionId: 3, topic: 'Cải cách thủ tục hành chính', asked: 5, right: 3 },
			{ questionId: 4, topic: null, asked: 2, right: 2 }
		]);
		// Each question weighs the same in its topic: (90 % + 25 %) / 2, however often each was asked.
		expect(topics).toEqual([
			{ topic: 'Cải cách thể chế', questions: 2, facility: 57.5 },
			{ topic: 'Cải cách thủ tục hành chính', questions: 1, facility: 60 },
			{ topic: null, questions: 1, facility: 100 }
		]);
	});

	test('leaves out questions nobody was asked, and says nothing without answers', () => {
		expect(weakTopics([{ questionId: 1, topic: 'Cải cách tài chính công', asked: 0, right: 0 }])).toEqual([]);
		expect(weakTopics([])).toEqual([]);
	});
});

describe('scoreBands', () => {
	test('counts results in ten bands of the share answered right, full marks in the last', () => {
		const bands = scoreBands([
			{ correct: 0, of: 5 },
			{ correct: 1, of: 10 },
			{ correct: 7, of: 10 },
			{ correct: 3, of: 10 },
			{ correct: 29, of: 100 },
			{ correct: 5, of: 5 },
			{ correct: 2, of: 3 }
		]);
		expect(bands.map((b) => [b.from, b.to])).toEqual([
			[0, 10],
			[10, 20],
			[20, 30],
			[30, 40],
			[40, 50],
			[50, 60],
			[60, 70],
			[70, 80],
			[80, 90],
			[90, 100]
		]);
		// 7/10 in 70–80 % and 3/10 in 30–40 %, exactly, where 0.7 × 10 or 0.3 × 10 in floating point might slip a band.
		expect(bands.map((b) => b.count)).toEqual([1, 1, 1, 1, 0, 0, 1, 1, 0, 1]);
	});

	test('skips results of a round without questions', () => {
		expect(scoreBands([{ correct: 0, of: 0 }]).every((b) => b.count === 0)).toBe(true);
	});
});
