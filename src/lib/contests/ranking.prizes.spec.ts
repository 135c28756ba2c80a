import { describe, expect, test } from 'vitest';
import { awardPrizes, rankUnits, type PrizeCounts } from './ranking';

const one: PrizeCounts = { first: 1, second: 1, third: 1, consolation: 2 };
/** "a:1 b:1 c:3" → ranked rows. */
const ranked = (text: string) =>
	text.split(' ').map((cell) => {
		const [participantId, rank] = cell.split(':');
		return { participantId, rank: Number(rank) };
	});
const prizes = (text: string, counts = one) => Object.fromEntries(awardPrizes(ranked(text), counts));

describe('awardPrizes', () => {
	test('without ties hands out the prizes down the ranking', () => {
		expect(prizes('a:1 b:2 c:3 d:4 e:5 f:6')).toEqual({ a: 'first', b: 'second', c: 'third', d: 'consolation', e: 'consolation' });
	});

	test('lists the winners in rank order', () => {
		expect([...awardPrizes(ranked('c:3 a:1 b:2'), one).keys()]).toEqual(['a', 'b', 'c']);
	});

	test('a tie for first gives both the first prize and takes the second prize’s place', () => {
		expect(prizes('a:1 b:1 c:3 d:4')).toEqual({ a: 'first', b: 'first', c: 'third', d: 'consolation' });
	});

	test('a tie that starts within a band but runs past it all get that band’s prize, using up the bands below', () => {
		expect(prizes('a:1 b:2 c:3 d:3 e:3 f:6 g:7')).toEqual({ a: 'first', b: 'second', c: 'third', d: 'third', e: 'third' });
	});

	test('a tie straddling the last band’s end all get a consolation prize', () => {
		expect(prizes('a:1 b:2 c:3 d:4 e:5 f:5 g:7')).toEqual({
			a: 'first',
			b: 'second',
			c: 'third',
			d: 'consolation',
			e: 'consolation',
			f: 'consolation'
		});
	});

	test('a tie that starts just past the last band gets nothing', () => {
		expect(prizes('a:1 b:2 c:3 d:4 e:5 f:6 g:6')).toEqual({ a: 'first', b: 'second', c: 'third', d: 'consolation', e: 'consolation' });
	});

	test('a tie as large as all the prizes together all get the first prize', () => {
		expect(prizes('a:1 b:1 c:1 d:1 e:1 f:1 g:7')).toEqual({ a: 'first', b: 'first', c: 'first', d: 'first', e: 'first', f: 'first' });
	});

	test('several prizes of one kind cover that many positions', () => {
		const counts = { first: 1, second: 2, third: 3, consolation: 0 };
		expect(prizes('a:1 b:2 c:3 d:4 e:5 f:6 g:7', counts)).toEqual({
			a: 'first',
			b: 'second',
			c: 'second',
			d: 'third',
			e: 'third',
			f: 'third'
		});
	});

	test('a prize with a count of zero is skipped', () => {
		expect(prizes('a:1 b:2 c:3', { first: 1, second: 0, third: 1, consolation: 0 })).toEqual({ a: 'first', b: 'third' });
	});

	test('with no prizes or no entries nobody wins', () => {
		expect(prizes('a:1', { first: 0, second: 0, third: 0, consolation: 0 })).toEqual({});
		expect(awardPrizes([], one).size).toBe(0);
	});
});

describe('rankUnits', () => {
	const row = (unitId: number, participants: number, headcount: number) => ({ unitId, participants, headcount });
	const summary = (list: { unitId: number; rank: number }[]) => list.map((u) => `${u.unitId}:${u.rank}`);

	test('ranks by participants, most first, and by rate, highest first', () => {
		const { byParticipants, byRate } = rankUnits([row(1, 50, 500), row(2, 80, 100), row(3, 30, 30)]);
		expect(summary(byParticipants)).toEqual(['2:1', '1:2', '3:3']);
		expect(summary(byRate)).toEqual(['3:1', '2:2', '1:3']);
	});

	test('reports each unit’s rate', () => {
		expect(rankUnits([row(1, 30, 120)]).byRate[0]).toEqual({ unitId: 1, participants: 30, headcount: 120, rate: 0.25, rank: 1 });
	});

	test('units with as many participants share a rank, listed by unit id (1, 1, 3)', () => {
		expect(summary(rankUnits([row(9, 40, 100), row(4, 40, 50), row(2, 10, 10)]).byParticipants)).toEqual(['4:1', '9:1', '2:3']);
	});

	test('units with equal rates share a rank, even from different numbers (1/3 and 2/6)', () => {
		expect(summary(rankUnits([row(1, 2, 6), row(2, 1, 3), row(3, 1, 2), row(4, 1, 4)]).byRate)).toEqual(['3:1', '1:2', '2:2', '4:4']);
	});

	test('a unit without a headcount has rate 0 and ties with units nobody from took part', () => {
		const { byRate } = rankUnits([row(1, 5, 0), row(2, 0, 40), row(3, 1, 40)]);
		expect(byRate.map((u) => [u.unitId, u.rate, u.rank])).toEqual([
			[3, 0.025, 1],
			[1, 0, 2],
			[2, 0, 2]
		]);
	});

	test('a rate above 1 from a stale headcount is kept, not capped', () => {
		expect(rankUnits([row(1, 12, 10), row(2, 10, 10)]).byRate.map((u) => u.rate)).toEqual([1.2, 1]);
	});

	test('ranks nothing when there are no units', () => {
		expect(rankUnits([])).toEqual({ byParticipants: [], byRate: [] });
	});
});
