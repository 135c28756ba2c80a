import { describe, expect, test } from 'vitest';
import { podium, rankPlayers } from './ranking';
import type { Player } from './state';

const player = (id: string, score: number, answerMs: number, joinSeq: number): Player => ({
	id,
	name: id,
	unit: null,
	team: null,
	joinSeq,
	away: null,
	eliminated: false,
	score,
	correctCount: 0,
	answerMs,
	streak: 0,
	starSegments: []
});

describe('rankPlayers', () => {
	test('ranks by score; equal scores share a rank and the next rank skips', () => {
		const ranked = rankPlayers([player('a', 50, 0, 1), player('b', 90, 0, 2), player('c', 50, 0, 3), player('d', 10, 0, 4)]);
		expect(ranked.map((r) => [r.playerId, r.rank])).toEqual([
			['b', 1],
			['a', 2],
			['c', 2],
			['d', 4]
		]);
	});

	test('within a tie the faster player is listed first, then the earlier to join, but the rank stays shared', () => {
		const ranked = rankPlayers([
			player('late', 70, 9000, 3),
			player('slow', 70, 12_000, 1),
			player('fast', 70, 5000, 4),
			player('early', 70, 9000, 2)
		]);
		expect(ranked.map((r) => r.playerId)).toEqual(['fast', 'early', 'late', 'slow']);
		expect(ranked.every((r) => r.rank === 1)).toBe(true);
	});

	test('the order never depends on how the players were stored', () => {
		const players = [player('a', 5, 100, 1), player('b', 5, 100, 2), player('c', 8, 300, 3)];
		expect(rankPlayers([...players].reverse())).toEqual(rankPlayers(players));
	});

	test('negative scores (buzzer penalties) rank below zero', () => {
		expect(rankPlayers([player('minus', -10, 0, 1), player('zero', 0, 0, 2)]).map((r) => r.playerId)).toEqual(['zero', 'minus']);
	});
});

describe('podium', () => {
	test('is ranks one to three', () => {
		const ranked = rankPlayers([1, 2, 3, 4, 5].map((s) => player(`p${s}`, s * 10, 0, s)));
		expect(podium(ranked).map((r) => r.playerId)).toEqual(['p5', 'p4', 'p3']);
	});

	test('takes in everyone tied for third', () => {
		const ranked = rankPlayers([
			player('a', 30, 0, 1),
			player('b', 20, 0, 2),
			player('c', 10, 0, 3),
			player('d', 10, 0, 4),
			player('e', 5, 0, 5)
		]);
		expect(podium(ranked).map((r) => [r.playerId, r.rank])).toEqual([
			['a', 1],
			['b', 2],
			['c', 3],
			['d', 3]
		]);
	});
});
