import { describe, expect, test } from 'vitest';
import { cueOf, type CueMoment } from './stage-cues';

const at = (phase: CueMoment['phase'], question: string | null = '0.0', seconds: number | null = null): CueMoment => ({
	phase,
	question,
	seconds
});

describe('cueOf: when the big screen sounds', () => {
	test('a new question, the lock, the reveal and the podium each sound once', () => {
		expect(cueOf(at('lobby', null), at('open', '0.0', 20))).toBe('question');
		expect(cueOf(at('revealed', '0.0'), at('open', '0.1', 20))).toBe('question');
		expect(cueOf(at('open', '0.0', 3), at('locked'))).toBe('lock');
		expect(cueOf(at('open', '0.0', 3), at('judging'))).toBe('lock');
		expect(cueOf(at('locked'), at('revealed'))).toBe('reveal');
		expect(cueOf(at('leaderboard'), at('podium', null))).toBe('podium');
	});

	test('the last five seconds tick, once per second', () => {
		expect(cueOf(at('open', '0.0', 7), at('open', '0.0', 6))).toBeNull();
		expect(cueOf(at('open', '0.0', 6), at('open', '0.0', 5))).toBe('tick');
		expect(cueOf(at('open', '0.0', 5), at('open', '0.0', 5))).toBeNull();
		expect(cueOf(at('open', '0.0', 1), at('open', '0.0', 0))).toBeNull();
	});

	test('nothing on the first sight of a game, on a pause or on the leaderboard', () => {
		expect(cueOf(null, at('open', '0.0', 3))).toBeNull();
		expect(cueOf(at('open', '0.0', 4), at('paused', '0.0', 4))).toBeNull();
		expect(cueOf(at('revealed'), at('leaderboard'))).toBeNull();
	});
});
