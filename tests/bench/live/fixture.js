// What `npm run bench:live` puts straight into the bench database before measuring: the SQL equivalent
// of an organizer setting up a guest game (src/lib/server/live/setup.ts `gameConfigFrom`, then
// games.ts `createLiveGame`): one knowledge segment over the demo bank's approved questions, its round of
// kind live, a free PIN, the versions frozen as used; and a session for the organizer who hosts it.
import { randomInt } from 'node:crypto';
import { newToken, sessionIdOf } from '../support/sessions.js';

const DAY = 86_400_000;

/**
 * @typedef {{ gameId: number, roundId: number, pin: string, hostToken: string, versionIds: number[] }} LiveFixture
 */

/**
 * @param {import('postgres').Sql} sql
 * @param {{ questions: number, timeLimitSec: number, points: number }} options
 * @returns {Promise<LiveFixture>}
 */
export async function createLiveFixture(sql, { questions, timeLimitSec, points }) {
	const [organizer] = await sql`
		select u.id, u.unit_id from "user" u where u.role = 'organizer' and u.disabled_at is null order by u.created_at limit 1`;
	const [root] = await sql`select id from unit where parent_id is null order by id limit 1`;
	const [{ bank_id: bankId } = { bank_id: null }] = await sql`
		select bank_id from question where status = 'approved' group by bank_id order by count(*) desc limit 1`;
	if (!organizer || !root || !bankId) throw new Error('the demo seed is missing: the server must start with HOITHI_DEMO=1');

	// As gameConfigFrom: the bank's current approved versions in the bank's order; a knowledge segment takes no situations.
	const pool = await sql`
		select v.id as version_id, v.stem, v.image_id, v.display, v.answer
		from question q join question_version v on v.question_id = q.id and v.version = q.version
		where q.bank_id = ${bankId} and q.status = 'approved' and v.type <> 'situation'
		order by q.id limit ${questions}`;
	if (pool.length < questions) throw new Error(`the demo bank has ${pool.length} approved questions, fewer than --questions ${questions}`);
	const config = {
		segments: [
			{
				kind: 'knowledge',
				title: 'Khởi động',
				questions: pool.map((q) => ({
					versionId: q.version_id,
					stem: q.stem,
					imageId: q.image_id,
					display: q.display,
					key: q.answer,
					timeLimitSec,
					points
				})),
				pointsMode: 'speed',
				streakBonus: null
			}
		],
		judges: [],
		leaderboardSize: 10,
		graceSec: 10 // the form's default
	};
	const versionIds = pool.map((q) => Number(q.version_id));

	const pin = await freePin(sql);
	const now = Date.now();
	const hostToken = newToken();
	const ids = await sql.begin(async (tx) => {
		const [{ id: contestId }] = await tx`
			insert into contest (title, rules, organizer_unit_id, scope_unit_id, status, created_by)
			values ('Đo tải thi trực tiếp', 'Cuộc thi do npm run bench:live tạo ra.', ${organizer.unit_id}, ${root.id}, 'open', ${organizer.id})
			returning id`;
		const [{ id: roundId }] = await tx`
			insert into round (contest_id, name, kind, bank_id, opens_at, closes_at, time_limit_seconds, blueprint, prediction_enabled, show_answers, prizes)
			values (${contestId}, 'Đoàn viên tranh tài (đo tải)', 'live', ${bankId}, ${new Date(now)}, ${new Date(now + 365 * DAY)}, 1,
				${tx.json([])}, false, 'never', ${tx.json({ first: 1, second: 1, third: 1, consolation: 0 })})
			returning id`;
		const [{ id }] = await tx`
			insert into live_game (contest_id, round_id, title, pin, guests, config, created_by)
			values (${contestId}, ${roundId}, 'Đoàn viên tranh tài (đo tải)', ${pin}, true, ${tx.json(config)}, ${organizer.id})
			returning id`;
		await tx`update question_version set used_at = now() where id in ${tx(versionIds)} and used_at is null`;
		await tx`insert into session (id, user_id, expires_at) values (${sessionIdOf(hostToken)}, ${organizer.id}, ${new Date(now + DAY)})`;
		return { gameId: Number(id), roundId: Number(roundId) };
	});
	return { ...ids, pin, hostToken, versionIds };
}

/** A 6-digit PIN no unfinished game holds (the demo's own game waits in its lobby with one). */
async function freePin(/** @type {import('postgres').Sql} */ sql) {
	const taken = new Set((await sql`select pin from live_game where status <> 'ended'`).map((r) => r.pin));
	for (;;) {
		const pin = String(randomInt(0, 1_000_000)).padStart(6, '0');
		if (!taken.has(pin)) return pin;
	}
}
