import { eq, inArray, sql } from 'drizzle-orm';
import { formatDateTimeSeconds, formatDuration, formatIsoDate } from '$lib/i18n/format';
import type { Prize } from '$lib/contests/ranking';
import type { Db } from '$lib/server/db';
import { attempt, user } from '$lib/server/db/schema';
import { workbookOfSheets } from '$lib/server/import/spreadsheet';
import { roundPrizeResults } from './round-results';

const PRIZE_NAMES: Record<Prize, string> = { first: 'Nhất', second: 'Nhì', third: 'Ba', consolation: 'Khuyến khích' };

/** How to reach each counted attempt's participant, and when the attempt started. */
async function contactsOf(db: Db, attemptIds: number[]) {
	const rows = await db
		.select({ attemptId: attempt.id, startedAt: attempt.startedAt, phone: user.phone, email: user.email, birthDate: user.birthDate })
		.from(attempt)
		.innerJoin(user, eq(user.id, attempt.userId))
		.where(attemptIds.length ? inArray(attempt.id, attemptIds) : sql`false`);
	return new Map(rows.map((r) => [r.attemptId, r]));
}

/**
 * The round's results for prize work (rank, prize, person with phone, e-mail and date of birth, unit,
 * score, duration, start and submission to the second, prediction) and its units, as .xlsx.
 */
export async function roundResultsWorkbook(db: Db, roundId: number): Promise<Buffer> {
	const { ranked, questionCount, prizes, units } = await roundPrizeResults(db, roundId);
	const contacts = await contactsOf(
		db,
		ranked.map((e) => e.attemptId)
	);
	return workbookOfSheets([
		{
			name: 'Kết quả',
			headings: [
				'Hạng',
				'Giải',
				'Họ và tên',
				'Số điện thoại',
				'Email',
				'Ngày sinh',
				'Đơn vị',
				'Số câu đúng',
				'Điểm',
				'Thời gian làm bài',
				'Bắt đầu',
				'Nộp bài',
				'Dự đoán'
			],
			rows: ranked.map((e) => {
				const c = contacts.get(e.attemptId);
				return [
					e.rank,
					prizes.has(e.participantId) ? PRIZE_NAMES[prizes.get(e.participantId)!] : '',
					e.fullName,
					c?.phone ?? '',
					c?.email ?? '',
					c?.birthDate ? formatIsoDate(c.birthDate) : '',
					e.unitName,
					`${e.correctCount}/${questionCount}`,
					e.score,
					formatDuration(e.durationMs),
					c ? formatDateTimeSeconds(c.startedAt) : '',
					formatDateTimeSeconds(e.submittedAt),
					e.prediction ?? ''
				];
			})
		},
		{
			name: 'Đơn vị',
			headings: ['Hạng', 'Đơn vị', 'Số người dự thi', 'Số CBCCVC/thành viên', 'Tỷ lệ tham gia (%)'],
			rows: units.byParticipants.map((u) => [u.rank, u.name, u.participants, u.headcount, Math.round(u.rate * 1000) / 10])
		}
	]);
}
