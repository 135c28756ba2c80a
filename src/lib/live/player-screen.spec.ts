import { describe, expect, test } from 'vitest';
import type { LiveMessage } from '$lib/realtime/events';
import type { Effect, Transition } from './events';
import { answersOnDevice, applyMessage, stageOf, withAnswer } from './player-screen';
import { makeGame, singleQuestion, situationQuestion, Table } from './spec-support';
import { playerView, type PlayerView } from './views';

const STORAGE = new Set<Effect['type']>(['persistAnswer', 'persistResults', 'persistStandings', 'ackAnswer']);

/** What one player's phone receives of a transition: messages to everyone and to this player. */
function received(transition: Transition, playerId: string): LiveMessage[] {
	const isMessage = (e: Effect): e is LiveMessage => !STORAGE.has(e.type);
	return transition.effects.filter(isMessage).filter((m) => {
		// The audit log goes to the staff only.
		const to = 'to' in m ? m.to : 'staff';
		return to === 'all' || (typeof to === 'object' && 'player' in to && to.player === playerId);
	});
}

/**
 * A phone following the game: a snapshot when it joins, then only the messages, with its own answers
 * recorded once acknowledged, as the page does.
 */
class Phone {
	view: PlayerView;
	constructor(
		private readonly table: Table,
		readonly id: string
	) {
		this.view = playerView(table.state, id);
	}
	follow(transition: Transition): Transition {
		for (const message of received(transition, this.id)) this.view = applyMessage(this.view, message, this.id);
		const ack = transition.effects.find((e) => e.type === 'ackAnswer' && e.to.player === this.id);
		const event = this.table.log.at(-1)!;
		if (ack && event.type === 'answer') this.view = withAnswer(this.view, event.position, event.answerId, event.response as never);
		return transition;
	}
	/** The parts of the screen a fresh snapshot must agree with. */
	expectInStepWithSnapshot() {
		const fresh = playerView(this.table.state, this.id);
		const shown = (v: PlayerView) => ({
			phase: v.phase,
			remainingMs: v.remainingMs,
			removed: v.removed,
			question: v.question,
			myAnswer: v.myAnswer,
			reveal: v.reveal,
			score: v.me?.score,
			eliminated: v.me?.eliminated,
			starStaked: v.me?.starStaked,
			adjustment: v.me?.adjustment,
			closedBy: v.closedBy,
			leaderboard: v.phase === 'leaderboard' ? v.leaderboard : undefined,
			podium: v.phase === 'podium' ? v.podium : undefined
		});
		expect(shown(this.view)).toEqual(shown(fresh));
	}
}

function knowledgeAndSituation() {
	const table = new Table(
		makeGame([
			{ kind: 'knowledge', pointsMode: 'speed', questions: [singleQuestion(1, 2), singleQuestion(2, 0), singleQuestion(3, 1)] },
			{ kind: 'situation', questions: [situationQuestion(4)] }
		])
	);
	table.seat(3);
	return table;
}

describe('a phone that follows the messages shows what a fresh snapshot shows', () => {
	test('through questions, answers, a pause, an extension, a skip, a situation, the leaderboard and the podium', () => {
		const table = knowledgeAndSituation();
		const phone = new Phone(table, 'p1');
		const step = (t: Transition) => {
			phone.follow(t);
			phone.expectInStepWithSnapshot();
		};
		step(table.host({ type: 'start' }, 1000));
		expect(stageOf(phone.view)).toBe('question');
		expect(answersOnDevice(phone.view)).toBe(true);
		step(table.answer('p1', 2, 3000, 'a-p1-1'));
		expect(phone.view.myAnswer).toEqual({ answerId: 'a-p1-1', response: { choice: 2 } });
		step(table.host({ type: 'pause' }, 4000));
		expect(phone.view.remainingMs).toBe(17_000);
		step(table.host({ type: 'extend', seconds: 10 }, 5000));
		step(table.host({ type: 'resume' }, 9000));
		step(table.answer('p2', 0, 10_000));
		step(table.answer('p3', 2, 11_000));
		// Everyone answered: the question locked by itself.
		expect(phone.view.phase).toBe('locked');
		step(table.host({ type: 'reveal' }, 12_000));
		expect(stageOf(phone.view)).toBe('result');
		expect(phone.view.reveal?.mine?.correct).toBe(true);
		expect(phone.view.me?.rank).toBe(1);
		step(table.host({ type: 'showLeaderboard' }, 13_000));
		expect(stageOf(phone.view)).toBe('leaderboard');
		step(table.host({ type: 'next' }, 14_000));
		expect(phone.view.myAnswer).toBeNull();
		step(table.host({ type: 'skip' }, 15_000));
		expect(phone.view.question?.number).toBe(3);
		step(table.tick(36_000));
		expect(phone.view.phase).toBe('locked');
		step(table.host({ type: 'reveal' }, 37_000));
		expect(phone.view.reveal?.mine).toMatchObject({ correct: false, points: 0 });
		step(table.host({ type: 'next', respondentId: 'p2' }, 38_000));
		expect(answersOnDevice(phone.view)).toBe(false);
		step(table.judge('j1', { type: 'judgeScore', position: table.position, scores: [8, 4] }, 39_000));
		step(table.judge('j2', { type: 'judgeScore', position: table.position, scores: [6, 4] }, 39_500));
		step(table.judge('j3', { type: 'judgeScore', position: table.position, scores: [7, 4] }, 40_000));
		step(table.host({ type: 'reveal' }, 40_500));
		step(table.host({ type: 'lock' }, 41_000));
		expect(phone.view.phase).toBe('revealed');
		expect(phone.view.reveal?.judgeAverage).toBe(11);
		step(table.host({ type: 'next' }, 42_000));
		expect(stageOf(phone.view)).toBe('podium');
		expect(phone.view.me?.rank).toBe(playerView(table.state, 'p1').me?.rank);
		step(table.host({ type: 'end' }, 43_000));
		expect(stageOf(phone.view)).toBe('ended');
	});

	test('a reload mid-question picks up the same question, the time left and the answer already sent', () => {
		const table = knowledgeAndSituation();
		table.host({ type: 'start' }, 1000);
		table.answer('p2', 1, 4000, 'a-p2');
		const reloaded = new Phone(table, 'p2');
		expect(reloaded.view.question?.position).toEqual({ segment: 0, question: 0 });
		expect(reloaded.view.question?.closesAt).toBe(21_000);
		expect(reloaded.view.myAnswer).toEqual({ answerId: 'a-p2', response: { choice: 1 } });
	});

	test('the buzzer queue tells each phone its place, and a wrong answer ends its turn, a right one does not', () => {
		const table = new Table(makeGame([{ kind: 'buzzer', questions: [singleQuestion(1, 0)] }]));
		table.seat(3);
		const phones = ['p1', 'p2', 'p3'].map((id) => new Phone(table, id));
		const all = (t: Transition) => phones.forEach((p) => p.follow(t));
		all(table.host({ type: 'start' }, 1000));
		all(table.player('p2', { type: 'buzz', position: table.position }, 2000));
		all(table.player('p1', { type: 'buzz', position: table.position }, 2100));
		expect(phones.map((p) => p.view.myBuzz?.place)).toEqual([2, 1, null]);
		all(table.host({ type: 'markBuzz', playerId: 'p2', correct: false }, 3000));
		expect(phones[1].view.myBuzz).toEqual({ place: null, wrong: true, floorUntil: null, won: false });
		expect(phones[0].view.myBuzz?.place).toBe(1);
		expect(stageOf(phones[2].view)).toBe('question');
		all(table.host({ type: 'markBuzz', playerId: 'p1', correct: true }, 4000));
		expect(phones[0].view.myBuzz).toEqual({ place: null, wrong: false, floorUntil: null, won: true });
		phones[0].expectInStepWithSnapshot();
	});

	test('a removed player is told so and sees nothing more of the game', () => {
		const table = knowledgeAndSituation();
		const phone = new Phone(table, 'p3');
		phone.follow(table.host({ type: 'start' }, 1000));
		phone.follow(table.host({ type: 'removePlayer', playerId: 'p3', reason: 'Gian lận' }, 2000));
		expect(stageOf(phone.view)).toBe('removed');
		phone.expectInStepWithSnapshot();
	});

	test('an answer acknowledged for an earlier question does not land on the new one', () => {
		const table = knowledgeAndSituation();
		table.host({ type: 'start' }, 1000);
		table.host({ type: 'reveal' }, 2000);
		table.host({ type: 'next' }, 3000);
		const view = playerView(table.state, 'p1');
		expect(withAnswer(view, { segment: 0, question: 0 }, 'late', { choice: 1 }).myAnswer).toBeNull();
	});
});
