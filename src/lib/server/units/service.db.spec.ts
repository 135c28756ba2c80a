import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/test-db';
import { validateUnitRows } from '$lib/units/import-rows';
import { UnitError, createUnit, existingUnitCodes, getUnit, importUnits, listUnits, moveUnit, searchUnits } from './service';

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(() => database.close());

describe('units', () => {
	test('a child lies under its parent, and moving a unit carries its whole subtree', async () => {
		const { db } = database;
		const province = await createUnit(db, { code: 'P', name: 'Tỉnh A', kind: 'province', headcount: 0, parentId: null });
		const districtA = await createUnit(db, { code: 'P.A', name: 'Huyện A', kind: 'district', headcount: 0, parentId: province.id });
		const districtB = await createUnit(db, { code: 'P.B', name: 'Huyện B', kind: 'district', headcount: 0, parentId: province.id });
		const commune = await createUnit(db, { code: 'P.A.1', name: 'Xã Một', kind: 'commune', headcount: 12, parentId: districtA.id });
		expect(commune.path).toBe(`/${province.id}/${districtA.id}/${commune.id}/`);

		await moveUnit(db, districtA.id, districtB.id);
		expect((await getUnit(db, commune.id))?.path).toBe(`/${province.id}/${districtB.id}/${districtA.id}/${commune.id}/`);
		await expect(moveUnit(db, districtB.id, commune.id)).rejects.toThrow(UnitError);
	});

	test('a code is unique', async () => {
		await expect(createUnit(database.db, { code: 'P', name: 'Trùng', kind: 'other', headcount: 0, parentId: null })).rejects.toMatchObject({
			code: 'units.codeTaken'
		});
	});

	test('search ignores diacritics and case', async () => {
		const found = await searchUnits(database.db, 'xa mot');
		expect(found.map((u) => u.name)).toEqual(['Xã Một']);
	});

	test('an import with a bad row changes nothing; a good one inserts parents before children', async () => {
		const { db } = database;
		const before = (await listUnits(db)).length;
		const bad = validateUnitRows(
			[
				['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên', 'Số CBCCVC/thành viên'],
				['P.C', 'Huyện C', 'Huyện', 'P', '10'],
				['P.C.1', '', 'Xã', 'P.C', 'mười']
			],
			await existingUnitCodes(db)
		);
		expect(bad.errors.map((e) => [e.row, e.message])).toEqual([
			[3, 'import.required'],
			[3, 'import.notWholeNumber']
		]);
		expect(bad.units).toEqual([]);
		expect((await listUnits(db)).length).toBe(before);

		const good = validateUnitRows(
			[
				['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên'],
				['P.C.1', 'Xã Hai', 'Xã', 'P.C'],
				['P.C', 'Huyện C', 'Huyện', 'P']
			],
			await existingUnitCodes(db)
		);
		expect(good.errors).toEqual([]);
		await importUnits(db, good.units);
		const units = await listUnits(db);
		const district = units.find((u) => u.code === 'P.C')!;
		expect(units.find((u) => u.code === 'P.C.1')?.parentId).toBe(district.id);
	});

	test('an import that meets a code created meanwhile rolls back whole, as a stale preview', async () => {
		const { db } = database;
		const before = (await listUnits(db)).length;
		const rows = [
			{ row: 2, code: 'NEW.1', name: 'Mới 1', kind: 'other' as const, parentCode: null, headcount: 0 },
			{ row: 3, code: 'P', name: 'Trùng mã', kind: 'other' as const, parentCode: null, headcount: 0 }
		];
		await expect(importUnits(db, rows)).rejects.toMatchObject({ code: 'import.stale', status: 409 });
		expect((await listUnits(db)).length).toBe(before);
	});
});
