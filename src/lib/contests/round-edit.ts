/**
 * What may change in a round once someone has started it. A drawn paper keeps its questions, order and
 * time, so the settings that made it (bank, blueprint, time limit, shuffles) are frozen after the first
 * attempt; the window can still be moved for the future and the prizes changed.
 */
import type { Blueprint } from './draw';

export const FROZEN_AFTER_FIRST_ATTEMPT = ['bankId', 'blueprint', 'timeLimitSeconds', 'shuffleQuestions', 'shuffleOptions'] as const;
export type FrozenField = (typeof FROZEN_AFTER_FIRST_ATTEMPT)[number];

export interface DrawSettings {
	bankId: number;
	blueprint: Blueprint;
	timeLimitSeconds: number;
	shuffleQuestions: boolean;
	shuffleOptions: boolean;
}

const sameBlueprint = (a: Blueprint, b: Blueprint) =>
	a.length === b.length &&
	a.every((line, i) => line.topicId === b[i].topicId && line.difficulty === b[i].difficulty && line.count === b[i].count);

/** The frozen settings an edit would change; empty when the edit may be saved. */
export function frozenChanges(before: DrawSettings, after: DrawSettings, hasAttempts: boolean): FrozenField[] {
	if (!hasAttempts) return [];
	return FROZEN_AFTER_FIRST_ATTEMPT.filter((field) =>
		field === 'blueprint' ? !sameBlueprint(before.blueprint, after.blueprint) : before[field] !== after[field]
	);
}

export interface Window {
	opensAt: Date;
	closesAt: Date;
}

export const MAX_SERIES = 52;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The windows of a series of `count` rounds, the first being `first`, each `intervalDays` after the
 * previous one. Null when the rounds would overlap (an interval shorter than a window) or the count is
 * out of range.
 */
export function seriesWindows(first: Window, count: number, intervalDays: number): Window[] | null {
	const length = first.closesAt.getTime() - first.opensAt.getTime();
	const step = intervalDays * DAY_MS;
	if (!Number.isInteger(count) || count < 1 || count > MAX_SERIES || step < length || length <= 0) return null;
	return Array.from({ length: count }, (_, i) => ({
		opensAt: new Date(first.opensAt.getTime() + i * step),
		closesAt: new Date(first.closesAt.getTime() + i * step)
	}));
}

/**
 * The names of a series: a trailing number counts up ("Tuần 1" → "Tuần 1" … "Tuần 8", "Đợt 3" →
 * "Đợt 3", "Đợt 4"), otherwise the number is appended ("Tuần" → "Tuần 1", "Tuần 2").
 */
export function seriesNames(base: string, count: number): string[] {
	const match = /^(.*?)(\d+)$/.exec(base.trim());
	const [stem, start] = match ? [match[1], Number(match[2])] : [`${base.trim()} `, 1];
	return Array.from({ length: count }, (_, i) => `${stem}${start + i}`);
}
