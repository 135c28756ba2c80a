import { describe, expect, test } from 'vitest';
import { isMessageKey } from '$lib/i18n';
import { gameConfigSchema, isValidId, nextPosition, type GameConfig } from './config';
import { REFUSALS } from './events';
import { JUDGES, singleQuestion, situationQuestion } from './spec-support';

const parse = (input: unknown) => gameConfigSchema.safeParse(input);
/** The messages of a refused configuration; each one a key of the Vietnamese dictionary. */
const messages = (input: unknown) => {
	const result = parse(input);
	const list = result.success ? [] : result.error.issues.map((i) => i.message);
	for (const message of list) expect(isMessageKey(message), message).toBe(true);
	return list;
};

describe('gameConfigSchema', () => {
	test('fills in the defaults of each kind of segment', () => {
		const config: GameConfig = gameConfigSchema.parse({
			segments: [
				{ kind: 'knowledge', questions: [singleQuestion(1)] },
				{ kind: 'buzzer', questions: [singleQuestion(2)] },
				{ kind: 'situation', questions: [situationQuestion(3)] }
			],
			judges: JUDGES
		});
		expect(config.segments[0]).toMatchObject({ title: '', pointsMode: 'fixed', streakBonus: null });
		expect(config.segments[1]).toMatchObject({ penalty: 0 });
		expect(config.segments[2]).toMatchObject({ dropExtremes: false });
		expect(config.leaderboardSize).toBe(10);
	});

	test('a time limit is 5 to 120 whole seconds', () => {
		const withLimit = (timeLimitSec: number) => ({
			segments: [{ kind: 'knowledge', questions: [singleQuestion(1, 0, { timeLimitSec })] }]
		});
		expect(parse(withLimit(5)).success).toBe(true);
		expect(parse(withLimit(120)).success).toBe(true);
		expect(messages(withLimit(4))).toEqual(['live.config.timeLimit']);
		expect(messages(withLimit(121))).toEqual(['live.config.timeLimit']);
		expect(messages(withLimit(7.5))).toEqual(['live.config.timeLimit']);
	});

	test('a situation belongs in a situation segment, and only there', () => {
		expect(messages({ segments: [{ kind: 'knowledge', questions: [situationQuestion(1)] }], judges: JUDGES })).toContain(
			'live.config.wrongQuestionType'
		);
		expect(messages({ segments: [{ kind: 'situation', questions: [singleQuestion(1)] }], judges: JUDGES })).toContain(
			'live.config.wrongQuestionType'
		);
	});

	test('a situation segment needs judges', () => {
		expect(messages({ segments: [{ kind: 'situation', questions: [situationQuestion(1)] }] })).toEqual(['live.config.noJudges']);
	});

	test('a key that does not fit the options is refused', () => {
		expect(messages({ segments: [{ kind: 'knowledge', questions: [singleQuestion(1, 7)] }] })).toEqual(['live.config.badKey']);
		const mismatched = singleQuestion(1, 0, { key: { type: 'true_false', correct: true } });
		expect(messages({ segments: [{ kind: 'knowledge', questions: [mismatched] }] })).toEqual(['live.config.badKey']);
	});

	test('empty segments, negative points and duplicate judges are refused', () => {
		expect(messages({ segments: [] })).toEqual(['live.config.noSegments']);
		expect(messages({ segments: [{ kind: 'final', questions: [] }] })).toEqual(['live.config.noQuestions']);
		expect(messages({ segments: [{ kind: 'buzzer', penalty: -5, questions: [singleQuestion(1)] }] })).toEqual([
			'live.config.negativePoints'
		]);
		expect(messages({ segments: [{ kind: 'situation', questions: [situationQuestion(1)] }], judges: [JUDGES[0], JUDGES[0]] })).toEqual([
			'live.config.duplicateJudge'
		]);
	});
});

test('ids are short tokens and never __proto__', () => {
	expect(isValidId('user:42')).toBe(true);
	expect(isValidId('8f14e45f-ceea-467f-a0e6-2f1c1b0e0b7a')).toBe(true);
	expect(isValidId('__proto__')).toBe(false);
	expect(isValidId('')).toBe(false);
	expect(isValidId('a b')).toBe(false);
	expect(isValidId('x'.repeat(65))).toBe(false);
});

test('nextPosition walks the questions and crosses into the next segment', () => {
	const config = gameConfigSchema.parse({
		segments: [
			{ kind: 'knowledge', questions: [singleQuestion(1), singleQuestion(2)] },
			{ kind: 'final', questions: [singleQuestion(3)] }
		]
	});
	const walk = [nextPosition(config, null)];
	while (walk.at(-1)) walk.push(nextPosition(config, walk.at(-1)!));
	expect(walk).toEqual([{ segment: 0, question: 0 }, { segment: 0, question: 1 }, { segment: 1, question: 0 }, null]);
});

test('every refusal has a Vietnamese text for the player, judge or host who was refused', () => {
	expect(REFUSALS.filter((reason) => !isMessageKey(`live.errors.${reason}`))).toEqual([]);
});
