import { formatDuration } from '$lib/i18n/format';
import type { Prize } from '$lib/contests/ranking';
import type { Db } from '$lib/server/db';
import { workbookOfSheets } from '$lib/server/import/spreadsheet';
import { roundPrizeResults } from './round-results';

const PRIZE_NAMES: Record<Prize, string> = { first: 'Nhất', second: 'Nhì', third: 'Ba', consolation: 'Khuyến khích' };

/** The round's results (rank, prize, person, unit, score, time, prediction) and its units, as .xlsx. */
export async function roundResultsWorkbook(db: Db, roundId: number): Promise<Buffer> {
	const { ranked, questionCount, prizes, units } = await roundPrizeResults(db, roundId);
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
			rows: units.byParticipants.map((u) => [u.rank, u.name, u.participants, u.headcount, Math.round(u.rate * 1000) / 10])
		}
	]);
}
