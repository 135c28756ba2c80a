import { describe, expect, test } from 'vitest';
import { isUtf8, parseCsv } from './csv';

describe('parseCsv', () => {
	test('splits lines and commas into rows of cells', () => {
		expect(parseCsv('a,b\nc,d')).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
	});

	test('drops a UTF-8 byte-order mark', () => {
		expect(parseCsv('\uFEFFMã,Tên\n1,Xã An')).toEqual([
			['Mã', 'Tên'],
			['1', 'Xã An']
		]);
	});

	test('accepts CRLF line endings', () => {
		expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
	});

	test('keeps commas, doubled quotes and line breaks inside quoted cells', () => {
		expect(parseCsv('"Sở, ban, ngành","Hội ""Chữ thập đỏ""","dòng 1\r\ndòng 2"\nx,y,z')).toEqual([
			['Sở, ban, ngành', 'Hội "Chữ thập đỏ"', 'dòng 1\r\ndòng 2'],
			['x', 'y', 'z']
		]);
	});

	test('uses semicolons when the header has more semicolons than commas', () => {
		expect(parseCsv('Mã;Tên;Loại\nX1;Xã An, Bình;Xã')).toEqual([
			['Mã', 'Tên', 'Loại'],
			['X1', 'Xã An, Bình', 'Xã']
		]);
	});

	test('keeps blank lines inside, so row numbers match the file, and drops trailing ones', () => {
		expect(parseCsv('a,b\n\n , \nc,d\n\n')).toEqual([['a', 'b'], [''], [' ', ' '], ['c', 'd']]);
	});

	test('keeps an empty last cell after a trailing delimiter', () => {
		expect(parseCsv('a,b,')).toEqual([['a', 'b', '']]);
	});

	test('returns no rows for an empty file', () => {
		expect(parseCsv('')).toEqual([]);
		expect(parseCsv('\uFEFF')).toEqual([]);
	});

	test('picks the delimiter from the first non-blank line', () => {
		expect(parseCsv('\nMã;Tên\nX1;Xã An')).toEqual([[''], ['Mã', 'Tên'], ['X1', 'Xã An']]);
	});
});

describe('isUtf8', () => {
	test('accepts Vietnamese text encoded as UTF-8', () => {
		expect(isUtf8(new TextEncoder().encode('Mã đơn vị, Xã Ân Thi'))).toBe(true);
	});

	test('refuses Windows-1258 bytes', () => {
		expect(isUtf8(new Uint8Array([0x4d, 0xe3, 0x20, 0xf0]))).toBe(false);
	});

	test('accepts an empty file', () => {
		expect(isUtf8(new Uint8Array())).toBe(true);
	});
});
