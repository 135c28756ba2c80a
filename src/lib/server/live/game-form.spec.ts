import { describe, expect, test } from 'vitest';
import { parseGameForm, readGameForm } from './game-form';

/** The form as posted; the grace period as the page fills it in unless a spec says otherwise. */
function form(fields: [string, string][]): FormData {
	const data = new FormData();
	if (!fields.some(([name]) => name === 'graceSec')) data.append('graceSec', '10');
	for (const [name, value] of fields) data.append(name, value);
	return data;
}

const row = (kind: string, title: string, count: string, seconds: string, points = '10', mode = 'fixed'): [string, string][] => [
	['kind', kind],
	['segmentTitle', title],
	['count', count],
	['timeLimitSec', seconds],
	['points', points],
	['pointsMode', mode]
];

describe('the new live game form', () => {
	test('reads the parts of the show as rows, and the judges as a list', () => {
		const values = readGameForm(
			form([
				['title', 'Chung kết'],
				['contestId', '3'],
				['bankId', '7'],
				['guests', 'on'],
				['judges', 'u1'],
				['judges', 'u2'],
				['graceSec', ' 15 '],
				...row('knowledge', 'Khởi động', '5', '20', '100', 'speed'),
				...row('situation', 'Xử lý tình huống', '1', '120')
			])
		);
		const parsed = parseGameForm(values);
		expect(parsed.errors).toBeUndefined();
		expect(parsed.data).toEqual({
			title: 'Chung kết',
			contestId: 3,
			bankId: 7,
			guests: true,
			roster: [],
			judges: ['u1', 'u2'],
			graceSec: 15,
			segments: [
				{
					kind: 'knowledge',
					title: 'Khởi động',
					count: 5,
					timeLimitSec: 20,
					points: 100,
					pointsMode: 'speed',
					penalty: 0,
					streakStep: 0,
					dropExtremes: false,
					answerWindowSec: 0,
					allOut: 'revive',
					starBy: 'host'
				},
				{
					kind: 'situation',
					title: 'Xử lý tình huống',
					count: 1,
					timeLimitSec: 120,
					points: 10,
					pointsMode: 'fixed',
					penalty: 0,
					streakStep: 0,
					dropExtremes: false,
					answerWindowSec: 0,
					allOut: 'revive',
					starBy: 'host'
				}
			]
		});
	});

	test('names each error with its row and field', () => {
		const values = readGameForm(
			form([
				['title', ' '],
				['contestId', ''],
				['bankId', '7'],
				['graceSec', ''],
				...row('knowledge', 'Khởi động', '5', '20'),
				...row('buzzer', '', '0', '300')
			])
		);
		expect(values.guests).toBe(false);
		expect(parseGameForm(values).errors).toEqual({
			title: ['live.form.titleRequired'],
			contestId: ['live.form.contestRequired'],
			graceSec: ['live.form.graceInvalid'],
			'segments.1.title': ['live.form.segmentTitleRequired'],
			'segments.1.count': ['live.form.countInvalid'],
			'segments.1.timeLimitSec': ['live.config.timeLimit']
		});
	});

	test('reads each kind’s own scoring: the buzzer’s penalty, a streak bonus, dropping the extreme judges', () => {
		const values = readGameForm(
			form([
				['title', 'Chung kết'],
				['contestId', '3'],
				['bankId', '7'],
				...row('buzzer', 'Giành quyền', '3', '15'),
				...row('knowledge', 'Khởi động', '5', '20'),
				...row('situation', 'Tình huống', '1', '120'),
				...['5', '', ''].map((v) => ['penalty', v] as [string, string]),
				...['', '10', ''].map((v) => ['streakStep', v] as [string, string]),
				...['no', 'no', 'yes'].map((v) => ['dropExtremes', v] as [string, string])
			])
		);
		expect(parseGameForm(values).data?.segments.map((s) => [s.penalty, s.streakStep, s.dropExtremes])).toEqual([
			[5, 0, false],
			[0, 10, false],
			[0, 0, true]
		]);
		values.graceSec = '121';
		expect(parseGameForm(values).errors).toEqual({ graceSec: ['live.form.graceInvalid'] });
		values.graceSec = '0';
		values.segments[0].penalty = '-2';
		expect(parseGameForm(values).errors).toEqual({ 'segments.0.penalty': ['live.form.penaltyInvalid'] });
	});

	test('a show needs at least one part', () => {
		expect(
			parseGameForm(
				readGameForm(
					form([
						['title', 'Trống'],
						['contestId', '1'],
						['bankId', '1']
					])
				)
			).errors
		).toEqual({ segments: ['live.config.noSegments'] });
	});

	test('reads the assigned contestants one seat a line', () => {
		const values = readGameForm(
			form([
				['title', 'Chung kết'],
				['contestId', '3'],
				['bankId', '7'],
				['roster', '0912345678\nĐội xã B: b1@xa.vn; 0913000111'],
				...row('knowledge', 'Khởi động', '5', '20')
			])
		);
		expect(parseGameForm(values).data?.roster).toEqual([
			{ line: 1, team: null, members: [{ text: '0912345678', id: { phone: '0912345678' } }] },
			{
				line: 2,
				team: 'Đội xã B',
				members: [
					{ text: 'b1@xa.vn', id: { email: 'b1@xa.vn' } },
					{ text: '0913000111', id: { phone: '0913000111' } }
				]
			}
		]);
	});

	test("the roster's problems come back in Vietnamese, each naming its line, with the form's other errors", () => {
		const values = readGameForm(
			form([
				['title', ''],
				['contestId', '3'],
				['bankId', '7'],
				['roster', '0912345678\nĐội A: 0912 345 678\nông Ba'],
				...row('knowledge', 'Khởi động', '5', '20')
			])
		);
		expect(parseGameForm(values).errors).toEqual({
			title: ['live.form.titleRequired'],
			roster: ['Dòng 2: 0912 345 678 đã có ở dòng 1.', 'Dòng 3: "ông Ba" không phải số điện thoại hay email.']
		});
	});

	test('an assigned competition is for accounts: a roster with guests allowed is refused', () => {
		const values = readGameForm(
			form([
				['title', 'Chung kết'],
				['contestId', '3'],
				['bankId', '7'],
				['guests', 'on'],
				['roster', '0912345678'],
				...row('knowledge', 'Khởi động', '5', '20')
			])
		);
		expect(parseGameForm(values).errors).toEqual({ roster: ['live.roster.withGuests'] });
	});
});
