import { asc, eq, inArray, or } from 'drizzle-orm';
import { commonUnitPath, identifierKey, rosterIssueText, unitIdOfPath, type RosterIssue, type RosterLine } from '$lib/live/roster';
import { isWithin } from '$lib/units/tree';
import type { Db } from '$lib/server/db';
import { contest, liveSeatMember, livePlayer, unit, user } from '$lib/server/db/schema';

/** The organizer's roster lines made into seats of real accounts, and the seats of a game for its host. */

/** One seat as stored with its game: a person, or a team playing as one under its name. */
export interface SeatPlan {
	name: string;
	team: boolean;
	unitId: number;
	/** The accounts that may take the seat; a person's seat has exactly one. */
	memberIds: string[];
}

/**
 * Finds the accounts the lines name and checks them: each must exist, be active and belong to the
 * contest's scope, and one person takes one seat (a phone on one line and the same person's email on
 * another is caught here). A team's unit is the nearest unit all its members are in. Returns every
 * problem, each naming its line, or the seats.
 */
export async function resolveRoster(db: Db, lines: RosterLine[], contestId: number): Promise<{ seats: SeatPlan[] } | { errors: string[] }> {
	if (lines.length === 0) return { seats: [] };
	const [{ scopePath }] = await db
		.select({ scopePath: unit.path })
		.from(contest)
		.innerJoin(unit, eq(unit.id, contest.scopeUnitId))
		.where(eq(contest.id, contestId));
	const ids = lines.flatMap((l) => l.members.map((m) => m.id));
	const phones = ids.flatMap((id) => ('phone' in id ? [id.phone] : []));
	const emails = ids.flatMap((id) => ('email' in id ? [id.email] : []));
	const people = await db
		.select({
			id: user.id,
			fullName: user.fullName,
			phone: user.phone,
			email: user.email,
			disabledAt: user.disabledAt,
			unitPath: unit.path
		})
		.from(user)
		.innerJoin(unit, eq(unit.id, user.unitId))
		.where(or(phones.length ? inArray(user.phone, phones) : undefined, emails.length ? inArray(user.email, emails) : undefined));
	const byKey = new Map(
		people.flatMap((p) => [
			[identifierKey({ phone: p.phone }), p] as const,
			...(p.email ? [[identifierKey({ email: p.email }), p] as const] : [])
		])
	);

	const issues: RosterIssue[] = [];
	const seatOf = new Map<string, number>();
	const resolved = lines.map((l) => {
		const members = l.members.flatMap((m) => {
			const person = byKey.get(identifierKey(m.id));
			const value = m.text;
			// Someone outside the contest's units is "not found": the form never tells who owns a phone elsewhere.
			if (!person || !isWithin(person.unitPath, scopePath)) issues.push({ line: l.line, key: 'live.roster.notFound', params: { value } });
			else if (person.disabledAt) issues.push({ line: l.line, key: 'live.roster.disabled', params: { value, name: person.fullName } });
			else if (seatOf.has(person.id))
				issues.push({
					line: l.line,
					key: 'live.roster.samePerson',
					params: { value, name: person.fullName, first: seatOf.get(person.id)! }
				});
			else {
				seatOf.set(person.id, l.line);
				return [person];
			}
			return [];
		});
		return { line: l, members };
	});
	if (issues.length) return { errors: issues.map(rosterIssueText) };
	return {
		seats: resolved.map(({ line, members }) => ({
			name: line.team ?? members[0].fullName,
			team: line.team !== null,
			// Every member is within the scope, so their nearest common unit is a unit, never the root.
			unitId: unitIdOfPath(commonUnitPath(members.map((m) => m.unitPath)))!,
			memberIds: members.map((m) => m.id)
		}))
	};
}

export interface AssignedSeat {
	playerId: string;
	name: string;
	team: boolean;
	members: string[];
}

/** A game's assigned seats in the roster's order, with their members' names (for the host's lobby). */
export async function assignedSeats(db: Db, gameId: number): Promise<AssignedSeat[]> {
	const rows = await db
		.select({ playerId: livePlayer.id, name: livePlayer.name, userId: livePlayer.userId, member: user.fullName })
		.from(liveSeatMember)
		.innerJoin(livePlayer, eq(livePlayer.id, liveSeatMember.playerId))
		.innerJoin(user, eq(user.id, liveSeatMember.userId))
		.where(eq(liveSeatMember.gameId, gameId))
		.orderBy(asc(livePlayer.attemptId), asc(user.fullName));
	const seats = new Map<string, AssignedSeat>();
	for (const r of rows) {
		const seat = seats.get(r.playerId) ?? { playerId: r.playerId, name: r.name, team: r.userId === null, members: [] };
		seat.members.push(r.member);
		seats.set(r.playerId, seat);
	}
	return [...seats.values()];
}
