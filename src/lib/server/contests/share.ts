/**
 * What a contest's public short link shows before anyone signs in (title, rules, rounds' windows: what
 * a poster would print anyway), and its QR code. A draft contest is not public.
 */
import { and, asc, eq, ne } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Db } from '$lib/server/db';
import { contest, round, unit } from '$lib/server/db/schema';

export async function publicContest(db: Db, contestId: number) {
	const [found] = await db
		.select({
			id: contest.id,
			title: contest.title,
			rules: contest.rules,
			status: contest.status,
			scopeName: unit.name,
			scopePath: unit.path
		})
		.from(contest)
		.innerJoin(unit, eq(unit.id, contest.scopeUnitId))
		.where(and(eq(contest.id, contestId), ne(contest.status, 'draft')));
	if (!found) return null;
	const rounds = await db
		.select({
			roundId: round.id,
			name: round.name,
			opensAt: round.opensAt,
			closesAt: round.closesAt,
			timeLimitSeconds: round.timeLimitSeconds,
			attemptsAllowed: round.attemptsAllowed
		})
		.from(round)
		.where(and(eq(round.contestId, contestId), eq(round.kind, 'online')))
		.orderBy(asc(round.opensAt));
	return { ...found, rounds };
}

/** The contest a round belongs to, if that contest is public. */
export async function publicRoundContest(db: Db, roundId: number): Promise<number | null> {
	const [found] = await db
		.select({ contestId: round.contestId })
		.from(round)
		.innerJoin(contest, eq(contest.id, round.contestId))
		.where(and(eq(round.id, roundId), eq(round.kind, 'online'), ne(contest.status, 'draft')));
	return found?.contestId ?? null;
}

/** A QR code as a PNG large enough for a printed poster (about 6 cm at 300 dpi). */
export function qrPng(url: string): Promise<Buffer> {
	return QRCode.toBuffer(url, { type: 'png', width: 720, margin: 2, errorCorrectionLevel: 'M' });
}

/** The PNG response, named for saving. */
export async function qrResponse(url: string, filename: string): Promise<Response> {
	return new Response(new Uint8Array(await qrPng(url)), {
		headers: {
			'content-type': 'image/png',
			'content-disposition': `inline; filename="${filename}"`,
			'cache-control': 'public, max-age=3600'
		}
	});
}
