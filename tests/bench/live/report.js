// The figures of `npm run bench:live`, for the terminal. Every instant is on the server's clock: the
// clients and the host put their own clocks there with the offset they measured (./clock.js).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { distribution, line, percentile } from '../support/report.js';

/** What a game of thousands of phones must hold on this 2-core machine (answer ack p99, everyone in, question and board on the phones). */
export const ACK_TARGET_MS = 250;
export const JOIN_TARGET_S = 10;
export const QUESTION_TARGET_MS = 300;
export const BOARD_TARGET_MS = 1000;

/**
 * @typedef {{ joins: { connectMs: number, joinMs: number, joinedAt: number }[], acks: import('./players.js').AnswerAck[],
 *   arrivals: Record<string, number[]>[], messages: Record<string, Record<string, number>>, mostPerPlayerQuestion: number, drops: import('./players.js').Drop[],
 *   errors: Record<string, number>, eventLoop: { utilisation: number, delayP99Ms: number }, cpuSeconds: number }} ClientResult
 * @typedef {{ offset: number, roundTrip: number }} Clock
 * @typedef {{ rss: number, peak: number }} Memory
 * @typedef {{
 *   setup: { players: number, procs: number, shares: number[], questions: number, seconds: number, thinkMs: [number, number], joinWithinMs: number, dropRate: number, processes: number },
 *   players: number, load: { before: number[], after: number[] }, clocks: { clients: Clock[], host: Clock }, joinSeconds: number,
 *   game: { timings: import('./host.js').QuestionTiming[], podium: { ms: number }, end: { sentAt: number, ms: number } },
 *   hostReceived: Record<string, number>, results: ClientResult[], check: Awaited<ReturnType<typeof import('./verify.js').countLostAnswers>>, closedEarly: number,
 *   server: { joinCpu: number, gameCpu: number, memory: { before: Memory, joined: Memory, played: Memory }, databaseCpu: number | null, databaseBackends: number, logPath: string }
 * }} Run
 */

export const sumOf = (/** @type {number[]} */ values) => values.reduce((a, b) => a + b, 0);
const maxOf = (/** @type {number[]} */ values) => values.reduce((a, b) => Math.max(a, b), -Infinity);
const minOf = (/** @type {number[]} */ values) => values.reduce((a, b) => Math.min(a, b), Infinity);
export const fixed = (/** @type {number} */ n, digits = 1) => n.toFixed(digits);
const median = (/** @type {number[]} */ values) =>
	percentile(
		[...values].sort((a, b) => a - b),
		50
	);

/**
 * Every client's arrivals of one kind, for every question, less an instant of that question.
 * @param {ClientResult[]} results
 * @param {string} what
 * @param {(question: number) => number} from
 */
function since(results, what, from) {
	return results.flatMap((r) =>
		r.arrivals.flatMap((perQuestion, question) => (perQuestion?.[what] ?? []).map((at) => at - from(question)))
	);
}

/** @param {ClientResult[]} results @param {string} what @param {number} question */
const arrivalsAt = (results, what, question) => results.flatMap((r) => r.arrivals[question]?.[what] ?? []);

/** The run passes: everyone joined in time, answers acknowledged, questions and boards on the phones under the targets, nothing lost. */
export function verdict(/** @type {Run} */ run) {
	const p99 = (/** @type {number[]} */ values) =>
		percentile(
			[...values].sort((a, b) => a - b),
			99
		);
	const ackP99 = p99(run.results.flatMap((r) => r.acks.map((a) => a.ms)));
	const questionP99 = p99(since(run.results, 'question', () => 0));
	const boardMax = maxOf(run.game.timings.map((t) => maxOf(arrivalsAt(run.results, 'leaderboard', t.question)) - t.lockedAt));
	const allJoined = run.players === run.setup.players;
	const joinedInTime = run.joinSeconds <= JOIN_TARGET_S;
	return {
		ackP99,
		questionP99,
		boardMax,
		allJoined,
		joinedInTime,
		met:
			allJoined &&
			joinedInTime &&
			ackP99 < ACK_TARGET_MS &&
			questionP99 < QUESTION_TARGET_MS &&
			boardMax < BOARD_TARGET_MS &&
			run.check.lost === 0 &&
			run.closedEarly === 0
	};
}

/**
 * @typedef {{ phase: string, ms: number, events: number, batches: number, batchMax: number, commitP50: number, commitP99: number,
 *   commitMax: number, deliverMs: number, deliverMax: number, loopP50: number, loopP99: number, loopMax: number }} PhaseLine
 */

/**
 * The server's own figures per game phase (its `live.phase` log lines, written with LOG_LEVEL=debug),
 * summed over the questions by kind of phase: where the server's time went.
 * @param {string} logPath
 */
export function serverPhases(logPath) {
	/** @type {Map<string, PhaseLine & { count: number }>} */
	const kinds = new Map();
	for (const text of readFileSync(logPath, 'utf8').split('\n')) {
		if (!text.startsWith('{') || !text.includes('"live.phase"')) continue;
		/** @type {PhaseLine} */
		const p = JSON.parse(text);
		const kind = p.phase.split(' ')[0];
		const k = kinds.get(kind);
		if (!k) {
			kinds.set(kind, { ...p, phase: kind, count: 1 });
			continue;
		}
		k.count++;
		for (const f of /** @type {const} */ (['ms', 'events', 'batches', 'deliverMs'])) k[f] += p[f];
		for (const f of /** @type {const} */ ([
			'batchMax',
			'commitP50',
			'commitP99',
			'commitMax',
			'deliverMax',
			'loopP50',
			'loopP99',
			'loopMax'
		]))
			k[f] = Math.max(k[f], p[f]);
	}
	return [...kinds.values()];
}

/** @param {Run} run */
export function printReport(run) {
	const { setup, players, results, check, server } = run;
	const { timings } = run.game;
	const acks = results.flatMap((r) => r.acks);
	const joins = results.flatMap((r) => r.joins);
	const asked = players * timings.length;
	const perQuestion = (/** @type {(t: import('./host.js').QuestionTiming) => number} */ f) => timings.map(f);

	console.log(
		`\nLive game: ${players} players in ${setup.procs} client processes (${setup.shares.join(' + ')}), ${setup.questions} questions of ${setup.seconds} s with speed points, think ${setup.thinkMs[0]}–${setup.thinkMs[1]} ms, ` +
			(setup.processes > 1 ? `${setup.processes} server processes (scale-out mode)` : 'one server process')
	);
	const loads = (/** @type {number[]} */ l) => l.map((x) => fixed(x)).join(' / ');
	line(
		'machine',
		`${availableParallelism()} cores; load average ${loads(run.load.before)} before, ${loads(run.load.after)} after (1 / 5 / 15 min; all that runs here competes for the cores)`
	);
	line(
		'client processes',
		`event loop busy ${results.map((r) => `${Math.round(r.eventLoop.utilisation * 100)}%`).join(', ')}; delay p99 ${results.map((r) => `${fixed(r.eventLoop.delayP99Ms, 0)} ms`).join(', ')}; CPU ${fixed(sumOf(results.map((r) => r.cpuSeconds)))} s`
	);
	line(
		'clock offsets',
		`server − client ${run.clocks.clients.map((c) => `${fixed(c.offset)} ms`).join(', ')}, host ${fixed(run.clocks.host.offset)} ms (quickest of 5 round trips, ≤ ${fixed(maxOf(run.clocks.clients.map((c) => c.roundTrip)))} ms)`
	);

	line(
		'joined',
		`${players} of ${setup.players} in ${fixed(run.joinSeconds)} s (${setup.joinWithinMs ? `arriving within ${setup.joinWithinMs} ms` : 'all at once'})`
	);
	line('  connect', distribution(joins.map((j) => j.connectMs)));
	line('  live:join ack', distribution(joins.map((j) => j.joinMs)));

	line('question broadcast', `${distribution(since(results, 'question', () => 0))}  opensAt → phone`);
	const spreads = perQuestion(
		(t) => maxOf(arrivalsAt(results, 'questionAt', t.question)) - minOf(arrivalsAt(results, 'questionAt', t.question))
	);
	line('  first → last phone', `median ${fixed(median(spreads), 0)} ms, at most ${fixed(maxOf(spreads), 0)} ms per question`);
	line('  host start/next ack', distribution(perQuestion((t) => t.open.ms)));

	line('answer ack', distribution(acks.map((a) => a.ms)));
	line(
		'  answers',
		`${check.acknowledged} acknowledged of ${asked}; ${acks.filter((a) => a.tries > 1).length} needed a retry, ${acks.filter((a) => a.duplicate).length} came back as repeats`
	);
	const lockedBy = /** @type {Record<string, number>} */ ({});
	for (const t of timings) lockedBy[t.lockedBy] = (lockedBy[t.lockedBy] ?? 0) + 1;
	if (setup.dropRate > 0) {
		const drops = results.flatMap((r) => r.drops);
		const back = drops.filter((d) => d.backAt !== null);
		line(
			'  drops',
			`${drops.length} (${fixed(setup.dropRate * 100, 0)}% of the players each question) for 2–8 s; ${back.length} came back: ${back.filter((d) => d.recovered).length} recovered by Socket.IO, ${back.filter((d) => !d.recovered).length} resumed by token`
		);
	}
	line('  departures', `questions closed early by a departure: ${run.closedEarly}`);
	line(
		'  locked by',
		Object.entries(lockedBy)
			.map(([by, n]) => `${by}: ${n}`)
			.join(', ')
	);

	line('reveal', `${distribution(since(results, 'reveal', (q) => timings[q].reveal.sentAt))}  host sends → phone`);
	line('  own result', distribution(since(results, 'playerResult', (q) => timings[q].reveal.sentAt)));
	line('  host reveal ack', distribution(perQuestion((t) => t.reveal.ms)));
	line('leaderboard', `${distribution(since(results, 'leaderboard', (q) => timings[q].leaderboard.sentAt))}  host sends → phone`);
	const lockToBoard = perQuestion((t) => maxOf(arrivalsAt(results, 'leaderboard', t.question)) - t.lockedAt);
	line(
		'lock → leaderboard',
		`median ${fixed(median(lockToBoard), 0)} ms, at most ${fixed(maxOf(lockToBoard), 0)} ms per question (the host sees the lock, reveals, shows the board: until the last phone has it)`
	);
	line(
		'podium, end',
		`host acks ${fixed(run.game.podium.ms, 0)} ms, ${fixed(run.game.end.ms, 0)} ms (the end stores every player's standing)`
	);

	const byType = /** @type {Record<string, number>} */ ({});
	for (const r of results)
		for (const [bucket, counts] of Object.entries(r.messages))
			if (bucket !== 'lobby' && bucket !== 'finale') for (const [type, n] of Object.entries(counts)) byType[type] = (byType[type] ?? 0) + n;
	const each = (/** @type {number} */ n) => fixed(n / Math.max(1, asked), 2);
	line(
		'messages per player',
		`${each(sumOf(Object.values(byType)))} per question (${Object.entries(byType)
			.map(([type, n]) => `${type} ${each(n)}`)
			.join(', ')}); at most ${maxOf(results.map((r) => r.mostPerPlayerQuestion))} for one player in one question`
	);
	line(
		'  to the host',
		`${Object.entries(run.hostReceived)
			.map(([type, n]) => `${type} ${n}`)
			.join(', ')}; each command's reply (with the roster) ${fixed((timings[0]?.reveal.replyBytes ?? 0) / 1024, 0)} KiB`
	);

	const gameSeconds = timings.length ? (run.game.end.sentAt + run.game.end.ms - timings[0].open.sentAt) / 1000 : 0;
	const cpu = server.joinCpu + server.gameCpu;
	line(
		'server CPU',
		`${fixed(cpu)} s, ${fixed((cpu * 1000) / Math.max(1, players))} ms per player: joins ${fixed(server.joinCpu)} s (${fixed((server.joinCpu * 1000) / Math.max(1, players), 2)} ms each), ` +
			`game ${fixed(server.gameCpu)} s in ${fixed(gameSeconds)} s (${Math.round((server.gameCpu / Math.max(1, gameSeconds)) * 100)}% of one core; ${fixed((server.gameCpu * 1000) / Math.max(1, asked), 2)} ms per player per question)`
	);
	const { before, joined, played } = server.memory;
	const kibEach = (/** @type {number} */ mib) => fixed((mib * 1024) / Math.max(1, players), 0);
	line(
		'server memory',
		`RSS ${fixed(before.rss, 0)} MiB before the players, ${fixed(joined.rss, 0)} joined, ${fixed(played.rss, 0)} after the game, peak ${fixed(played.peak, 0)}; ` +
			`per player ${kibEach(joined.rss - before.rss)} KiB joined, ${kibEach(played.rss - before.rss)} KiB after the game`
	);
	line(
		'PostgreSQL CPU',
		server.databaseCpu === null
			? 'not measured (the database server is not on this machine)'
			: `${fixed(server.databaseCpu)} s over ${server.databaseBackends} backends, joins and game`
	);

	const phases = serverPhases(server.logPath);
	line('server phases', phases.length ? 'per kind of phase, summed over its questions (worst question for the maxima)' : 'none logged');
	for (const k of phases)
		console.log(
			`    ${k.phase.padEnd(12)} ${String(k.count).padStart(3)}× ${fixed(k.ms / 1000).padStart(6)} s · ${k.events} events in ${k.batches} commits (largest ${k.batchMax}), ` +
				`commit p50 ${fixed(k.commitP50)} / p99 ${fixed(k.commitP99)} / max ${fixed(k.commitMax)} ms · delivery ${fixed(k.deliverMs, 0)} ms (longest ${fixed(k.deliverMax)}) · ` +
				`event-loop delay p50 ${fixed(k.loopP50)} / p99 ${fixed(k.loopP99)} / max ${fixed(k.loopMax)} ms`
		);

	const errors = /** @type {Record<string, number>} */ ({});
	for (const r of results) for (const [kind, n] of Object.entries(r.errors)) errors[kind] = (errors[kind] ?? 0) + n;
	line('errors', Object.keys(errors).length === 0 ? 'none' : '');
	for (const [kind, n] of Object.entries(errors).sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(6)}  ${kind}`);
	line(
		'lost answers',
		`${check.lost} (${check.acknowledged} acknowledged; ${check.events} answer events in live_event, ${check.rows} answer rows; ${check.notLogged} not logged, ${check.notStored} not stored, ${check.different} stored differently)`
	);
	const v = verdict(run);
	const yes = (/** @type {boolean} */ ok) => (ok ? 'yes' : 'NO');
	line(
		'target',
		`${v.met ? 'met' : 'missed'}: all joined ${yes(v.allJoined)}, within ${JOIN_TARGET_S} s ${yes(v.joinedInTime)} (${fixed(run.joinSeconds)} s), ` +
			`ack p99 ${fixed(v.ackP99, 0)} ms (under ${ACK_TARGET_MS}), question p99 ${fixed(v.questionP99, 0)} ms (under ${QUESTION_TARGET_MS}), ` +
			`board ${fixed(v.boardMax, 0)} ms after the lock at worst (under ${BOARD_TARGET_MS}), lost ${check.lost} (none), closed early ${run.closedEarly} (none)`
	);
	line('server log', server.logPath);
}
