import { inArray } from 'drizzle-orm';
import { formatDateTime, formatDuration, formatIsoDate } from '$lib/i18n/format';
import type { Prize } from '$lib/contests/ranking';
import type { Db } from '$lib/server/db';
import { user } from '$lib/server/db/schema';
import { workbookOfSheets } from '$lib/server/import/spreadsheet';
import { roundPrizeResults } from './round-results';

const PRIZE_NAMES: Record<Prize, string> = { first: 'Nhất', second: 'Nhì', third: 'Ba', consolation: 'Khuyến khích' };

/** How prize work reaches a winner: phone, e-mail, date of birth; read for the export only, never for boards. */
async function contacts(db: Db, ids: string[]) {
	if (ids.length === 0) return new Map<string, { phone: string; email: string | null; birthDate: string | null }>();
	const rows = await db
		.select({ id: user.id, phone: user.phone, email: user.email, birthDate: user.birthDate })
		.from(user)
		.where(inArray(user.id, ids));
	return new Map(rows.map(({ id, ...c }) => [id, c]));
}

/**
 * The round's results (rank, prize, person with contacts, unit, score, time, start and submission,
 * prediction) and its units, as .xlsx with frozen headings and filters.
 */
export async function roundResultsWorkbook(db: Db, roundId: number): Promise<Buffer> {
	const { ranked, questionCount, prizes, units } = await roundPrizeResults(db, roundId);
	const contactOf = await contacts(
		db,
		ranked.map((e) => e.participantId)
	);
	return workbookOfSheets([
		{
			name: 'Kết quả',
			list: true,
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
				'Thời gian',
				'Bắt đầu',
				'Nộp bài',
				'Dự đoán'
			],
			rows: ranked.map((e) => {
				const contact = contactOf.get(e.participantId);
				return [
					e.rank,
					prizes.has(e.participantId) ? PRIZE_NAMES[prizes.get(e.participantId)!] : '',
					e.fullName,
					contact?.phone ?? '',
					contact?.email ?? '',
					contact?.birthDate ? formatIsoDate(contact.birthDate) : '',
					e.unitName,
					`${e.correctCount}/${questionCount}`,
					e.score,
					formatDuration(e.durationMs),
					formatDateTime(e.startedAt),
					formatDateTime(e.submittedAt),
					e.prediction ?? ''
				];
			})
		},
		{
			name: 'Đơn vị',
			list: true,
			headings: ['Hạng', 'Đơn vị', 'Số người dự thi', 'Số CBCCVC/thành viên', 'Tỷ lệ tham gia (%)'],
			rows: units.byParticipants.map((u) => [u.rank, u.name, u.participants, u.headcount, Math.round(u.rate * 1000) / 10])
		}
	]);
}
