import { describe, expect, test } from 'vitest';
import { parseGift } from './gift-read';

const GOOD = `// Ngân hàng câu hỏi cải cách hành chính
$CATEGORY: $course$/top/Cải cách hành chính/Thủ tục hành chính

::Câu 1:: Cơ quan nào ban hành Nghị quyết 76/NQ-CP? {
	=Chính phủ#Đúng rồi
	~Quốc hội#Chưa đúng
	~Thủ tướng Chính phủ
	####Nghị quyết 76/NQ-CP do Chính phủ ban hành.
}

// [tag:CCHC] [tag:một cửa]
Chọn các nguyên tắc của cơ chế một cửa {
	~%50%Công khai, minh bạch
	~%50%Nhanh chóng, thuận tiện
	~%-100%Thu thêm phí
}
`;

const one = (text: string) => {
	const { drafts, errors } = parseGift(text);
	expect(errors).toEqual([]);
	return drafts[0];
};
const notices = (text: string) => parseGift(text).notices;

describe('parseGift reads', () => {
	test('multiple choice with one "=" as single, with category topic and general feedback', () => {
		const { drafts, errors } = parseGift(GOOD);
		expect(errors).toEqual([]);
		expect(drafts[0]).toEqual({
			row: 4,
			stem: 'Cơ quan nào ban hành Nghị quyết 76/NQ-CP?',
			content: { type: 'single', options: ['Chính phủ', 'Quốc hội', 'Thủ tướng Chính phủ'], correct: 0 },
			explanation: 'Nghị quyết 76/NQ-CP do Chính phủ ban hành.',
			difficulty: 'medium',
			source: '',
			tags: [],
			topic: 'Cải cách hành chính/Thủ tục hành chính'
		});
	});

	test('weighted choices as multiple, right where the weight is positive, with tags', () => {
		expect(parseGift(GOOD).drafts[1]).toMatchObject({
			row: 12,
			content: { type: 'multiple', correct: [0, 1], weights: [50, 50, -100] },
			tags: ['CCHC', 'một cửa'],
			topic: 'Cải cách hành chính/Thủ tục hành chính'
		});
	});

	test('what it does not keep, each named on the question: its name and per-answer feedback', () => {
		expect(parseGift(GOOD).notices).toEqual([
			{ row: 4, message: 'import.gift.nameLeftOut' },
			{ row: 4, message: 'import.gift.feedbackLeftOut' }
		]);
	});

	test('a category path without Moodle’s context and "top", "//" kept as a "/" in a name', () => {
		const topic = (category: string) => one(`$CATEGORY: ${category}\n\nĐúng? {T}`).topic;
		expect(topic('$course$/top/CCHC/Một cửa')).toBe('CCHC/Một cửa');
		expect(topic('$system$/CCHC')).toBe('CCHC');
		expect(topic('top')).toBe('');
		expect(topic('Một cửa//liên thông')).toBe('Một cửa//liên thông');
	});

	test('every spelling of true and false', () => {
		const text = ['Một {T}', 'Hai {TRUE#sai rồi#đúng}', 'Ba {F}', 'Bốn {FALSE}'].join('\n\n');
		expect(parseGift(text).drafts.map((d) => d.content)).toEqual(
			[true, true, false, false].map((correct) => ({ type: 'true_false', correct }))
		);
	});

	test('answers with only "=" as short answers', () => {
		expect(one('Thủ đô của Việt Nam? {=Hà Nội =Ha Noi}').content).toEqual({
			type: 'short',
			accepted: ['Hà Nội', 'Ha Noi'],
			ignoreCaseAndDiacritics: true
		});
	});

	test('a numeric answer as short with a tolerance', () => {
		expect(one('Bao nhiêu? {#3.5:0.1}').content).toEqual({
			type: 'short',
			accepted: ['3.5'],
			ignoreCaseAndDiacritics: true,
			tolerance: 0.1
		});
	});

	test('a numeric range as its middle plus or minus half', () => {
		expect(one('Bao nhiêu? {#1..5}').content).toMatchObject({ accepted: ['3'], tolerance: 2 });
	});

	test('an essay as a situation with the default rubric', () => {
		expect(one('Xử lý tình huống sau. {}').content).toEqual({
			type: 'situation',
			rubric: [{ criterion: 'Chất lượng trả lời', maxPoints: 10 }]
		});
	});

	test('escaped characters as plain text and \\n as a line break', () => {
		expect(one('Điều 5\\: a \\= b \\{c\\} \\~ \\# \\\\ \\ndòng {=x\\=y ~z}')).toMatchObject({
			stem: 'Điều 5: a = b {c} ~ # \\ \ndòng',
			content: { options: ['x=y', 'z'] }
		});
	});

	test('text after the answers as a missing-word stem', () => {
		expect(one('Thủ đô là {=Hà Nội ~Huế}.').stem).toBe('Thủ đô là _____.');
		expect(one('{=Hà Nội ~Huế} là thủ đô').stem).toBe('_____ là thủ đô');
	});

	test('an [html] stem as plain text', () => {
		expect(one('::T::[html]<p>Luật &amp; Nghị định</p><p>Dòng 2</p> {T}').stem).toBe('Luật & Nghị định\nDòng 2');
	});

	test('text-format markers on options taken off, an [html] stem’s options read as HTML too', () => {
		expect(one('Chọn {=[plain]Chính phủ ~[html]<b>Quốc hội</b> ~Thủ tướng}').content).toMatchObject({
			options: ['Chính phủ', 'Quốc hội', 'Thủ tướng']
		});
		expect(one('[html]<p>Chọn</p> {=<i>Chính phủ</i> ~Quốc hội &amp; HĐND}').content).toMatchObject({
			options: ['Chính phủ', 'Quốc hội & HĐND']
		});
		expect(notices('[html]<p>Chọn</p> {=<i>Chính phủ</i> ~Quốc hội}')).toEqual([{ row: 1, message: 'import.gift.htmlAsText' }]);
	});

	test('a numeric answer with feedback for a wrong number, the feedback named as not kept', () => {
		expect(one('Bao nhiêu? {#3:2~#Sai rồi}').content).toEqual({
			type: 'short',
			accepted: ['3'],
			ignoreCaseAndDiacritics: true,
			tolerance: 2
		});
		expect(notices('Bao nhiêu? {#3:2~#Sai rồi}')).toEqual([{ row: 1, message: 'import.gift.feedbackLeftOut' }]);
	});

	test('partial credit never as full credit: the 50 % answer left out and named', () => {
		expect(one('Thủ đô? {=Hà Nội =%50%Huế}').content).toEqual({ type: 'short', accepted: ['Hà Nội'], ignoreCaseAndDiacritics: true });
		expect(notices('Thủ đô? {=Hà Nội =%50%Huế}')).toEqual([{ row: 1, message: 'import.gift.partialLeftOut', params: { value: 'Huế' } }]);
		expect(one('Bao nhiêu? {#=3:0 =%50%4:0}').content).toMatchObject({ accepted: ['3'], tolerance: 0 });
	});

	test('a stem spread over lines, with comment lines left out', () => {
		expect(one('Dòng 1\n// ghi chú\nDòng 2 {T}').stem).toBe('Dòng 1\nDòng 2');
	});

	test('a byte-order mark and CRLF line ends', () => {
		const { drafts } = parseGift('\uFEFF' + GOOD.replace(/\n/g, '\r\n'));
		expect(drafts.map((d) => d.row)).toEqual([4, 12]);
	});

	test('formula-looking text as it is', () => {
		expect(one('\\=1+1 {=\\=2 ~@3}')).toMatchObject({ stem: '=1+1', content: { options: ['=2', '@3'] } });
	});

	test('difficulty, source and content carried by the hoithi comment', () => {
		const comment = '// hoithi: {"difficulty":"hard","source":"Luật 2025","content":{"type":"ordering","items":["a","b"]}}';
		expect(one(`${comment}\nSắp xếp {}`)).toMatchObject({
			difficulty: 'hard',
			source: 'Luật 2025',
			content: { type: 'ordering', items: ['a', 'b'] }
		});
	});
});
