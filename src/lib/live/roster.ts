import { loginIdentifier } from '$lib/auth/phone';
import { t, type MessageKey, type Params } from '$lib/i18n';
import { HOST_ROSTER_SHOWN } from './views';

/**
 * The contestants or teams an organizer assigns to an official competition, typed one seat a line:
 * a person ("0912345678" or "an@xa.gov.vn", as they sign in), or a team ("Đội xã A: 0912…; an@…").
 * Parsing here checks the text; which accounts the people are is for the server to find.
 */

/** Every seat fits in the host console's list of players. */
export const MAX_SEATS = HOST_ROSTER_SHOWN;
export const MAX_TEAM_MEMBERS = 10;
/** A team's name fits a line of the big screen. */
export const MAX_TEAM_NAME = 60;
/** Room for every seat full: 200 teams of 10 members named by email. */
export const MAX_ROSTER_TEXT = 100_000;

export type Identifier = { email: string } | { phone: string };

export interface RosterMember {
	/** As typed, for messages. */
	text: string;
	id: Identifier;
}

export interface RosterLine {
	/** The line of the text (from 1, blank lines counted), for messages. */
	line: number;
	/** The team's name, or null for one person. */
	team: string | null;
	members: RosterMember[];
}

/** A problem with one line, in the words of the i18n layer. */
export interface RosterIssue {
	line: number;
	key: MessageKey;
	params?: Params;
}

/** The same account whichever way it is written ("+84 912 345 678" is "0912345678"). */
export const identifierKey = (id: Identifier): string => ('email' in id ? `email:${id.email}` : `phone:${id.phone}`);

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const clean = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ');
const sameName = (name: string) => name.toLowerCase();

function identifier(text: string): Identifier | null {
	const id = loginIdentifier(text);
	return id && ('phone' in id || EMAIL.test(id.email)) ? id : null;
}

export function parseRoster(text: string): { lines: RosterLine[]; issues: RosterIssue[] } {
	const lines: RosterLine[] = [];
	const issues: RosterIssue[] = [];
	const personAt = new Map<string, number>();
	const teamAt = new Map<string, number>();
	text.split(/\r\n|\r|\n/).forEach((raw, index) => {
		const line = index + 1;
		const content = clean(raw);
		if (!content) return;
		if (lines.length === MAX_SEATS) {
			if (!issues.some((i) => i.key === 'live.roster.tooMany'))
				issues.push({ line, key: 'live.roster.tooMany', params: { max: MAX_SEATS } });
			return;
		}
		const colon = content.indexOf(':');
		const team = colon >= 0 ? clean(content.slice(0, colon)) : null;
		const pieces = (colon >= 0 ? content.slice(colon + 1) : content).split(/[;,]/).map(clean).filter(Boolean);
		const problems = issues.length;
		if (team === null && pieces.length > 1) issues.push({ line, key: 'live.roster.teamNameMissing' });
		if (team !== null) {
			if (!team) issues.push({ line, key: 'live.roster.teamNameMissing' });
			else if (team.length > MAX_TEAM_NAME) issues.push({ line, key: 'live.roster.teamNameTooLong', params: { max: MAX_TEAM_NAME } });
			else if (teamAt.has(sameName(team)))
				issues.push({ line, key: 'live.roster.duplicateTeam', params: { name: team, first: teamAt.get(sameName(team))! } });
			else teamAt.set(sameName(team), line);
			if (pieces.length === 0) issues.push({ line, key: 'live.roster.teamEmpty', params: { name: team } });
			if (pieces.length > MAX_TEAM_MEMBERS) issues.push({ line, key: 'live.roster.teamTooBig', params: { max: MAX_TEAM_MEMBERS } });
		}
		const members: RosterMember[] = [];
		for (const piece of pieces) {
			const id = identifier(piece);
			if (!id) {
				issues.push({ line, key: 'live.roster.notIdentifier', params: { value: piece } });
				continue;
			}
			const first = personAt.get(identifierKey(id));
			if (first !== undefined) issues.push({ line, key: 'live.roster.duplicatePerson', params: { value: piece, first } });
			else personAt.set(identifierKey(id), line);
			members.push({ text: piece, id });
		}
		if (issues.length === problems) lines.push({ line, team, members });
	});
	return { lines, issues };
}

/** "Dòng 3: không tìm thấy tài khoản 0900…": what the organizer reads. */
export const rosterIssueText = (issue: RosterIssue): string =>
	t('live.roster.line', { n: issue.line, message: t(issue.key, issue.params) });

/**
 * The materialised path of the nearest unit every path lies in ("/1/4/17/" and "/1/4/20/" → "/1/4/"):
 * a team from one commune is that commune's, one gathered across a district is the district's.
 */
export function commonUnitPath(paths: readonly string[]): string {
	const split = paths.map((p) => p.split('/').filter(Boolean));
	const common: string[] = [];
	for (let i = 0; split.length > 0 && split.every((s) => i < s.length && s[i] === split[0][i]); i++) common.push(split[0][i]);
	return common.length ? `/${common.join('/')}/` : '/';
}

/** The unit id at the end of a materialised path, or null for the root "/". */
export const unitIdOfPath = (path: string): number | null => {
	const last = path.split('/').filter(Boolean).at(-1);
	return last === undefined ? null : Number(last);
};

export type SeatStatus = 'in' | 'away' | 'missing' | 'removed';

/**
 * Who of the roster is here, for the host's lobby: a seat is in while a device of it is connected,
 * away once they all dropped, missing until someone takes it; "chưa vào" lists the away and the missing.
 */
export function seatAttendance<S extends { playerId: string; name: string }>(
	seats: readonly S[],
	players: readonly { id: string; awaySince: number | null }[],
	removed: readonly { id: string }[]
) {
	const connected = new Map(players.map((p) => [p.id, p.awaySince === null]));
	const gone = new Set(removed.map((r) => r.id));
	const statusOf = (playerId: string): SeatStatus => {
		if (gone.has(playerId)) return 'removed';
		if (!connected.has(playerId)) return 'missing';
		return connected.get(playerId) ? 'in' : 'away';
	};
	const rows = seats.map((s) => ({ ...s, status: statusOf(s.playerId) }));
	return {
		rows,
		present: rows.filter((r) => r.status === 'in').length,
		total: rows.length,
		notIn: rows.filter((r) => r.status === 'away' || r.status === 'missing').map((r) => r.name)
	};
}
