// After the game: every answer a player was told is saved must be in the database, as the accepted
// event in the game's log (`live_event`) and as the answer row of the player's attempt in the results
// model (`answer`, for the question's version), holding the response that was sent.

/**
 * @param {import('postgres').Sql} sql
 * @param {number} gameId
 * @param {number[]} versionIds the question versions, by position in the segment
 * @param {import('./players.js').AnswerAck[]} acks
 */
export async function countLostAnswers(sql, gameId, versionIds, acks) {
	const events = await sql`
		select event->'by'->>'id' as player_id, event->>'answerId' as answer_id, (event->'position'->>'question')::int as question
		from live_event where game_id = ${gameId} and event->>'type' = 'answer'`;
	const answers = await sql`
		select p.id as player_id, a.version_id, a.response
		from answer a join live_player p on p.attempt_id = a.attempt_id
		where p.game_id = ${gameId}`;
	const eventOf = new Map(events.map((e) => [`${e.player_id}:${e.answer_id}`, e]));
	const rowOf = new Map(answers.map((a) => [`${a.player_id}:${a.version_id}`, a]));
	let notLogged = 0;
	let notStored = 0;
	let different = 0;
	let lost = 0;
	const acknowledged = new Set();
	for (const ack of acks) {
		const key = `${ack.playerId}:${ack.answerId}`;
		if (acknowledged.has(key)) continue; // a retry acknowledged again: the same answer
		acknowledged.add(key);
		const logged = eventOf.get(key)?.question === ack.question;
		const row = rowOf.get(`${ack.playerId}:${versionIds[ack.question]}`);
		const same = !!row && JSON.stringify(row.response) === JSON.stringify(ack.response);
		if (!logged) notLogged++;
		if (!row) notStored++;
		else if (!same) different++;
		if (!logged || !same) lost++;
	}
	return { acknowledged: acknowledged.size, events: events.length, rows: answers.length, notLogged, notStored, different, lost };
}
