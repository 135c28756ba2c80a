import { bulkUpdate, createQuestion } from '$lib/server/bank/questions';
import type { Db } from '$lib/server/db';
import { createLiveGame } from './games';
import { gameConfigFrom } from './setup';

/**
 * The demo's stage competition, waiting in the lobby: five knowledge questions on the phones with
 * Kahoot-style speed points, then a situation handled on stage and scored by the demo judge.
 */

const SITUATIONS = [
	{
		stem: 'Một người dân nộp hồ sơ đăng ký kinh doanh hộ cá thể tại Bộ phận Một cửa của xã nhưng thiếu bản sao giấy chứng nhận quyền sử dụng đất nơi đặt địa điểm kinh doanh. Người dân đã đi lại hai lần và tỏ ra bức xúc. Là Chủ tịch UBND xã, đồng chí chỉ đạo xử lý tình huống này như thế nào?',
		rubric: [
			{ criterion: 'Đúng quy định về thủ tục hành chính và cơ chế một cửa', maxPoints: 4 },
			{ criterion: 'Thái độ phục vụ, giải thích rõ ràng cho người dân', maxPoints: 3 },
			{ criterion: 'Giải pháp để không tái diễn (hướng dẫn một lần, đầy đủ)', maxPoints: 3 }
		]
	},
	{
		stem: 'Tỷ lệ hồ sơ trực tuyến toàn trình của xã thấp hơn chỉ tiêu tỉnh giao, nhiều người dân lớn tuổi chưa biết sử dụng dịch vụ công trực tuyến. Đồng chí đề xuất giải pháp gì để nâng tỷ lệ này trong 6 tháng tới?',
		rubric: [
			{ criterion: 'Nắm đúng chỉ tiêu và quy định về dịch vụ công trực tuyến', maxPoints: 3 },
			{ criterion: 'Giải pháp cụ thể, khả thi (tổ công nghệ số cộng đồng, đoàn viên hỗ trợ)', maxPoints: 4 },
			{ criterion: 'Phân công, theo dõi và đánh giá kết quả', maxPoints: 3 }
		]
	}
];

export async function seedDemoLiveGame(
	db: Db,
	ids: { contestId: number; bankId: number; organizerId: string; judgeId: string }
): Promise<void> {
	const questions: number[] = [];
	for (const s of SITUATIONS) {
		const input = {
			stem: s.stem,
			content: { type: 'situation' as const, rubric: s.rubric },
			explanation: '',
			difficulty: 'medium' as const,
			source: '',
			tags: [],
			topicId: null,
			imageId: null
		};
		questions.push(await createQuestion(db, ids.bankId, input, ids.organizerId));
	}
	await bulkUpdate(db, ids.bankId, questions, { kind: 'approve' }, ids.organizerId);
	const config = await gameConfigFrom(
		db,
		ids.bankId,
		[
			{
				kind: 'knowledge',
				title: 'Khởi động: kiến thức cải cách hành chính',
				count: 5,
				timeLimitSec: 20,
				points: 100,
				pointsMode: 'speed'
			},
			{ kind: 'situation', title: 'Xử lý tình huống', count: 1, timeLimitSec: 120, points: 10, pointsMode: 'fixed' }
		],
		[ids.judgeId]
	);
	await createLiveGame(db, {
		contestId: ids.contestId,
		bankId: ids.bankId,
		title: 'Hội thi Chủ tịch UBND cấp xã với công tác cải cách hành chính',
		guests: false,
		config,
		createdBy: ids.organizerId
	});
}
