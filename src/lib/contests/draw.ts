import type { Difficulty } from '$lib/bank/question';

/**
 * Random draws that can be replayed from a seed stored with the round or attempt, so that an attempt's
 * questions and option order can be rebuilt (after a reload, for an appeal) and checked.
 *
 * The generator is xmur3 (string → 32-bit seeds) feeding sfc32 (Chris Doty-Humphrey's Small Fast
 * Counter, 128-bit state), both from bryc's public-domain "PRNGs" collection. Not cryptographic; the seed
 * itself must be unguessable. Changing anything here changes every stored draw: the spec pins outputs.
 */
export function seededRandom(seed: string): () => number {
	const hash = xmur3(seed);
	let a = hash();
	let b = hash();
	let c = hash();
	let d = hash();
	const next = (): number => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	// sfc32's first outputs still show the seed's structure; the authors' advice is to discard a few.
	for (let i = 0; i < 15; i++) next();
	return next;
}

function xmur3(text: string): () => number {
	let h = 1779033703 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
		h = (h << 13) | (h >>> 19);
	}
	return () => {
		h = Math.imul(h ^ (h >>> 16), 2246822507);
		h = Math.imul(h ^ (h >>> 13), 3266489909);
		return (h ^= h >>> 16) >>> 0;
	};
}

/** Fisher–Yates into a new array; the input is left alone. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** Display order of a question's options: `result[shownPosition]` is the stored option index. */
export function shuffleOptions(optionCount: number, seed: string): number[] {
	return shuffle([...Array(Math.max(0, optionCount)).keys()], seededRandom(seed));
}

export interface PoolQuestion {
	questionId: number;
	versionId: number;
	topicId: number | null;
	difficulty: Difficulty;
	/** The topic and its ancestors (`topicAncestry`): a line of a topic takes its subtopics' questions too. */
	topicPath?: readonly number[];
}

/** Whether a question suits a blueprint line. */
export const suitsLine = (q: PoolQuestion, line: Blueprint[number]): boolean =>
	(line.topicId === null || (q.topicPath ? q.topicPath.includes(line.topicId) : q.topicId === line.topicId)) &&
	(line.difficulty === null || q.difficulty === line.difficulty);

/** One line per "n questions of this topic and difficulty"; null means any. */
export type Blueprint = { topicId: number | null; difficulty: Difficulty | null; count: number }[];

export type Pick = { questionId: number; versionId: number };

/** `available` is how many the line could get after the other lines had theirs. */
export type Shortage = { index: number; wanted: number; available: number };

export type DrawResult = { ok: true; picks: Pick[] } | { ok: false; shortages: Shortage[] };

/**
 * Draws the questions a blueprint asks for, no question twice. Lines compete for questions that suit
 * several of them (topic X, and any hard question), so this is a bipartite matching: each slot takes the
 * first free suitable question in seeded random order, and when none is free, questions are moved between
 * slots along an augmenting path (Kuhn's algorithm). A draw therefore succeeds whenever any valid draw
 * exists. The more specific lines are filled first, so when the pool is too small the shortage is reported
 * on the generic lines. Without competition each line gets a uniformly random subset of its candidates.
 *
 * The pool is sorted first, so the result depends on its contents, not the order the database returned it.
 * A question listed with several versions is drawn in its latest (highest versionId).
 */
export function drawQuestions(pool: readonly PoolQuestion[], blueprint: Blueprint, seed: string): DrawResult {
	const random = seededRandom(seed);
	const latest = new Map<number, PoolQuestion>();
	for (const q of pool) {
		const seen = latest.get(q.questionId);
		if (!seen || q.versionId > seen.versionId) latest.set(q.questionId, q);
	}
	const questions = shuffle(
		[...latest.values()].sort((a, b) => a.questionId - b.questionId),
		random
	);

	const specificity = (i: number) => Number(blueprint[i].topicId !== null) + Number(blueprint[i].difficulty !== null);
	const lineOrder = blueprint.map((_, i) => i).sort((a, b) => specificity(b) - specificity(a) || a - b);
	const candidates = blueprint.map((line) => questions.flatMap((q, at) => (suitsLine(q, line) ? [at] : [])));

	const slotLine: number[] = lineOrder.flatMap((i) => Array<number>(Math.max(0, blueprint[i].count)).fill(i));
	const holder = new Map<number, number>(); // question position → slot
	const assign = (slot: number, visited: Set<number>): boolean => {
		for (const at of candidates[slotLine[slot]]) {
			if (visited.has(at)) continue;
			visited.add(at);
			const other = holder.get(at);
			if (other === undefined || assign(other, visited)) {
				holder.set(at, slot);
				return true;
			}
		}
		return false;
	};
	const filled = blueprint.map(() => 0);
	slotLine.forEach((line, slot) => {
		if (assign(slot, new Set())) filled[line]++;
	});

	const shortages = blueprint.flatMap((line, index) =>
		filled[index] < line.count ? [{ index, wanted: line.count, available: filled[index] }] : []
	);
	if (shortages.length > 0) return { ok: false, shortages };
	const picks = [...holder.keys()]
		.sort((a, b) => a - b)
		.map((at) => ({ questionId: questions[at].questionId, versionId: questions[at].versionId }));
	return { ok: true, picks: shuffle(picks, random) };
}
