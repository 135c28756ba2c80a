import { describe, expect, test } from 'vitest';
import { formatProduct, parseProduct, type Product } from './product';

describe('parseProduct', () => {
	test.each<[string, Product]>([
		['Bài báo (24 bài)', { kind: 'Bài báo', target: 24, unit: 'bài', detail: '' }],
		['Bài báo (số lượng 24 bài)', { kind: 'Bài báo', target: 24, unit: 'bài', detail: '' }],
		['Bài báo (số lượng 01 bài)', { kind: 'Bài báo', target: 1, unit: 'bài', detail: '' }],
		['Lớp (03 lớp)', { kind: 'Lớp', target: 3, unit: 'lớp', detail: '' }],
		['Lớp (Số lượng 03 lớp)', { kind: 'Lớp', target: 3, unit: 'lớp', detail: '' }],
		['Buổi (số lượng 12)', { kind: 'Buổi', target: 12, unit: 'buổi', detail: '' }],
		['Tờ rơi (SL: 1.200 tờ)', { kind: 'Tờ rơi', target: 1200, unit: 'tờ', detail: '' }],
		[
			'Chuyên mục (Phóng sự, Bài viết, câu chuyện truyền thanh, số lượng 12)',
			{ kind: 'Chuyên mục', target: 12, unit: 'chuyên mục', detail: 'Phóng sự, Bài viết, câu chuyện truyền thanh' }
		],
		[
			'Chuyên mục (Phóng sự, Bài phỏng vấn; số lượng 12)',
			{ kind: 'Chuyên mục', target: 12, unit: 'chuyên mục', detail: 'Phóng sự, Bài phỏng vấn' }
		],
		['Tin, bài (số lượng: Không giới hạn)', { kind: 'Tin, bài', target: null, unit: 'tin, bài', detail: 'Không giới hạn' }],
		['Cuộc (số lượng: Theo quy định)', { kind: 'Cuộc', target: null, unit: 'cuộc', detail: 'Theo quy định' }],
		['Cuộc thi', { kind: 'Cuộc thi', target: null, unit: 'cuộc thi', detail: '' }],
		['Tin, bài', { kind: 'Tin, bài', target: null, unit: 'tin, bài', detail: '' }],
		['Không giới hạn', { kind: '', target: null, unit: '', detail: 'Không giới hạn' }],
		['24 bài báo', { kind: 'Bài báo', target: 24, unit: 'bài báo', detail: '' }]
	])('reads "%s"', (text, expected) => {
		expect(parseProduct(text)).toEqual(expected);
	});

	test('an empty cell is no product', () => {
		expect(parseProduct('  ')).toBeNull();
	});
});

describe('formatProduct', () => {
	test('writes the kind with its quantity in brackets', () => {
		expect(formatProduct(parseProduct('Bài báo (số lượng 24 bài)')!)).toBe('Bài báo (24 bài)');
		expect(formatProduct(parseProduct('Lớp (Số lượng 03 lớp)')!)).toBe('Lớp (03 lớp)');
		expect(formatProduct(parseProduct('Tin, bài (số lượng: Không giới hạn)')!)).toBe('Tin, bài (Không giới hạn)');
		expect(formatProduct(parseProduct('Cuộc thi')!)).toBe('Cuộc thi');
		expect(formatProduct(parseProduct('Không giới hạn')!)).toBe('Không giới hạn');
	});

	test('reads back to the same value', () => {
		for (const text of ['Bài báo (24 bài)', 'Chuyên mục (Phóng sự, Bài viết, số lượng 12)', 'Cuộc (Theo quy định)', 'Buổi (số lượng 12)']) {
			const product = parseProduct(text)!;
			expect(parseProduct(formatProduct(product))).toEqual(product);
		}
	});
});
