import { describe, expect, test } from 'vitest';
import { emptyShelf, shelfDelete, shelfGet, shelfHas, shelfOf, shelfSet, shelfValues } from './shelf';

describe('shelf', () => {
	test('keeps values by key and never changes the shelf it was given', () => {
		const empty = emptyShelf<number>();
		const one = shelfSet(empty, 'p1', 10);
		const two = shelfSet(one, 'p2', 20);
		expect(shelfGet(two, 'p1')).toBe(10);
		expect(shelfGet(one, 'p2')).toBeUndefined();
		expect(shelfValues(empty)).toEqual([]);
		expect(shelfValues(two).sort()).toEqual([10, 20]);
		const back = shelfDelete(two, 'p1');
		expect(shelfHas(back, 'p1')).toBe(false);
		expect(shelfHas(two, 'p1')).toBe(true);
		expect(shelfDelete(back, 'nobody')).toBe(back);
	});

	test('an update copies one bucket and shares the others', () => {
		const before = shelfOf(Array.from({ length: 500 }, (_, i): [string, number] => [`p${i}`, i]));
		const after = shelfSet(before, 'p7', 70);
		expect(after.filter((bucket, i) => bucket !== before[i])).toHaveLength(1);
	});

	test('keys that name Object.prototype members find nothing unless stored', () => {
		const shelf = shelfSet(emptyShelf<string>(), 'constructor', 'x');
		expect(shelfGet(shelf, 'constructor')).toBe('x');
		expect(shelfGet(emptyShelf<string>(), 'toString')).toBeUndefined();
		expect(shelfHas(emptyShelf<string>(), 'hasOwnProperty')).toBe(false);
	});

	test('survives JSON as it is', () => {
		const shelf = shelfOf<{ n: number }>([
			['a', { n: 1 }],
			['b', { n: 2 }]
		]);
		const copy = JSON.parse(JSON.stringify(shelf));
		expect(copy).toEqual(shelf);
		expect(shelfGet(copy, 'b')).toEqual({ n: 2 });
	});
});
