import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { QuestionDraft } from '../question';
import { parseAiken } from './aiken';
import { toAiken } from './aiken-write';
import { aikenBack, drafts as anyDrafts, withoutRows } from './arbitrary';

const base = { explanation: '', difficulty: 'medium', source: '', tags: [], topic: '' } as const;
const question = (content: QuestionDraft['content'], stem = 'Hỏi?', rest: Partial<QuestionDraft> = {}): QuestionDraft => ({
	...base,
	tags: [],
	stem,
	content,
	...rest
});

describe('toAiken', () => {
	test('writes single-choice questions and names the others as not written', () => {
		const { text, lost } = toAiken([
			question({ type: 'single', options: ['Có', 'Không'], correct: 1 }, 'Dòng một\n  dòng hai'),
			question({ type: 'true_false', correct: true }),
			question({ type: 'short', accepted: ['x'], ignoreCaseAndDiacritics: true })
		]);
		expect(text).toBe('Dòng một dòng hai\nA. Có\nB. Không\nANSWER: B\n');
		expect(lost).toEqual([
			{ index: 0, reason: 'bank.aiken.oneLine' },
			{ index: 1, reason: 'bank.aiken.notSingle' },
			{ index: 2, reason: 'bank.aiken.notSingle' }
		]);
	});

	test('separates questions by a blank line', () => {
		const q = question({ type: 'single', options: ['Có', 'Không'], correct: 0 });
		expect(toAiken([q, q]).text).toBe('Hỏi?\nA. Có\nB. Không\nANSWER: A\n\nHỏi?\nA. Có\nB. Không\nANSWER: A\n');
	});

	test('names what Aiken leaves out, and what it cannot write', () => {
		const { text, lost } = toAiken([
			question({ type: 'single', options: ['Có', 'Không'], correct: 0 }, 'Hỏi?', { topic: 'Một cửa', difficulty: 'hard' }),
			question({ type: 'single', options: ['Có', 'Không'], correct: 0 }, 'C.Mác sinh năm nào?'),
			question({ type: 'single', options: ['a\nb', 'a b'], correct: 0 })
		]);
		expect(text).toBe('Hỏi?\nA. Có\nB. Không\nANSWER: A\n');
		expect(lost).toEqual([
			{ index: 0, reason: 'bank.aiken.leftOut' },
			{ index: 1, reason: 'bank.aiken.cannotWrite' },
			{ index: 2, reason: 'bank.aiken.cannotWrite' }
		]);
	});

	test('gives back every question of any type it does not name, as written on one line and without what it leaves out', () => {
		fc.assert(
			fc.property(anyDrafts(), (list) => {
				const { text, lost } = toAiken(list);
				const expected = aikenBack(list, lost);
				const back = parseAiken(text);
				expect(back.errors).toEqual(expected.length ? [] : [{ row: 1, message: 'import.noQuestions' }]);
				expect(withoutRows(back.drafts)).toEqual(expected);
			}),
			{ numRuns: 200 }
		);
	});
});
