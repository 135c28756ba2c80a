import { describe, expect, test } from 'vitest';
import type { UnitKind } from './kinds';
import { buildTree, flattenTree, isWithin, unitLabel, type UnitRecord } from './tree';

const unit = (id: number, name: string, kind: UnitKind, parentId: number | null = null): UnitRecord => ({
	id,
	name,
	kind,
	code: `U${id}`,
	parentId,
	path: '/',
	headcount: 0
});

const units = [
	unit(1, 'Tỉnh A', 'province'),
	unit(2, 'Hội Nông dân', 'association', 1),
	unit(3, 'Huyện Châu Thành', 'district', 1),
	unit(4, 'Sở Nội vụ', 'department', 1),
	unit(5, 'Xã Bình', 'commune', 3),
	unit(6, 'Xã Ân', 'commune', 3),
	unit(7, 'Xã An', 'commune', 3)
];

describe('buildTree', () => {
	test('puts units without a parent at the root', () => {
		expect(buildTree(units).map((n) => n.id)).toEqual([1]);
	});

	test('orders siblings by kind first', () => {
		expect(buildTree(units)[0].children.map((n) => n.name)).toEqual(['Sở Nội vụ', 'Huyện Châu Thành', 'Hội Nông dân']);
	});

	test('orders siblings of one kind in Vietnamese alphabetical order', () => {
		const district = buildTree(units)[0].children[1];
		expect(district.children.map((n) => n.name)).toEqual(['Xã An', 'Xã Ân', 'Xã Bình']);
	});

	test('records the depth of each node', () => {
		const depths = Object.fromEntries(flattenTree(buildTree(units)).map((n) => [n.id, n.depth]));
		expect(depths).toEqual({ 1: 0, 2: 1, 3: 1, 4: 1, 5: 2, 6: 2, 7: 2 });
	});

	test('treats a unit whose parent is not in the list as a root', () => {
		expect(buildTree([unit(5, 'Xã Bình', 'commune', 3)]).map((n) => [n.id, n.depth])).toEqual([[5, 0]]);
	});
});

describe('flattenTree', () => {
	test('lists each unit followed by its subtree, depth-first', () => {
		expect(flattenTree(buildTree(units)).map((n) => n.id)).toEqual([1, 4, 3, 7, 6, 5, 2]);
	});
});

describe('isWithin', () => {
	test('counts a unit as within itself and its ancestors', () => {
		expect(isWithin('/1/3/', '/1/3/')).toBe(true);
		expect(isWithin('/1/3/5/', '/1/')).toBe(true);
	});

	test('does not confuse ids that share leading digits', () => {
		expect(isWithin('/12/', '/1/')).toBe(false);
		expect(isWithin('/1/', '/1/3/')).toBe(false);
	});
});

describe('unitLabel', () => {
	const byId = new Map(units.map((u) => [u.id, u]));

	test('shows the parent after the unit name', () => {
		expect(unitLabel(byId.get(5)!, byId)).toBe('Xã Bình · Huyện Châu Thành');
	});

	test('shows the name alone when the parent is a province', () => {
		expect(unitLabel(byId.get(3)!, byId)).toBe('Huyện Châu Thành');
	});

	test('shows the name alone for a root unit', () => {
		expect(unitLabel(byId.get(1)!, byId)).toBe('Tỉnh A');
	});
});
