import { describe, expect, test } from 'vitest';
import { parseAiken } from './aiken';

const GOOD = `Cơ quan nào ban hành Nghị quyết 76/NQ-CP về Chương trình tổng thể cải cách hành chính?
A. Quốc hội
B) Chính phủ
C. Thủ tướng Chính phủ
ANSWER: B

Bộ phận Một cửa đặt tại đâu?
A. Trụ sở UBND cấp xã
B. Nhà văn hóa thôn
ANSWER: A
`;

const base = { explanation: '', difficulty: 'medium', source: '', tags: [], topic: '' } as const;

describe('parseAiken', () => {
	test('reads single-choice questions with Vietnamese text', () => {
		const { drafts, errors } = parseAiken(GOOD);
		expect(errors).toEqual([]);
		expect(drafts).toEqual([
			{
				row: 1,
				...base,
				stem: 'Cơ quan nào ban hành Nghị quyết 76/NQ-CP về Chương trình tổng thể cải cách hành chính?',
				content: { type: 'single', options: ['Quốc hội', 'Chính phủ', 'Thủ tướng Chính phủ'], correct: 1 }
			},
			{
				row: 7,
				...base,
				stem: 'Bộ phận Một cửa đặt tại đâu?',
				content: { type: 'single', options: ['Trụ sở UBND cấp xã', 'Nhà văn hóa thôn'], correct: 0 }
			}
		]);
	});

	test('accepts a byte-order mark and CRLF line ends', () => {
		const { drafts } = parseAiken('\uFEFF' + GOOD.replace(/\n/g, '\r\n'));
		expect(drafts.map((d) => d.row)).toEqual([1, 7]);
		expect(drafts[0].stem).toMatch(/^Cơ quan/);
	});

	test('keeps the lines of a stem spread over several lines', () => {
		expect(parseAiken('Dòng một\nDòng hai\nA. Có\nB. Không\nANSWER: A').drafts[0].stem).toBe('Dòng một\nDòng hai');
	});

	test('starts a new question after ANSWER even without a blank line', () => {
		expect(parseAiken('Một?\nA. x\nB. y\nANSWER: A\nHai?\nA. x\nB. y\nANSWER: B').drafts.map((d) => d.row)).toEqual([1, 5]);
	});

	test('reports a missing ANSWER line on the question', () => {
		expect(parseAiken('Hỏi?\nA. Có\nB. Không\n\nHỏi nữa?\nA. x\nB. y\nANSWER: A')).toEqual({
			drafts: [],
			errors: [{ row: 1, message: 'import.aiken.missingAnswer' }],
			notices: []
		});
	});

	test('reports an empty ANSWER line as a missing answer', () => {
		expect(parseAiken('Hỏi?\nA. Có\nB. Không\nANSWER:').errors).toEqual([{ row: 1, message: 'import.aiken.missingAnswer' }]);
	});

	test('reports an answer letter that names no option on the ANSWER line', () => {
		expect(parseAiken('Hỏi?\nA. Có\nB. Không\nANSWER: D').errors).toEqual([
			{ row: 4, message: 'bank.unknownOptionLetter', params: { value: 'D' } }
		]);
	});

	test('reports a question without options', () => {
		expect(parseAiken('Chỉ có câu hỏi\nANSWER: A').errors).toEqual([{ row: 1, message: 'import.aiken.noOptions' }]);
	});

	test('reports an empty stem as required', () => {
		expect(parseAiken('A. Có\nB. Không\nANSWER: A').errors).toEqual([{ row: 1, message: 'import.required' }]);
	});

	test('reports duplicate options on the line of the repeat', () => {
		expect(parseAiken('Hỏi?\nA. Chính phủ\nB. Quốc hội\nC. chính phủ\nANSWER: A').errors).toEqual([
			{ row: 4, message: 'bank.duplicateOptions' }
		]);
	});

	test('reports a stray line among the options', () => {
		expect(parseAiken('Hỏi?\nA. Có\nthêm dòng\nB. Không\nANSWER: A').errors).toEqual([
			{ row: 3, message: 'import.aiken.unexpectedLine', params: { value: 'thêm dòng' } }
		]);
	});

	test('reads an option without a space after its letter, as Moodle does', () => {
		expect(parseAiken('Hỏi?\nA)Có\nB.Không\nANSWER: B').drafts[0]?.content).toEqual({
			type: 'single',
			options: ['Có', 'Không'],
			correct: 1
		});
	});

	test('reports a stem over the length limit instead of dropping the question', () => {
		expect(parseAiken(`${'x'.repeat(5001)}\nA. Có\nB. Không\nANSWER: A`).errors).toEqual([{ row: 1, message: 'bank.stemTooLong' }]);
	});

	test('reports an empty or blank file as holding no question', () => {
		expect(parseAiken(' \n\t\n').errors).toEqual([{ row: 1, message: 'import.noQuestions' }]);
	});

	test('keeps text that looks like a formula', () => {
		expect(parseAiken('=1+1\nA. =2\nB. @3\nANSWER: A').drafts[0]).toMatchObject({ stem: '=1+1', content: { options: ['=2', '@3'] } });
	});
});
