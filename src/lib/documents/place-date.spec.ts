import { describe, expect, test } from 'vitest';
import { placeAndDate, placeOfUnit } from './place-date';

describe('the place and date line of an official paper', () => {
	test('the place is the province or city of the root unit', () => {
		expect(placeOfUnit('Ủy ban nhân dân tỉnh Bến Tre')).toBe('Bến Tre');
		expect(placeOfUnit('UBND Tỉnh Cà Mau')).toBe('Cà Mau');
		expect(placeOfUnit('Ủy ban nhân dân thành phố Hà Nội')).toBe('Hà Nội');
		expect(placeOfUnit('Sở Nội vụ')).toBe('Sở Nội vụ');
	});

	test('days below 10 and the months 1 and 2 get a leading zero, in Vietnam time', () => {
		// 17:30 UTC on 31 January is already 1 February in Vietnam.
		expect(placeAndDate('Bến Tre', new Date('2026-01-31T17:30:00Z'))).toBe('Bến Tre, ngày 01 tháng 02 năm 2026');
		expect(placeAndDate('Bến Tre', new Date('2026-03-15T03:00:00Z'))).toBe('Bến Tre, ngày 15 tháng 3 năm 2026');
		expect(placeAndDate('Cà Mau', new Date('2026-12-09T03:00:00Z'))).toBe('Cà Mau, ngày 09 tháng 12 năm 2026');
	});
});
