import { describe, expect, test } from 'vitest';
import { findRepeats, questionKey } from './duplicate-key';
import type { QuestionContent } from './question';

const single = (stem: string, options: string[], correct: number) => ({
	stem,
	content: { type: 'single', options, correct } satisfies QuestionContent
});

describe('findRepeats', () => {
	test('questions sharing a stem but not their options or key are all new', () => {
		const stem = 'Phát biểu nào sau đây đúng?';
		const list = [single(stem, ['a', 'b'], 0), single(stem, ['c', 'd'], 0), single(stem, ['a', 'b'], 1)];
		expect(findRepeats(list, new Set())).toEqual([null, null, null]);
	});

	test('the same question twice in the file names its first row; one the bank has says so', () => {
		const first = single('Ai ban hành Nghị quyết 76?', ['Chính phủ', 'Quốc hội'], 0);
		const again = single('ai  ban hanh nghi quyet 76?', ['quoc hoi', 'CHINH PHU'], 1);
		const known = single('Một cửa là gì?', ['x', 'y'], 0);
		expect(findRepeats([first, again, known], new Set([questionKey(known)]))).toEqual([null, 0, 'bank']);
	});

	test('an ordering question is another one when its order differs', () => {
		const order = (items: string[]) => ({ stem: 'Sắp xếp', content: { type: 'ordering', items } satisfies QuestionContent });
		expect(findRepeats([order(['a', 'b']), order(['b', 'a'])], new Set())).toEqual([null, null]);
	});
});
