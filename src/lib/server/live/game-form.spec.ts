import { describe, expect, test } from 'vitest';
import { parseGameForm, readGameForm } from './game-form';

function form(fields: [string, string][]): FormData {
	const data = new FormData();
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
			judges: ['u1', 'u2'],
			segments: [
				{ kind: 'knowledge', title: 'Khởi động', count: 5, timeLimitSec: 20, points: 100, pointsMode: 'speed' },
				{ kind: 'situation', title: 'Xử lý tình huống', count: 1, timeLimitSec: 120, points: 10, pointsMode: 'fixed' }
			]
		});
	});

	test('names each error with its row and field', () => {
		const values = readGameForm(
			form([['title', ' '], ['contestId', ''], ['bankId', '7'], ...row('knowledge', 'Khởi động', '5', '20'), ...row('buzzer', '', '0', '300')])
		);
		expect(values.guests).toBe(false);
		expect(parseGameForm(values).errors).toEqual({
			title: ['live.form.titleRequired'],
			contestId: ['live.form.contestRequired'],
			'segments.1.title': ['live.form.segmentTitleRequired'],
			'segments.1.count': ['live.form.countInvalid'],
			'segments.1.timeLimitSec': ['live.config.timeLimit']
		});
	});

	test('a show needs at least one part', () => {
		expect(parseGameForm(readGameForm(form([['title', 'Trống'], ['contestId', '1'], ['bankId', '1']]))).errors).toEqual({ segments: ['live.config.noSegments'] });
	});
});
