import { describe, expect, test } from 'vitest';
import { agencyKey, buildAgencyIndex, isAgencyGroup, matchAgency, splitAgencies, type MatchUnit } from './agency-match';

// A province's units as the demo names them.
const UNITS: MatchUnit[] = [
	'Ủy ban nhân dân tỉnh Bến Tre',
	'Sở Nội vụ',
	'Sở Tư pháp',
	'Sở Thông tin và Truyền thông',
	'Sở Văn hóa, Thể thao và Du lịch',
	'Sở Khoa học và Công nghệ',
	'Văn phòng Ủy ban nhân dân tỉnh',
	'Đài Phát thanh và Truyền hình Bến Tre',
	'Báo Đồng Khởi',
	'Thành phố Bến Tre',
	'Huyện Châu Thành',
	'Tỉnh Đoàn Bến Tre',
	'Đoàn Khối các cơ quan tỉnh',
	'Hội đồng nhân dân tỉnh'
].map((name, i) => ({ id: i + 1, name }));
const index = buildAgencyIndex(UNITS);
const idOf = (name: string) => UNITS.find((u) => u.name === name)!.id;
/** The confidence and the best candidate's unit. */
const best = (name: string, within = index) => {
	const match = matchAgency(name, within);
	return match.group ? 'group' : [match.confidence, match.candidates[0]?.unitId];
};

describe('agencyKey', () => {
	test('spells out the usual abbreviations and drops diacritics and punctuation', () => {
		expect(agencyKey('Sở TT&TT')).toBe(agencyKey('Sở Thông tin và Truyền thông'));
		expect(agencyKey('Sở VH-TT-DL')).toBe(agencyKey('Sở Văn hóa, Thể thao và Du lịch'));
		expect(agencyKey('Sở KH&CN')).toBe(agencyKey('Sở Khoa học và Công nghệ'));
		expect(agencyKey('VP UBND tỉnh')).toBe(agencyKey('Văn phòng Ủy ban nhân dân tỉnh'));
		expect(agencyKey('HĐND tỉnh')).toBe('hoi dong nhan dan tinh');
		expect(agencyKey('Đài PT-TH tỉnh')).toBe('dai phat thanh truyen hinh tinh');
		expect(agencyKey('Sở LĐ-TB&XH')).toBe('so lao dong thuong binh xa hoi');
	});
});

describe('splitAgencies', () => {
	test('splits at semicolons, and at commas only where a new name starts', () => {
		expect(
			splitAgencies('Các Sở, Ban, ngành; UBND các huyện, thành phố; UBND các xã, phường, thị trấn và các cơ quan, đơn vị liên quan')
		).toEqual(['Các Sở, Ban, ngành', 'UBND các huyện, thành phố', 'UBND các xã, phường, thị trấn', 'các cơ quan, đơn vị liên quan']);
		expect(splitAgencies('Sở Nội vụ, các cơ quan, đơn vị, địa phương')).toEqual(['Sở Nội vụ', 'các cơ quan, đơn vị, địa phương']);
		expect(splitAgencies('Báo Đồng Khởi, Đài Phát thanh và truyền hình tỉnh')).toEqual([
			'Báo Đồng Khởi',
			'Đài Phát thanh và truyền hình tỉnh'
		]);
		expect(splitAgencies('Đoàn Đại biểu Quốc hội tỉnh; HĐND 03 cấp tỉnh, huyện, xã')).toEqual([
			'Đoàn Đại biểu Quốc hội tỉnh',
			'HĐND 03 cấp tỉnh, huyện, xã'
		]);
		expect(splitAgencies('Đoàn Khối các cơ quan và Doanh nghiệp tỉnh')).toEqual(['Đoàn Khối các cơ quan và Doanh nghiệp tỉnh']);
		expect(splitAgencies('Sở Nội vụ\nSở Tư pháp')).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
		expect(splitAgencies('  ')).toEqual([]);
	});
});

describe('isAgencyGroup', () => {
	test('knows names that stand for many units', () => {
		for (const name of [
			'Các sở, ban, ngành tỉnh',
			'các sở, ban, ngành',
			'UBND các huyện, thành phố',
			'UBND cấp huyện, cấp xã',
			'HĐND 03 cấp tỉnh, huyện, xã',
			'Các cơ quan, đơn vị có liên quan',
			'Các Đài truyền thanh cấp huyện và hệ thống truyền thanh cấp xã'
		])
			expect(isAgencyGroup(name), name).toBe(true);
	});

	test('and one unit whose name has "các" in it', () => {
		expect(isAgencyGroup('Đoàn Khối các cơ quan tỉnh')).toBe(false);
		expect(isAgencyGroup('UBND tỉnh')).toBe(false);
	});
});

describe('matchAgency', () => {
	test('an abbreviation of a unit’s name is an exact match', () => {
		expect(best('Sở TT&TT')).toEqual(['exact', idOf('Sở Thông tin và Truyền thông')]);
		expect(best('Văn phòng UBND tỉnh')).toEqual(['exact', idOf('Văn phòng Ủy ban nhân dân tỉnh')]);
		expect(best('so noi vu')).toEqual(['exact', idOf('Sở Nội vụ')]);
	});

	test('a name close to one unit is probable, to be confirmed', () => {
		expect(best('Đài Phát thanh và Truyền hình tỉnh')).toEqual(['probable', idOf('Đài Phát thanh và Truyền hình Bến Tre')]);
		expect(best('Đoàn Khối các cơ quan và Doanh nghiệp tỉnh')).toEqual(['probable', idOf('Đoàn Khối các cơ quan tỉnh')]);
	});

	test('a name of no unit is unknown, even when it shares words with some', () => {
		for (const name of ['Báo Bến Tre', 'Phòng Nội vụ', 'Hiệp hội Doanh nghiệp tỉnh'])
			expect(matchAgency(name, index), name).toMatchObject({ confidence: 'unknown' });
	});

	test('a group is flagged, not matched', () => {
		expect(matchAgency('các sở, ban, ngành tỉnh', index)).toEqual({ name: 'các sở, ban, ngành tỉnh', group: true });
	});

	test('of two units with one name, the one in the plan’s own subtree is exact; without one, both are offered', () => {
		const twins = [
			{ id: 1, name: 'Phòng Nội vụ', preferred: false },
			{ id: 2, name: 'Phòng Nội vụ', preferred: true },
			{ id: 3, name: 'Phòng Tư pháp', preferred: true }
		];
		expect(best('Phòng Nội vụ', buildAgencyIndex(twins))).toEqual(['exact', 2]);
		const neither = twins.map((u) => ({ ...u, preferred: false }));
		const match = matchAgency('Phòng Nội vụ', buildAgencyIndex(neither));
		expect(match).toMatchObject({ confidence: 'probable' });
		expect(
			match.group === false &&
				match.candidates
					.slice(0, 2)
					.map((c) => c.unitId)
					.sort()
		).toEqual([1, 2]);
	});
});
