import { asc, eq, inArray } from 'drizzle-orm';
import { t, type MessageKey } from '$lib/i18n';
import { formatDateTime, formatDuration } from '$lib/i18n/format';
import { reduce } from '$lib/live/engine';
import { rankPlayers } from '$lib/live/ranking';
import { createGame, playerList, type AuditEntry } from '$lib/live/state';
import type { Db } from '$lib/server/db';
import { answer, attempt, livePlayer, unit, user } from '$lib/server/db/schema';
import { workbookOfSheets } from '$lib/server/import/spreadsheet';
import { loadEvents } from './event-log';
import type { LiveGame } from './games';
import { liveRoundStandings } from './results';

/**
 * A live game's results as .xlsx: every player's outcome on every question (from the results model:
 * the answers of the game's round), the standings, and the audit log of the host's corrections.
 */

interface Replayed {
	/** `${playerId}:${versionId}` → time from the question opening to the answer, pauses left out. */
	answerMs: Map<string, number>;
	audit: AuditEntry[];
	/** The ranking as the game stands, for a game not finished yet (no final standings stored). */
	provisional: ReturnType<typeof rankPlayers>;
}

/** The answer times and the audit log live in the event log: replayed, as a restarted server does. */
async function replayGame(db: Db, game: LiveGame): Promise<Replayed> {
	let state = createGame(game.config);
	const answerMs = new Map<string, number>();
	for (const event of await loadEvents(db, game.id)) {
		const transition = reduce(state, event);
		state = transition.state;
		for (const e of transition.effects) if (e.type === 'persistAnswer') answerMs.set(`${e.playerId}:${e.versionId}`, e.ms);
	}
	return { answerMs, audit: state.audit, provisional: rankPlayers(playerList(state)) };
}

const AUDIT_KIND: Record<AuditEntry['kind'], MessageKey> = {
	adjust: 'live.audit.adjust',
	remove: 'live.audit.remove',
	rescue: 'live.audit.rescue'
};
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const headings = (keys: MessageKey[]) => keys.map((k) => t(k));
const ANSWER_HEADINGS: MessageKey[] = [
	'live.export.segment',
	'live.export.question',
	'live.export.stem',
	'live.export.player',
	'live.export.unit',
	'live.export.correct',
	'live.export.points',
	'live.export.answerSeconds'
];
const STANDING_HEADINGS: MessageKey[] = [
	'live.export.rank',
	'live.export.player',
	'live.export.unit',
	'live.export.score',
	'live.export.correctCount',
	'live.export.duration'
];
const AUDIT_HEADINGS: MessageKey[] = [
	'live.export.time',
	'live.export.action',
	'live.export.player',
	'live.export.delta',
	'live.export.reason',
	'live.export.by'
];

export async function liveResultsWorkbook(db: Db, game: LiveGame): Promise<Buffer> {
	const { answerMs, audit, provisional } = await replayGame(db, game);
	const positions = new Map<number, { segment: number; question: number; segmentTitle: string; stem: string }>();
	game.config.segments.forEach((s, segment) =>
		s.questions.forEach((q, question) => positions.set(q.versionId, { segment, question, segmentTitle: s.title, stem: q.stem }))
	);
	const rows = await db
		.select({
			playerId: livePlayer.id,
			name: livePlayer.name,
			unitName: unit.name,
			versionId: answer.versionId,
			correct: answer.correct,
			score: answer.score
		})
		.from(answer)
		.innerJoin(attempt, eq(attempt.id, answer.attemptId))
		.innerJoin(livePlayer, eq(livePlayer.attemptId, attempt.id))
		.leftJoin(unit, eq(unit.id, livePlayer.unitId))
		.where(eq(attempt.roundId, game.roundId))
		.orderBy(asc(attempt.id));
	const byQuestion = rows
		.filter((r) => positions.has(r.versionId))
		.map((r) => ({ ...r, at: positions.get(r.versionId)! }))
		.sort((a, b) => a.at.segment - b.at.segment || a.at.question - b.at.question);

	const { ranked } = await liveRoundStandings(db, game.roundId);
	const standings = ranked.length
		? ranked.map((s) => [s.rank, s.fullName, s.unitName, s.score, s.correctCount, formatDuration(s.durationMs)])
		: provisional.map((r) => [r.rank, r.name, r.unit ?? '', r.score, r.correctCount, '']);

	const byIds = [...new Set(audit.map((a) => a.by))];
	const names = new Map(
		byIds.length
			? (await db.select({ id: user.id, name: user.fullName }).from(user).where(inArray(user.id, byIds))).map((u) => [u.id, u.name])
			: []
	);

	return workbookOfSheets([
		{
			name: t('live.export.answersSheet'),
			headings: headings(ANSWER_HEADINGS),
			rows: byQuestion.map((r) => {
				const ms = answerMs.get(`${r.playerId}:${r.versionId}`);
				return [
					`${r.at.segment + 1}. ${r.at.segmentTitle}`,
					r.at.question + 1,
					r.at.stem,
					r.name,
					r.unitName ?? '',
					r.correct === null ? '' : r.correct ? t('live.export.right') : t('live.export.wrong'),
					r.score ?? '',
					ms === undefined ? '' : seconds(ms)
				];
			})
		},
		{
			name: t('live.export.standingsSheet'),
			headings: headings(STANDING_HEADINGS),
			rows: standings
		},
		{
			name: t('live.export.auditSheet'),
			headings: headings(AUDIT_HEADINGS),
			rows: audit.map((a) => [
				formatDateTime(new Date(a.at)),
				t(AUDIT_KIND[a.kind]),
				a.playerName,
				a.delta,
				a.reason,
				names.get(a.by) ?? a.by
			])
		}
	]);
}
