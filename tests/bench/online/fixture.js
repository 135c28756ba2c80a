// What `npm run bench:online` puts straight into the bench database before measuring: a round open
// now over the demo bank, participants spread over the demo's units, and a session for each of them
// and for the watching organizers (known tokens, so the login's rate limit is not what gets measured).
import { insertInBatches, newToken, sessionIdOf } from '../support/sessions.js';

const DAY = 86_400_000;

/**
 * @param {import('postgres').Sql} sql
 * @param {{ participants: number, watchers: number, questions: number, timeLimitSeconds: number }} options
 */
export async function createFixture(sql, { participants, watchers, questions, timeLimitSeconds }) {
	const [organizer] = await sql`
		select u.id, u.unit_id from "user" u where u.role = 'organizer' and u.disabled_at is null order by u.created_at limit 1`;
	const [{ bank_id: bankId }] = await sql`
		select bank_id from question where status = 'approved' group by bank_id order by count(*) desc limit 1`;
	const units = await sql`select id from unit order by path`;
	const [root] = await sql`select id from unit where parent_id is null order by id limit 1`;
	if (!organizer || !bankId || !root) throw new Error('the demo seed is missing: the server must start with HOITHI_DEMO=1');

	const [{ id: contestId }] = await sql`
		insert into contest (title, rules, organizer_unit_id, scope_unit_id, status, created_by)
		values ('Đo tải thi trực tuyến', 'Cuộc thi do npm run bench:online tạo ra.', ${organizer.unit_id}, ${root.id}, 'open', ${organizer.id})
		returning id`;
	const now = Date.now();
	const [{ id: roundId }] = await sql`
		insert into round (contest_id, name, bank_id, opens_at, closes_at, time_limit_seconds, blueprint, prizes)
		values (${contestId}, 'Đợt đo tải', ${bankId}, ${new Date(now - 60_000)}, ${new Date(now + DAY)}, ${timeLimitSeconds},
			${sql.json([{ topicId: null, difficulty: null, count: questions }])}, ${sql.json({ first: 1, second: 2, third: 3, consolation: 5 })})
		returning id`;

	const users = Array.from({ length: participants }, (_, i) => ({
		id: `bench${String(i).padStart(7, '0')}`,
		full_name: `Thí sinh đo tải ${i + 1}`,
		phone: `07${String(i).padStart(8, '0')}`,
		unit_id: units[i % units.length].id,
		role: 'participant',
		password_hash: '!' // no password ever matches: these users only have the sessions made here
	}));
	await insertInBatches(sql, 'user', users);

	const expiresAt = new Date(now + 30 * DAY);
	const participantTokens = users.map(() => newToken());
	const watcherTokens = Array.from({ length: watchers }, () => newToken());
	await insertInBatches(sql, 'session', [
		...users.map((u, i) => ({ id: sessionIdOf(participantTokens[i]), user_id: u.id, expires_at: expiresAt })),
		...watcherTokens.map((token) => ({ id: sessionIdOf(token), user_id: organizer.id, expires_at: expiresAt }))
	]);
	return { roundId: Number(roundId), participantTokens, watcherTokens, unitCount: units.length };
}
