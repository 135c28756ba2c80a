import { describe, expect, test } from 'vitest';
import type { QuestionContent } from './question';
import {
	closeness,
	encodeCursor,
	excerpt,
	markWords,
	matchesWords,
	parseCursor,
	searchableText,
	searchWords,
	wordParts
} from './word-search';

const NGHI_DINH: QuestionContent = {
	type: 'single',
	options: ['Nghị định số 61/2018/NĐ-CP', 'Nghị định số 107/2021/NĐ-CP'],
	correct: 0
};
const text = searchableText('Văn bản nào quy định cơ chế một cửa, một cửa liên thông?', NGHI_DINH, 'Xem Điều 3.');

const matches = (stored: string, query: string) => matchesWords(stored, searchWords(query));

describe('word search', () => {
	test('finds words in any order, ignoring case and diacritics', () => {
		expect(matches(text, 'lien thong mot cua')).toBe(true);
		expect(matches(text, 'MỘT CỬA liên thông')).toBe(true);
		expect(matches(text, 'một cửa trực tuyến')).toBe(false);
	});

	test('looks in the options and the explanation, not only the stem', () => {
		expect(matches(text, 'nghị định 61')).toBe(true);
		expect(matches(text, 'nghi dinh 61')).toBe(true);
		expect(matches(text, 'dieu 3')).toBe(true);
	});

	test('matches whole words, not pieces of them', () => {
		expect(matches(text, 'cu')).toBe(false);
		expect(matches(text, '6')).toBe(false);
		expect(wordParts('61/2018/nd-cp, dieu 3')).toEqual(['61', '2018', 'nd', 'cp', 'dieu', '3']);
	});

	test('numbers and codes are words as written', () => {
		expect(searchWords('Nghị định số 61/2018/NĐ-CP')).toEqual(['nghi', 'dinh', 'so', '61/2018/nd-cp']);
		expect(matches(text, '61/2018/NĐ-CP')).toBe(true);
		expect(matches(text, '61/2019/NĐ-CP')).toBe(false);
		expect(matches(text, '2018/61')).toBe(false);
	});

	test('drops punctuation around words and repeated words, and caps their number', () => {
		expect(searchWords(' "một cửa", (61)  một ')).toEqual(['mot', 'cua', '61']);
		expect(searchWords('a b c d e f g h i j k l')).toHaveLength(10);
		expect(searchWords('  ,, ')).toEqual([]);
	});

	test('ranks the phrase in the stem above scattered words', () => {
		expect(closeness(text, searchWords('một cửa liên thông'))).toBe(3);
		expect(closeness(text, searchWords('liên thông một cửa'))).toBe(2);
		expect(closeness(text, searchWords('nghị định số 61'))).toBe(1);
		expect(closeness(text, searchWords('61 cửa'))).toBe(0);
	});
});

describe('marking hits', () => {
	test('marks whole words only', () => {
		expect(markWords('Sổ song', ['so']).filter((s) => s.hit)).toEqual([{ text: 'Sổ', hit: true }]);
	});

	test('marks the original characters of every folded hit', () => {
		expect(markWords('Cơ chế Một cửa', searchWords('mot cua'))).toEqual([
			{ text: 'Cơ chế ', hit: false },
			{ text: 'Một', hit: true },
			{ text: ' ', hit: false },
			{ text: 'cửa', hit: true }
		]);
	});

	test('keeps markup as plain text for the page to escape', () => {
		const segments = markWords('<b>Đoàn</b> & <script>', ['doan']);
		expect(segments.map((s) => s.text).join('')).toBe('<b>Đoàn</b> & <script>');
		expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['Đoàn']);
	});

	test('an excerpt shows a hit outside the stem, or nothing', () => {
		const long = `${'x '.repeat(100)}Nghị định số 61/2018/NĐ-CP`;
		expect(excerpt(long, ['61'])).toMatch(/^….*61\/2018\/NĐ-CP$/);
		expect(excerpt('Không có', ['61'])).toBeNull();
	});
});

describe('page cursors', () => {
	test('round-trip a rank and an id, and refuse anything else', () => {
		expect(parseCursor(encodeCursor({ rank: 2, id: 41 }))).toEqual({ rank: 2, id: 41 });
		expect(parseCursor('41')).toEqual({ rank: 0, id: 41 });
		expect(parseCursor('9:41')).toBeNull();
		expect(parseCursor('99999999999')).toBeNull();
		expect(parseCursor('0')).toBeNull();
	});
});
