import type { GameConfigInput, LiveQuestion } from './config';
import { gameConfigSchema } from './config';
import { reduce } from './engine';
import type { Actor, Command, Effect, GameEvent, Transition } from './events';
import { answerOf, createGame, findPlayer, type AcceptedAnswer, type CurrentQuestion, type GameState, type Player } from './state';

/** Builders shared by the live engine's specs: questions, configurations, and a game driven event by event. */

export const OPTIONS = ['Phương án A', 'Phương án B', 'Phương án C', 'Phương án D'];
export const RUBRIC = [
	{ criterion: 'Nội dung xử lý', maxPoints: 10 },
	{ criterion: 'Trình bày', maxPoints: 5 }
];

export function singleQuestion(versionId: number, correct = 0, extra: Partial<LiveQuestion> = {}): LiveQuestion {
	return {
		versionId,
		stem: `Câu hỏi ${versionId}`,
		imageId: null,
		display: { type: 'single', options: OPTIONS },
		key: { type: 'single', correct },
		timeLimitSec: 20,
		points: 100,
		...extra
	};
}

export function situationQuestion(versionId: number, extra: Partial<LiveQuestion> = {}): LiveQuestion {
	return {
		versionId,
		stem: `Tình huống ${versionId}`,
		imageId: null,
		display: { type: 'situation', rubric: RUBRIC },
		key: { type: 'situation' },
		timeLimitSec: 120,
		points: 0,
		...extra
	};
}

export const JUDGES = [
	{ id: 'j1', name: 'Giám khảo 1' },
	{ id: 'j2', name: 'Giám khảo 2' },
	{ id: 'j3', name: 'Giám khảo 3' }
];

export function makeGame(
	segments: GameConfigInput['segments'],
	judges: GameConfigInput['judges'] = JUDGES,
	settings: Pick<GameConfigInput, 'graceSec' | 'hostReveals'> = {}
): GameState {
	return createGame(gameConfigSchema.parse({ segments, judges, ...settings }));
}

export const hostActor: Actor = { role: 'host', id: 'mc' };
export const playerActor = (id: string): Actor => ({ role: 'player', id });
export const judgeActor = (id: string): Actor => ({ role: 'judge', id });
export const clock: Actor = { role: 'system', id: 'clock' };

/** Freezing every state the engine returns makes any mutation of an earlier state throw in the specs. */
function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
}

/**
 * A game played through `reduce`, keeping the log. Each call returns the transition, so a spec can look
 * at the effects and the refusal of that one event; `state` is always the latest.
 */
export class Table {
	state: GameState;
	readonly log: GameEvent[] = [];
	constructor(initial: GameState) {
		this.state = deepFreeze(initial);
	}

	send(by: Actor, command: Command, at: number): Transition {
		const event = { ...command, at, by } as GameEvent;
		this.log.push(event);
		const result = reduce(this.state, event);
		this.state = deepFreeze(result.state);
		return result;
	}

	host(command: Command, at: number): Transition {
		return this.send(hostActor, command, at);
	}
	player(id: string, command: Command, at: number): Transition {
		return this.send(playerActor(id), command, at);
	}
	judge(id: string, command: Command, at: number): Transition {
		return this.send(judgeActor(id), command, at);
	}
	tick(at: number): Transition {
		return this.send(clock, { type: 'tick' }, at);
	}

	/** Players p1…pn join at time 0, in order. */
	seat(count: number): string[] {
		const ids = Array.from({ length: count }, (_, i) => `p${i + 1}`);
		for (const id of ids) this.player(id, { type: 'join', name: `Thí sinh ${id}`, unit: 'Xã Tân Thạch' }, 0);
		return ids;
	}

	/** The question on; a spec asking for it before the first one opens is itself wrong. */
	get current(): CurrentQuestion {
		if (!this.state.current) throw new Error('no question has opened yet');
		return this.state.current;
	}
	get position() {
		return this.current.position;
	}
	answer(id: string, choice: number, at: number, answerId = `${id}-${at}`): Transition {
		return this.player(id, { type: 'answer', answerId, position: this.position, response: { choice } }, at);
	}
	playerOf(id: string): Player | undefined {
		return findPlayer(this.state, id);
	}
	answerOf(id: string): AcceptedAnswer | undefined {
		return answerOf(this.current, id);
	}
	score(id: string): number {
		return findPlayer(this.state, id)!.score;
	}
}

export const ofType = <T extends Effect['type']>(effects: readonly Effect[], type: T): Extract<Effect, { type: T }>[] =>
	effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);
