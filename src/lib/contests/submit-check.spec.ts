import { describe, expect, it } from 'vitest';
import { checkPrediction, isBlank, MAX_PREDICTION, submitSummary } from './submit-check';

describe('checkPrediction', () => {
	it('takes an empty field as no prediction', () => {
		expect(checkPrediction('  ')).toEqual({ ok: true, value: null });
	});
	it('takes whole numbers, grouped by thousands or not', () => {
		expect(checkPrediction(' 42 ')).toEqual({ ok: true, value: 42 });
		expect(checkPrediction('1.250')).toEqual({ ok: true, value: 1250 });
		expect(checkPrediction('1 250 000')).toEqual({ ok: true, value: 1_250_000 });
		expect(checkPrediction(String(MAX_PREDICTION))).toEqual({ ok: true, value: MAX_PREDICTION });
	});
	it('refuses fractions, signs, letters, bad grouping and huge numbers', () => {
		for (const raw of ['1,5', '-3', '3a', 'ba', '12.34', '1e3', String(MAX_PREDICTION + 1)])
			expect(checkPrediction(raw), raw).toEqual({ ok: false, error: 'contest.predictionInvalid' });
	});
});

describe('isBlank', () => {
	it('counts no response, no choices and empty text as unanswered', () => {
		expect(isBlank(null)).toBe(true);
		expect(isBlank({ choices: [] })).toBe(true);
		expect(isBlank({ text: '  ' })).toBe(true);
		expect(isBlank({ choice: 0 })).toBe(false);
		expect(isBlank({ value: false })).toBe(false);
		expect(isBlank({ order: [1, 0] })).toBe(false);
	});
});

describe('submitSummary', () => {
	it('lists unanswered and flagged questions in the attempt order', () => {
		expect(submitSummary([0, 1, 2, 3, 4], [4, 0, 2], [3, 1, 9])).toEqual({ unanswered: [1, 3], flagged: [1, 3] });
	});
});
