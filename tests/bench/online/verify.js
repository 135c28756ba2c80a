// After the run: every answer a client was told is saved must be in the database, holding the last
// acknowledged value, and every acknowledged submission must be a submitted attempt.

/**
 * A shown response in stored terms (`order[shown] = stored`). Mirrors `toStored` in
 * src/lib/contests/permutation.ts, which this plain-JavaScript script cannot import.
 * @param {Record<string, any>} response
 * @param {number[] | null} order
 */
function toStored(response, order) {
	if (!order) return response;
	const map = (/** @type {number} */ i) => order[i] ?? -1;
	if ('choice' in response) return { choice: map(response.choice) };
	if ('choices' in response) return { choices: response.choices.map(map) };
	if ('order' in response) return { order: response.order.map(map) };
	return response;
}

/**
 * @param {import('postgres').Sql} sql
 * @param {number} roundId
 * @param {{ attemptId: number, position: number, response: Record<string, unknown> }[]} acks in acknowledgement order per attempt
 * @param {number} submissionsAcknowledged
 */
export async function countLost(sql, roundId, acks, submissionsAcknowledged) {
	/** @type {Map<string, Record<string, unknown>>} */
	const lastAcked = new Map();
	for (const ack of acks) lastAcked.set(`${ack.attemptId}:${ack.position}`, ack.response);

	const rows = await sql`
		select aq.attempt_id, aq.position, aq.option_order, an.response
		from attempt_question aq
		join attempt a on a.id = aq.attempt_id
		join answer an on an.attempt_id = aq.attempt_id and an.version_id = aq.version_id
		where a.round_id = ${roundId}`;
	const stored = new Map(rows.map((r) => [`${r.attempt_id}:${r.position}`, r]));
	let missing = 0;
	let different = 0;
	for (const [key, response] of lastAcked) {
		const row = stored.get(key);
		if (!row) missing++;
		else if (JSON.stringify(row.response) !== JSON.stringify(toStored(response, row.option_order))) different++;
	}
	const [{ submitted }] =
		await sql`select count(*)::int as submitted from attempt where round_id = ${roundId} and submitted_at is not null`;
	return {
		answersAcknowledged: lastAcked.size,
		answersInDatabase: rows.length,
		missing,
		different,
		submissionsMissing: Math.max(0, submissionsAcknowledged - submitted),
		submittedInDatabase: submitted
	};
}
