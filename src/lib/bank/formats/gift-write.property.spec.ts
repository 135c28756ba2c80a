import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { QuestionDraft } from '../question';
import { drafts, withoutRows } from './arbitrary';
import { parseGift } from './gift-read';
import { toGift } from './gift-write';

const base = { explanation: '', difficulty: 'medium', source: '', tags: [], topic: '' } as const;
const question = (stem: string, content: QuestionDraft['content'], rest: Partial<QuestionDraft> = {}): QuestionDraft => ({
	...base,
	tags: [],
	stem,
	content,
	...rest
});

describe('toGift', () => {
	test('writes single choice the way Moodle does, with general feedback', () => {
		const text = toGift([
			question('Ai ban hành?', { type: 'single', options: ['Chính phủ', 'Quốc hội'], correct: 0 }, { explanation: 'Vì vậy.' })
		]);
		expect(text).toBe('Ai ban hành? {\n\t=Chính phủ\n\t~Quốc hội\n\t####Vì vậy.\n}\n');
	});

	test('escapes the special characters of GIFT', () => {
		expect(toGift([question('a ~ = # { } : \\ b\nc', { type: 'true_false', correct: false })])).toBe(
			'a \\~ \\= \\# \\{ \\} \\: \\\\ b\\nc {F}\n'
		);
	});

	test('writes a category line when the topic path changes, under "top" when it starts like one', () => {
		const tf = (topic: string) => question('Đúng?', { type: 'true_false', correct: true }, { topic });
		expect(toGift([tf('CCHC/Một cửa'), tf('CCHC/Một cửa'), tf(''), tf('top/Khác')])).toBe(
			'$CATEGORY: CCHC/Một cửa\n\nĐúng? {T}\n\nĐúng? {T}\n\n$CATEGORY:\n\nĐúng? {T}\n\n$CATEGORY: top/top/Khác\n\nĐúng? {T}\n'
		);
	});

	test('guards an option that starts like a text-format marker', () => {
		expect(toGift([question('Chọn', { type: 'single', options: ['[html]<b>', 'b'], correct: 0 })])).toBe(
			'Chọn {\n\t=[plain][html]<b>\n\t~b\n}\n'
		);
	});

	test('writes tags as Moodle tag comments', () => {
		expect(toGift([question('Đúng?', { type: 'true_false', correct: true }, { tags: ['CCHC', 'a]b'] })])).toBe(
			'// [tag:CCHC] [tag:a\\]b]\nĐúng? {T}\n'
		);
	});

	test('writes a number answer with its tolerance', () => {
		expect(toGift([question('Bao nhiêu?', { type: 'short', accepted: ['3.5'], ignoreCaseAndDiacritics: true, tolerance: 0.1 })])).toBe(
			'Bao nhiêu? {#3.5:0.1}\n'
		);
	});

	test('writes ordering as an essay with its items in the hoithi comment', () => {
		expect(toGift([question('Sắp xếp', { type: 'ordering', items: ['Tiếp nhận', 'Trả kết quả'] }, { difficulty: 'hard' })])).toBe(
			'// hoithi: {"difficulty":"hard","content":{"type":"ordering","items":["Tiếp nhận","Trả kết quả"]}}\nSắp xếp {}\n'
		);
	});

	test('writes multiple choice without weights with weights Moodle accepts, keeping the key in the comment', () => {
		const text = toGift([question('Chọn', { type: 'multiple', options: ['a', 'b', 'c'], correct: [0, 1] })]);
		expect(text).toContain('\t~%50%a\n\t~%50%b\n\t~%-100%c\n');
		expect(text).toContain('// hoithi: {"content":{"type":"multiple","options":["a","b","c"],"correct":[0,1]}}');
	});

	test('guards a stem that would read as a comment or a text format', () => {
		const tf = (stem: string) => question(stem, { type: 'true_false', correct: true });
		expect(toGift([tf('// không phải ghi chú'), tf('[html]<b>')])).toBe('[plain]// không phải ghi chú {T}\n\n[plain][html]<b> {T}\n');
	});

	test('round-trips any questions of all six types through parseGift', () => {
		fc.assert(
			fc.property(drafts(), (list) => {
				const { drafts: back, errors } = parseGift(toGift(list));
				expect(errors).toEqual([]);
				expect(withoutRows(back)).toEqual(list);
			}),
			{ numRuns: 100 }
		);
	});
});
