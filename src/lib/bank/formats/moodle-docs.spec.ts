/**
 * Our own fixtures of every construct Moodle's GIFT and Aiken documentation describes (./fixtures): each
 * is imported as Moodle reads it, or refused with a reason of its own; what the bank does not keep of an
 * imported question is named in its notices.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { QuestionDraft } from '../question';
import { parseAiken } from './aiken';
import type { ImportedDrafts } from './common';
import { parseGift } from './gift-read';

/** The fixture's constructs by name: the lines after each "// @name" line. */
function constructs(file: string): Map<string, string> {
	const text = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
	const found = new Map<string, string>();
	for (const part of text.split(/^\/\/ @/m).slice(1)) {
		const [marker, ...lines] = part.split('\n');
		found.set(marker.split(':')[0], lines.join('\n').trim());
	}
	return found;
}

const DEFAULTS = { explanation: '', difficulty: 'medium', source: '', tags: [], topic: '' } as const;
type Expected = { draft: Partial<QuestionDraft>; notices?: ImportedDrafts['notices'] } | { refused: ImportedDrafts['errors'] };

function check(read: (text: string) => ImportedDrafts, fixture: Map<string, string>, name: string, expected: Expected) {
	const source = fixture.get(name);
	expect(source, name).toBeDefined();
	const result = read(source!);
	if ('refused' in expected) {
		expect(result.drafts).toEqual([]);
		expect(result.errors.map(({ row: _row, ...e }) => e)).toEqual(expected.refused.map(({ row: _row, ...e }) => e));
		return;
	}
	expect(result.errors).toEqual([]);
	const [{ row: _row, ...draft }] = result.drafts;
	expect(draft).toEqual({ ...DEFAULTS, ...expected.draft });
	expect(result.notices.map(({ row: _r, ...n }) => n)).toEqual((expected.notices ?? []).map(({ row: _r, ...n }) => n));
}

const notice = (message: ImportedDrafts['notices'][number]['message'], params?: Record<string, string>) => ({
	row: 0,
	message,
	...(params ? { params } : {})
});
const refusal = (message: ImportedDrafts['errors'][number]['message'], params?: Record<string, string | number>) => ({
	row: 0,
	message,
	...(params ? { params } : {})
});

describe('Moodle’s GIFT constructs', () => {
	const gift = constructs('moodle-gift.txt');
	const cases: [string, Expected][] = [
		[
			'single',
			{
				draft: {
					stem: 'Cơ quan nào ban hành Nghị quyết 76/NQ-CP?',
					content: { type: 'single', options: ['Quốc hội', 'Chính phủ', 'Thủ tướng Chính phủ'], correct: 1 }
				}
			}
		],
		[
			'missingWord',
			{
				draft: {
					stem: 'Bộ phận Một cửa cấp xã đặt tại _____ của xã.',
					content: { type: 'single', options: ['nhà văn hóa', 'trụ sở UBND cấp xã', 'trạm y tế'], correct: 1 }
				}
			}
		],
		[
			'answerLines',
			{
				draft: {
					stem: 'Chương trình tổng thể CCHC giai đoạn 2021 - 2030 có bao nhiêu nội dung cải cách?',
					content: { type: 'single', options: ['năm', 'sáu', 'bảy'], correct: 1 }
				}
			}
		],
		[
			'feedback',
			{
				draft: {
					stem: 'Dịch vụ công trực tuyến toàn trình cho phép làm gì?',
					content: { type: 'single', options: ['Nộp hồ sơ và nhận kết quả trực tuyến', 'Chỉ tra cứu thông tin'], correct: 0 }
				},
				notices: [notice('import.gift.feedbackLeftOut')]
			}
		],
		[
			'weights',
			{
				draft: {
					stem: 'Nguyên tắc nào thuộc cơ chế một cửa?',
					content: {
						type: 'multiple',
						options: ['Công khai, minh bạch', 'Nhanh chóng, thuận tiện', 'Thu thêm phí ngoài quy định'],
						correct: [0, 1],
						weights: [50, 50, -100]
					}
				}
			}
		],
		[
			'partialWrong',
			{
				draft: {
					stem: 'Văn bản nào quy định cơ chế một cửa?',
					content: {
						type: 'single',
						options: ['Nghị định 61/2018/NĐ-CP', 'Nghị định 107/2021/NĐ-CP', 'Luật Tổ chức chính quyền địa phương'],
						correct: 0
					}
				},
				notices: [notice('import.gift.partialLeftOut', { value: 'Nghị định 107/2021/NĐ-CP' })]
			}
		],
		['severalRight', { refused: [refusal('import.gift.severalRight', { count: 2 })] }],
		[
			'trueFalse',
			{ draft: { stem: 'Bộ phận Một cửa do Chủ tịch UBND cấp xã quyết định thành lập.', content: { type: 'true_false', correct: true } } }
		],
		[
			'trueFalseFeedback',
			{
				draft: { stem: 'Chỉ số PAR Index đo sự hài lòng của người dân.', content: { type: 'true_false', correct: false } },
				notices: [notice('import.gift.feedbackLeftOut')]
			}
		],
		[
			'short',
			{
				draft: {
					stem: 'Thủ đô của Việt Nam là thành phố nào?',
					content: { type: 'short', accepted: ['Hà Nội', 'Thành phố Hà Nội'], ignoreCaseAndDiacritics: true }
				}
			}
		],
		[
			'shortWeights',
			{
				draft: {
					stem: 'Cơ quan tham mưu về CCHC cấp tỉnh là cơ quan nào?',
					content: { type: 'short', accepted: ['Sở Nội vụ'], ignoreCaseAndDiacritics: true }
				},
				notices: [notice('import.gift.feedbackLeftOut'), notice('import.gift.partialLeftOut', { value: 'Văn phòng UBND tỉnh' })]
			}
		],
		['matching', { refused: [refusal('import.gift.matching', { value: expect.stringContaining('->') })] }],
		[
			'numeric',
			{
				draft: {
					stem: 'Nghị quyết 76/NQ-CP ban hành năm nào?',
					content: { type: 'short', accepted: ['2021'], ignoreCaseAndDiacritics: true, tolerance: 0 }
				}
			}
		],
		[
			'numericTolerance',
			{
				draft: {
					stem: 'Chương trình tổng thể CCHC kéo dài bao nhiêu năm?',
					content: { type: 'short', accepted: ['10'], ignoreCaseAndDiacritics: true, tolerance: 1 }
				}
			}
		],
		[
			'numericRange',
			{
				draft: { stem: 'Chọn một số từ 1 đến 5.', content: { type: 'short', accepted: ['3'], ignoreCaseAndDiacritics: true, tolerance: 2 } }
			}
		],
		[
			'numericWeights',
			{
				draft: {
					stem: 'Năm nào Chính phủ ban hành Nghị quyết 30c/NQ-CP?',
					content: { type: 'short', accepted: ['2011'], ignoreCaseAndDiacritics: true, tolerance: 0 }
				},
				notices: [notice('import.gift.feedbackLeftOut'), notice('import.gift.partialLeftOut', { value: '2011:2' })]
			}
		],
		[
			'numericWrongFeedback',
			{
				draft: {
					stem: 'Chương trình tổng thể CCHC có bao nhiêu nội dung?',
					content: { type: 'short', accepted: ['6'], ignoreCaseAndDiacritics: true, tolerance: 0 }
				},
				notices: [notice('import.gift.feedbackLeftOut')]
			}
		],
		['numericTolerances', { refused: [refusal('import.gift.mixedTolerance', { value: '2011:0; 2021:1' })] }],
		[
			'essay',
			{
				draft: {
					stem: 'Nêu giải pháp nâng cao chỉ số hài lòng của người dân tại địa phương.',
					content: { type: 'situation', rubric: [{ criterion: 'Chất lượng trả lời', maxPoints: 10 }] }
				}
			}
		],
		['description', { refused: [refusal('import.gift.noAnswers')] }],
		[
			'name',
			{
				draft: {
					stem: 'Chỉ số SIPAS đo gì?',
					content: { type: 'single', options: ['Sự hài lòng của người dân', 'Năng lực cạnh tranh'], correct: 0 }
				},
				notices: [notice('import.gift.nameLeftOut')]
			}
		],
		[
			'generalFeedback',
			{
				draft: {
					stem: 'Chỉ số PAPI do ai thực hiện?',
					content: { type: 'single', options: ['UNDP phối hợp thực hiện', 'Bộ Nội vụ'], correct: 0 },
					explanation: 'PAPI do UNDP và các đối tác thực hiện.'
				}
			}
		],
		[
			'category',
			{
				draft: {
					stem: 'Hồ sơ được tiếp nhận ở đâu?',
					content: { type: 'single', options: ['Bộ phận Một cửa', 'Phòng chuyên môn'], correct: 0 },
					topic: 'Cải cách hành chính/Một cửa'
				}
			}
		],
		[
			'escapes',
			{
				draft: {
					stem: 'Điều 5: a = b, {c}, ~ và # đều là ký tự thường.\nDòng thứ hai.',
					content: { type: 'single', options: ['Đúng', 'Sai'], correct: 0 }
				}
			}
		],
		[
			'html',
			{
				draft: {
					stem: 'Cơ quan nào chủ trì CCHC cấp tỉnh?',
					content: { type: 'single', options: ['Sở Nội vụ', 'Sở Tư pháp & Sở Tài chính'], correct: 0 }
				},
				notices: [notice('import.gift.htmlAsText')]
			}
		],
		[
			'markdown',
			{
				draft: { stem: 'Chỉ số *PAR Index* đo gì?', content: { type: 'single', options: ['Kết quả CCHC', 'Sự hài lòng'], correct: 0 } },
				notices: [notice('import.gift.markdownAsText')]
			}
		],
		[
			'tags',
			{
				draft: {
					stem: 'Một cửa liên thông là gì?',
					content: { type: 'single', options: ['Giải quyết TTHC qua nhiều cơ quan', 'Giải quyết tại một cơ quan'], correct: 0 },
					tags: ['CCHC', 'một cửa']
				}
			}
		],
		['severalBlocks', { refused: [refusal('import.gift.severalBlocks')] }]
	];

	test('the fixture holds every construct the spec names, and no other', () => {
		expect([...gift.keys()]).toEqual(cases.map(([name]) => name));
	});

	test.each(cases)('%s', (name, expected) => check(parseGift, gift, name, expected));

	test('the whole file is refused, every refused construct named on its own first line', () => {
		const text = readFileSync(new URL('./fixtures/moodle-gift.txt', import.meta.url), 'utf8');
		const lines = text.split('\n');
		const lineOf = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
		expect(parseGift(text).errors).toEqual([
			{ row: lineOf('Cơ quan nào thuộc UBND tỉnh?'), message: 'import.gift.severalRight', params: { count: 2 } },
			{ row: lineOf('Ghép văn bản'), message: 'import.gift.matching', params: { value: expect.stringContaining('->') } },
			{ row: lineOf('Kể một năm'), message: 'import.gift.mixedTolerance', params: { value: '2011:0; 2021:1' } },
			{ row: lineOf('Phần sau gồm'), message: 'import.gift.noAnswers' },
			{ row: lineOf('Nghị quyết {=76'), message: 'import.gift.severalBlocks' }
		]);
	});
});

describe('Moodle’s Aiken constructs', () => {
	const aiken = constructs('moodle-aiken.txt');
	const cases: [string, Expected][] = [
		[
			'periods',
			{
				draft: {
					stem: 'Cơ quan nào ban hành Nghị quyết 76/NQ-CP?',
					content: { type: 'single', options: ['Quốc hội', 'Chính phủ', 'Thủ tướng Chính phủ', 'Bộ Nội vụ'], correct: 1 }
				}
			}
		],
		[
			'brackets',
			{
				draft: {
					stem: 'Chỉ số nào đo sự hài lòng của người dân?',
					content: { type: 'single', options: ['PAR Index', 'SIPAS', 'PAPI', 'PCI', 'ICT Index', 'DTI'], correct: 1 }
				}
			}
		],
		[
			'noSpace',
			{
				draft: {
					stem: 'Bộ phận Một cửa cấp xã đặt tại đâu?',
					content: { type: 'single', options: ['Trụ sở UBND cấp xã', 'Nhà văn hóa'], correct: 0 }
				}
			}
		],
		['noAnswer', { refused: [refusal('import.aiken.missingAnswer')] }],
		['oneOption', { refused: [refusal('bank.tooFewOptions')] }],
		['unknownLetter', { refused: [refusal('bank.unknownOptionLetter', { value: 'C' })] }],
		['sevenOptions', { refused: [refusal('bank.tooManyOptions')] }]
	];

	test('the fixture holds every construct the spec names, and no other', () => {
		expect([...aiken.keys()]).toEqual(cases.map(([name]) => name));
	});

	test.each(cases)('%s', (name, expected) => check(parseAiken, aiken, name, expected));
});
