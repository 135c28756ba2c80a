import { eq, sql } from 'drizzle-orm';
import { formatDuration } from '$lib/i18n/format';
import { awardPrizes, rankUnits, type Prize } from '$lib/contests/ranking';
import type { Db } from '$lib/server/db';
import { round, unit, user, attempt } from '$lib/server/db/schema';
import { workbookOfSheets } from '$lib/server/import/spreadsheet';
import { roundRanking } from './contests';

const PRIZE_NAMES: Record<Prize, string> = { first: 'Nhất', second: 'Nhì', third: 'Ba', consolation: 'Khuyến khích' };

/** The round's results (rank, prize, person, unit, score, time, prediction) and its units, as .xlsx. */
export async function roundResultsWorkbook(db: Db, roundId: number): Promise<Buffer> {
	const [r] = await db.select().from(round).where(eq(round.id, roundId));
	const { ranked, questionCount } = await roundRanking(db, roundId);
	const prizes = awardPrizes(ranked, r.prizes);
	const units = await db
		.select({
			unitId: unit.id,
			name: unit.name,
			headcount: unit.headcount,
			participants: sql<number>`count(distinct ${attempt.userId})::int`
		})
		.from(attempt)
		.innerJoin(user, eq(user.id, attempt.userId))
		.innerJoin(unit, eq(unit.id, user.unitId))
		.where(eq(attempt.roundId, roundId))
		.groupBy(unit.id, unit.name, unit.headcount);
	const nameOf = new Map(units.map((u) => [u.unitId, u.name]));
	const { byParticipants } = rankUnits(units.map((u) => ({ unitId: u.unitId, participants: u.participants, headcount: u.headcount })));
	return workbookOfSheets([
		{
			name: 'Kết quả',
			headings: ['Hạng', 'Giải', 'Họ và tên', 'Đơn vị', 'Số câu đúng', 'Điểm', 'Thời gian', 'Dự đoán'],
			rows: ranked.map((e) => [
				e.rank,
				prizes.has(e.participantId) ? PRIZE_NAMES[prizes.get(e.participantId)!] : '',
				e.fullName,
				e.unitName,
				`${e.correctCount}/${questionCount}`,
				e.score,
				formatDuration(e.durationMs),
				e.prediction ?? ''
			])
		},
		{
			name: 'Đơn vị',
			headings: ['Hạng', 'Đơn vị', 'Số người dự thi', 'Số CBCCVC/thành viên', 'Tỷ lệ tham gia (%)'],
			rows: byParticipants.map((u) => [u.rank, nameOf.get(u.unitId) ?? '', u.participants, u.headcount, Math.round(u.rate * 1000) / 10])
		}
	]);
}
