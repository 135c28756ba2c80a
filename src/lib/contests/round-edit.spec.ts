import { describe, expect, test } from 'vitest';
import { frozenChanges, seriesNames, seriesWindows, type DrawSettings } from './round-edit';

const settings: DrawSettings = {
	bankId: 1,
	blueprint: [{ topicId: 2, difficulty: 'easy', count: 4 }],
	timeLimitSeconds: 1200,
	shuffleQuestions: true,
	shuffleOptions: true
};

describe('editing a round', () => {
	test('before the first attempt everything may change', () => {
		expect(frozenChanges(settings, { ...settings, bankId: 2, timeLimitSeconds: 60, blueprint: [] }, false)).toEqual([]);
	});

	test('after the first attempt the draw’s settings are frozen, each one named', () => {
		const edit = {
			...settings,
			timeLimitSeconds: 1500,
			shuffleOptions: false,
			blueprint: [{ topicId: 2, difficulty: 'easy' as const, count: 5 }]
		};
		expect(frozenChanges(settings, edit, true)).toEqual(['blueprint', 'timeLimitSeconds', 'shuffleOptions']);
	});

	test('an identical blueprint written anew is no change', () => {
		expect(frozenChanges(settings, { ...settings, blueprint: [{ ...settings.blueprint[0] }] }, true)).toEqual([]);
	});
});

describe('a series of rounds', () => {
	const first = { opensAt: new Date('2026-03-02T08:00:00+07:00'), closesAt: new Date('2026-03-08T17:00:00+07:00') };

	test('repeats the window every week', () => {
		const windows = seriesWindows(first, 4, 7)!;
		expect(windows.map((w) => w.opensAt.toISOString())).toEqual([
			'2026-03-02T01:00:00.000Z',
			'2026-03-09T01:00:00.000Z',
			'2026-03-16T01:00:00.000Z',
			'2026-03-23T01:00:00.000Z'
		]);
		expect(windows[3].closesAt.toISOString()).toBe('2026-03-29T10:00:00.000Z');
	});

	test('refuses an interval shorter than a window, which would overlap itself', () => {
		expect(seriesWindows(first, 2, 6)).toBeNull();
		expect(seriesWindows(first, 0, 7)).toBeNull();
		expect(seriesWindows(first, 53, 7)).toBeNull();
	});

	test('counts a trailing number up, or appends one', () => {
		expect(seriesNames('Tuần 1', 3)).toEqual(['Tuần 1', 'Tuần 2', 'Tuần 3']);
		expect(seriesNames('Đợt 3', 2)).toEqual(['Đợt 3', 'Đợt 4']);
		expect(seriesNames('Tuần', 2)).toEqual(['Tuần 1', 'Tuần 2']);
	});
});
