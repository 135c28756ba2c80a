import { describe, expect, test } from 'vitest';
import { judgesGame, mayPlay, runsGame } from './access';

const province = '/1/';
const district = '/1/20/';
const commune = '/1/20/31/';
const otherDistrict = '/1/21/';

describe('runsGame', () => {
	test('an organizer of the organizing unit or above runs the game, one of another branch does not', () => {
		expect(runsGame({ role: 'organizer', unitPath: district }, district)).toBe(true);
		expect(runsGame({ role: 'organizer', unitPath: province }, district)).toBe(true);
		expect(runsGame({ role: 'organizer', unitPath: otherDistrict }, district)).toBe(false);
		expect(runsGame({ role: 'organizer', unitPath: commune }, district)).toBe(false);
	});

	test('an admin runs any game', () => {
		expect(runsGame({ role: 'admin', unitPath: otherDistrict }, district)).toBe(true);
	});

	test('an editor of the same unit keeps the questions but does not run the show; nor does anyone else', () => {
		expect(runsGame({ role: 'editor', unitPath: district }, district)).toBe(false);
		expect(runsGame({ role: 'judge', unitPath: district }, district)).toBe(false);
		expect(runsGame({ role: 'participant', unitPath: district }, district)).toBe(false);
		expect(runsGame(null, district)).toBe(false);
	});
});

describe('judgesGame', () => {
	const config = { judges: [{ id: 'u-1', name: 'Giám khảo 1' }] };

	test('the judges the game names judge it, whatever their role; nobody else does', () => {
		expect(judgesGame(config, 'u-1')).toBe(true);
		expect(judgesGame(config, 'u-2')).toBe(false);
		expect(judgesGame({ judges: [] }, 'u-1')).toBe(false);
	});
});

describe('mayPlay', () => {
	const units = { organizerPath: district, scopePath: district };

	test('a person of the contest’s units plays, one from elsewhere does not', () => {
		expect(mayPlay({ role: 'participant', unitPath: commune }, units)).toBe(true);
		expect(mayPlay({ role: 'participant', unitPath: otherDistrict }, units)).toBe(false);
	});

	test('whoever manages the organizing unit may sit in for a rehearsal', () => {
		const narrow = { organizerPath: district, scopePath: commune };
		expect(mayPlay({ role: 'organizer', unitPath: district }, narrow)).toBe(true);
		expect(mayPlay({ role: 'editor', unitPath: province }, narrow)).toBe(true);
		expect(mayPlay({ role: 'admin', unitPath: otherDistrict }, narrow)).toBe(true);
	});
});
