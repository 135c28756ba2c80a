import { describe, expect, test } from 'vitest';
import { UNIT_IMPORT_COLUMNS as COL, parseUnitKind, validateUnitRows } from './import-rows';

const HEADER = [COL.code, COL.name, COL.kind, COL.parentCode, COL.headcount];
const none = new Set<string>();
const check = (rows: string[][], existing: ReadonlySet<string> = none) => validateUnitRows([HEADER, ...rows], existing);

describe('parseUnitKind', () => {
	test('reads Vietnamese words with or without diacritics', () => {
		expect(parseUnitKind('Huyện')).toBe('district');
		expect(parseUnitKind('Thị trấn')).toBe('commune');
		expect(parseUnitKind('Công đoàn')).toBe('trade_union');
		expect(parseUnitKind('  ĐOÀN   thanh niên ')).toBe('youth_union');
		expect(parseUnitKind('tinh')).toBe('province');
	});

	test('accepts the internal kind names as they are', () => {
		expect(parseUnitKind('association')).toBe('association');
	});

	test('returns null for an unknown word', () => {
		expect(parseUnitKind('Thôn')).toBeNull();
	});
});

describe('validateUnitRows', () => {
	test('names each missing required column on row 1', () => {
		const { units, errors } = validateUnitRows([[COL.name, COL.parentCode]], none);
		expect(units).toEqual([]);
		expect(errors).toEqual([
			{ row: 1, column: COL.code, message: 'import.missingColumn' },
			{ row: 1, column: COL.kind, message: 'import.missingColumn' }
		]);
	});

	test('matches headings ignoring diacritics and case, in any order', () => {
		const { units, errors } = validateUnitRows(
			[
				['LOAI', 'ma don vi', 'Tên Đơn Vị'],
				['Xã', 'X1', 'Xã An']
			],
			none
		);
		expect(errors).toEqual([]);
		expect(units).toEqual([{ row: 2, code: 'X1', name: 'Xã An', kind: 'commune', parentCode: null, headcount: 0 }]);
	});

	test('reports a file with headings but no rows as empty', () => {
		expect(check([]).errors).toEqual([{ row: 2, message: 'import.empty' }]);
	});

	test('reads a headcount with a thousands dot', () => {
		expect(check([['T1', 'Tỉnh A', 'Tỉnh', '', '1.200']]).units[0].headcount).toBe(1200);
	});

	test('puts each problem on its spreadsheet row and column heading', () => {
		const { units, errors } = check([
			['T1', 'Tỉnh A', 'Tỉnh', '', '10'],
			['', 'Xã B', 'Thôn', '', 'nhiều'],
			['X2', '', '', '', '-3']
		]);
		expect(units).toEqual([]);
		expect(errors).toEqual([
			{ row: 3, column: COL.code, message: 'import.required', params: undefined },
			{ row: 3, column: COL.kind, message: 'units.unknownKind', params: { value: 'Thôn' } },
			{ row: 3, column: COL.headcount, message: 'import.notWholeNumber', params: { value: 'nhiều' } },
			{ row: 4, column: COL.name, message: 'import.required', params: undefined },
			{ row: 4, column: COL.kind, message: 'import.required', params: undefined },
			{ row: 4, column: COL.headcount, message: 'import.notWholeNumber', params: { value: '-3' } }
		]);
	});

	test('reports a code repeated within the file against its first row', () => {
		const { errors } = check([
			['X1', 'Xã A', 'Xã'],
			['X1', 'Xã B', 'Xã']
		]);
		expect(errors).toEqual([{ row: 3, column: COL.code, message: 'import.duplicateInFile', params: { other: 2 } }]);
	});

	test('reports a code that already exists in the system', () => {
		const { errors } = check([['X1', 'Xã A', 'Xã']], new Set(['X1']));
		expect(errors).toEqual([{ row: 2, column: COL.code, message: 'import.codeExists', params: { code: 'X1' } }]);
	});

	test('reports a parent code found neither in the file nor in the system', () => {
		const { errors } = check([['X1', 'Xã A', 'Xã', 'H9']]);
		expect(errors).toEqual([{ row: 2, column: COL.parentCode, message: 'units.unknownParent', params: { code: 'H9' } }]);
	});

	test('accepts a parent that already exists in the system', () => {
		const { units, errors } = check([['X1', 'Xã A', 'Xã', 'H1']], new Set(['H1']));
		expect(errors).toEqual([]);
		expect(units[0].parentCode).toBe('H1');
	});

	test('reports a cycle between two rows and imports nothing', () => {
		const { units, errors } = check([
			['A', 'Huyện A', 'Huyện', 'B'],
			['B', 'Huyện B', 'Huyện', 'A']
		]);
		expect(units).toEqual([]);
		expect(errors.length).toBeGreaterThan(0);
		for (const e of errors) expect(e).toMatchObject({ row: expect.toBeOneOf([2, 3]), column: COL.parentCode, message: 'units.cycle' });
	});

	test('orders parents before their children', () => {
		const { units, errors } = check([
			['X1', 'Xã A', 'Xã', 'H1'],
			['H1', 'Huyện A', 'Huyện', 'T1'],
			['T1', 'Tỉnh A', 'Tỉnh', '']
		]);
		expect(errors).toEqual([]);
		expect(units.map((u) => u.code)).toEqual(['T1', 'H1', 'X1']);
		expect(units.map((u) => u.row)).toEqual([4, 3, 2]);
	});

	test('reads grouped thousands as a headcount but refuses a decimal', () => {
		const table = [
			[COL.code, COL.name, COL.kind, COL.headcount],
			['X1', 'Xã An', 'Xã', '1.200'],
			['X2', 'Xã Bình', 'Xã', '12.5']
		];
		const { errors } = validateUnitRows(table, none);
		expect(errors).toEqual([{ row: 3, column: COL.headcount, message: 'import.notWholeNumber', params: { value: '12.5' } }]);
		const good = validateUnitRows(table.slice(0, 2), none);
		expect(good.units[0].headcount).toBe(1200);
	});
});
