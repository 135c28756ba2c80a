/** The round form's starting values: a new round's defaults, or an existing round's settings. */
import { vietnamInputValue } from '$lib/i18n/format';
import type { Blueprint } from './draw';
import type { PrizeCounts } from './ranking';

export interface RoundValues {
	name: string;
	bankId: string;
	opensAt: string;
	closesAt: string;
	timeLimitMinutes: string;
	attemptsAllowed: string;
	countingAttempt: string;
	showAnswers: string;
	layout: string;
	predictionEnabled: boolean;
	shuffleQuestions: boolean;
	shuffleOptions: boolean;
	trackFocus: boolean;
	first: string;
	second: string;
	third: string;
	consolation: string;
	blueprint: { topicId: string; difficulty: string; count: string }[];
}

export const NEW_ROUND: RoundValues = {
	name: '',
	bankId: '',
	opensAt: '',
	closesAt: '',
	timeLimitMinutes: '20',
	attemptsAllowed: '1',
	countingAttempt: 'best',
	showAnswers: 'after_close',
	layout: 'all',
	predictionEnabled: true,
	shuffleQuestions: true,
	shuffleOptions: true,
	trackFocus: false,
	first: '1',
	second: '2',
	third: '3',
	consolation: '5',
	blueprint: [{ topicId: '', difficulty: '', count: '20' }]
};

export interface RoundSettings {
	name: string;
	bankId: number;
	opensAt: Date;
	closesAt: Date;
	timeLimitSeconds: number;
	blueprint: Blueprint;
	attemptsAllowed: number;
	countingAttempt: string;
	showAnswers: string;
	oneQuestionPerScreen: boolean;
	predictionEnabled: boolean;
	shuffleQuestions: boolean;
	shuffleOptions: boolean;
	trackFocus: boolean;
	prizes: PrizeCounts;
}

export function roundValues(r: RoundSettings): RoundValues {
	return {
		name: r.name,
		bankId: String(r.bankId),
		opensAt: vietnamInputValue(r.opensAt),
		closesAt: vietnamInputValue(r.closesAt),
		timeLimitMinutes: String(Math.round(r.timeLimitSeconds / 60)),
		attemptsAllowed: String(r.attemptsAllowed),
		countingAttempt: r.countingAttempt,
		showAnswers: r.showAnswers,
		layout: r.oneQuestionPerScreen ? 'one' : 'all',
		predictionEnabled: r.predictionEnabled,
		shuffleQuestions: r.shuffleQuestions,
		shuffleOptions: r.shuffleOptions,
		trackFocus: r.trackFocus,
		first: String(r.prizes.first),
		second: String(r.prizes.second),
		third: String(r.prizes.third),
		consolation: String(r.prizes.consolation),
		blueprint: r.blueprint.map((line) => ({
			topicId: line.topicId ? String(line.topicId) : '',
			difficulty: line.difficulty ?? '',
			count: String(line.count)
		}))
	};
}
