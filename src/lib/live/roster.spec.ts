import { describe, expect, test } from 'vitest';
import { commonUnitPath, MAX_SEATS, parseRoster, rosterIssueText, seatAttendance, unitIdOfPath } from './roster';

const texts = (roster: string) => parseRoster(roster).issues.map(rosterIssueText);

describe('the assigned contestants, one seat a line', () => {
	test('a line is one person by phone or email, or a named team of people', () => {
		const { lines, issues } = parseRoster(
			'0912 345 678\n\n  Đội   xã Tân Thạch : an@xa.gov.vn; +84 913 000 111 ,binh@xa.gov.vn\r\nAN.CHU@Huyen.gov.vn'
		);
		expect(issues).toEqual([]);
		expect(lines).toEqual([
			{ line: 1, team: null, members: [{ text: '0912 345 678', id: { phone: '0912345678' } }] },
			{
				line: 3,
				team: 'Đội xã Tân Thạch',
				members: [
					{ text: 'an@xa.gov.vn', id: { email: 'an@xa.gov.vn' } },
					{ text: '+84 913 000 111', id: { phone: '0913000111' } },
					{ text: 'binh@xa.gov.vn', id: { email: 'binh@xa.gov.vn' } }
				]
			},
			{ line: 4, team: null, members: [{ text: 'AN.CHU@Huyen.gov.vn', id: { email: 'an.chu@huyen.gov.vn' } }] }
		]);
	});

	test('an empty list assigns nobody', () => {
		expect(parseRoster(' \n\n')).toEqual({ lines: [], issues: [] });
	});

	test('each problem names its line, in Vietnamese', () => {
		expect(
			texts('Nguyễn Văn An\n0912345678; 0912345679\n: 0912000001\nĐội B:\nĐội C: 0912000002\nđội c: 0912000003\nĐội D: 0912345678')
		).toEqual([
			'Dòng 1: "Nguyễn Văn An" không phải số điện thoại hay email.',
			'Dòng 2: đội cần có tên, viết theo mẫu "Tên đội: người 1; người 2".',
			'Dòng 3: đội cần có tên, viết theo mẫu "Tên đội: người 1; người 2".',
			'Dòng 4: đội "Đội B" chưa có thành viên nào.',
			'Dòng 6: tên đội "đội c" đã có ở dòng 5.',
			'Dòng 7: 0912345678 đã có ở dòng 2.'
		]);
	});

	test('one person sits in one seat, however the number is written', () => {
		expect(texts('0912345678\nĐội A: 0912 345 678')).toEqual(['Dòng 2: 0912 345 678 đã có ở dòng 1.']);
		expect(texts('Đội A: an@xa.vn; AN@xa.vn')).toEqual(['Dòng 1: AN@xa.vn đã có ở dòng 1.']);
	});

	test('the list, a team and its name have their limits', () => {
		const many = Array.from({ length: MAX_SEATS + 2 }, (_, i) => `09${String(i).padStart(8, '0')}`).join('\n');
		expect(texts(many)).toEqual([`Dòng ${MAX_SEATS + 1}: danh sách có tối đa ${MAX_SEATS} thí sinh hoặc đội.`]);
		const eleven = Array.from({ length: 11 }, (_, i) => `09120000${String(i).padStart(2, '0')}`).join('; ');
		expect(texts(`Đội đông: ${eleven}`)).toEqual(['Dòng 1: một đội có tối đa 10 thành viên.']);
		expect(texts(`${'Đ'.repeat(61)}: 0912000001`)).toEqual(['Dòng 1: tên đội dài tối đa 60 ký tự.']);
	});
});

describe("a team's unit", () => {
	test('is the nearest unit all its members are in', () => {
		expect(commonUnitPath(['/1/4/17/', '/1/4/17/'])).toBe('/1/4/17/');
		expect(commonUnitPath(['/1/4/17/', '/1/4/20/', '/1/4/'])).toBe('/1/4/');
		expect(commonUnitPath(['/1/4/', '/2/'])).toBe('/');
		expect(unitIdOfPath('/1/4/')).toBe(4);
		expect(unitIdOfPath('/')).toBeNull();
	});
});

describe("the host's lobby of an assigned game", () => {
	test('counts the seats a device holds and names the others', () => {
		const seats = [
			{ playerId: 'p1', name: 'Nguyễn Văn An' },
			{ playerId: 'p2', name: 'Đội xã B' },
			{ playerId: 'p3', name: 'Đội xã C' },
			{ playerId: 'p4', name: 'Trần Thị Dung' }
		];
		const { rows, present, total, notIn } = seatAttendance(
			seats,
			[
				{ id: 'p1', awaySince: null },
				{ id: 'p3', awaySince: 5000 },
				{ id: 'guest', awaySince: null }
			],
			[{ id: 'p4' }]
		);
		expect(rows.map((r) => r.status)).toEqual(['in', 'missing', 'away', 'removed']);
		expect([present, total]).toEqual([1, 4]);
		expect(notIn).toEqual(['Đội xã B', 'Đội xã C']);
	});
});
