import { describe, expect, test } from 'vitest';
import type { QuestionInfo } from './events';
import { phoneStatus, type PhoneStatus } from './player-screen';
import type { PlayerOutcome } from './state';
import type { PlayerView } from './views';

/** The phone-text table: every phase × the player's own outcome, each with the one thing the phone says. */

const ME = 'p1';
/** The server's clock as the phone reads it: 2 s into a buzzer's 5-s answer window. */
const NOW = 2000;
const question = (over: Partial<QuestionInfo> = {}): QuestionInfo => ({
	position: { segment: 0, question: 0 },
	segmentKind: 'knowledge',
	segmentTitle: 'Khởi động',
	number: 1,
	count: 5,
	question: { versionId: 1, type: 'single', stem: 'Câu hỏi?', imageId: null, display: { type: 'single', options: ['Một', 'Hai'] } },
	timeLimitSec: 20,
	points: 30,
	opensAt: 0,
	closesAt: 20_000,
	respondentId: null,
	stars: [],
	...over
});
const me = (over: Partial<NonNullable<PlayerView['me']>> = {}): NonNullable<PlayerView['me']> => ({
	id: ME,
	name: 'Sen Hồng',
	unit: null,
	team: null,
	score: 707.5,
	rank: 2,
	eliminated: false,
	starAvailable: false,
	starOwn: false,
	starStake: null,
	starStaked: false,
	adjustment: null,
	...over
});
const view = (over: Partial<PlayerView> = {}): PlayerView => ({
	phase: 'open',
	removed: false,
	remainingMs: null,
	me: me(),
	closedBy: null,
	question: question(),
	myAnswer: null,
	myBuzz: null,
	reveal: null,
	leaderboard: null,
	podium: null,
	...over
});
const outcome = (over: Partial<PlayerOutcome> = {}): PlayerOutcome => ({
	correct: true,
	answered: true,
	points: 30,
	starred: false,
	eliminated: false,
	streak: 1,
	bonus: 0,
	...over
});
const revealed = (mine: PlayerOutcome | null, over: Partial<PlayerView> = {}, judgeAverage: number | null = null): PlayerView =>
	view({
		phase: 'revealed',
		reveal: {
			key: { type: 'single', correct: 0 },
			distribution: null,
			winner: null,
			judgeTotals: null,
			judgeAverage,
			revived: false,
			mine
		},
		...over
	});
const answered = { answerId: 'a1', response: { choice: 0 } };
const TOTAL = 'Tổng điểm 707,5, hạng 2';

const cases: [string, PlayerView, Pick<PhoneStatus, 'kind' | 'title'> & { lines?: string[]; tone?: PhoneStatus['tone'] }][] = [
	['removed', view({ removed: true, me: null }), { kind: 'removed', title: 'Bạn đã được mời ra khỏi trận thi.', tone: 'wrong' }],
	[
		'lobby',
		view({ phase: 'lobby', question: null }),
		{ kind: 'lobby', title: 'Bạn đã vào phòng chờ. Chờ người dẫn chương trình bắt đầu.' }
	],
	// Open: the tiles speak for themselves.
	['open, not answered', view(), { kind: 'answering', title: '', lines: [] }],
	['open, answered', view({ myAnswer: answered }), { kind: 'answering', title: '', lines: [] }],
	['paused', view({ phase: 'paused', remainingMs: 5000 }), { kind: 'answering', title: '', lines: ['Tạm dừng'] }],
	[
		'open with my star staked',
		view({ me: me({ starStaked: true }), question: question({ segmentKind: 'final', stars: [ME] }) }),
		{ kind: 'answering', title: '', lines: ['Ngôi sao hy vọng: đúng được nhân đôi số điểm, sai hoặc không trả lời bị trừ 30 điểm.'] }
	],
	[
		'open, someone else’s turn',
		view({ question: question({ segmentKind: 'final', respondentId: 'p2' }) }),
		{ kind: 'othersTurn', title: 'Câu này dành cho thí sinh khác. Hãy theo dõi trên màn hình lớn.' }
	],
	[
		'open, eliminated',
		view({ me: me({ eliminated: true }) }),
		{ kind: 'eliminated', title: 'Bạn đã bị loại. Người dẫn chương trình có thể cứu bạn trở lại.', tone: 'wrong' }
	],
	[
		'buzzer, not buzzed',
		view({ question: question({ segmentKind: 'buzzer' }), myBuzz: { place: null, wrong: false, floorUntil: null, won: false } }),
		{ kind: 'answering', title: '' }
	],
	[
		'buzzer, my turn',
		view({ question: question({ segmentKind: 'buzzer' }), myBuzz: { place: 1, wrong: false, floorUntil: 5000, won: false } }),
		{ kind: 'buzzQueue', title: 'Đến lượt bạn trả lời! Còn 3 giây.' }
	],
	[
		'buzzer, second in the queue',
		view({ question: question({ segmentKind: 'buzzer' }), myBuzz: { place: 2, wrong: false, floorUntil: null, won: false } }),
		{ kind: 'buzzQueue', title: 'Bạn đứng thứ 2 trong lượt bấm chuông.' }
	],
	[
		'buzzer, ruled wrong',
		view({ question: question({ segmentKind: 'buzzer' }), myBuzz: { place: null, wrong: true, floorUntil: null, won: false } }),
		{ kind: 'buzzQueue', title: 'Bạn đã hết lượt giành quyền ở câu này.' }
	],
	[
		'situation, on stage',
		view({ question: question({ segmentKind: 'situation', respondentId: ME }) }),
		{ kind: 'othersTurn', title: 'Bạn đang xử lý tình huống này trên sân khấu.' }
	],
	// Closed: why it closed, and what that means for me; never "your turn" beside "time is up".
	[
		'closed by the clock, answered',
		view({ phase: 'locked', closedBy: 'time', myAnswer: answered }),
		{ kind: 'closed', title: 'Hết giờ', lines: ['Chờ công bố đáp án.'] }
	],
	[
		'closed by the clock, not answered',
		view({ phase: 'locked', closedBy: 'time' }),
		{ kind: 'closed', title: 'Hết giờ', lines: ['Bạn chưa trả lời câu này.'] }
	],
	[
		'locked early by the host',
		view({ phase: 'locked', closedBy: 'host', myAnswer: answered }),
		{ kind: 'closed', title: 'Đã khóa câu hỏi', lines: ['Chờ công bố đáp án.'] }
	],
	[
		'locked once everyone answered',
		view({ phase: 'locked', closedBy: 'everyone', myAnswer: answered }),
		{ kind: 'closed', title: 'Đã khóa câu hỏi', lines: ['Chờ công bố đáp án.'] }
	],
	[
		'buzzer decided, the winner waits for the reveal',
		view({
			phase: 'locked',
			closedBy: 'host',
			question: question({ segmentKind: 'buzzer' }),
			myBuzz: { place: null, wrong: false, floorUntil: null, won: true }
		}),
		{ kind: 'buzzQueue', title: 'Bạn đã trả lời đúng! Chờ MC công bố điểm.' }
	],
	[
		'buzzer closed after I was wrong',
		view({
			phase: 'locked',
			closedBy: 'time',
			question: question({ segmentKind: 'buzzer' }),
			myBuzz: { place: null, wrong: true, floorUntil: null, won: false }
		}),
		{ kind: 'buzzQueue', title: 'Bạn đã hết lượt giành quyền ở câu này.' }
	],
	[
		'buzzer closed without my buzz',
		view({
			phase: 'locked',
			closedBy: 'time',
			question: question({ segmentKind: 'buzzer' }),
			myBuzz: { place: null, wrong: false, floorUntil: null, won: false }
		}),
		{ kind: 'buzzQueue', title: 'Đã hết lượt bấm chuông ở câu này. Chờ công bố đáp án.' }
	],
	[
		'situation being judged',
		view({ phase: 'judging', closedBy: 'time', question: question({ segmentKind: 'situation', respondentId: ME }) }),
		{ kind: 'closed', title: 'Hết giờ', lines: ['Chờ giám khảo chấm điểm.'] }
	],
	// Revealed: my own outcome, points said plainly, Vietnamese numbers.
	['right', revealed(outcome()), { kind: 'result', title: 'Chính xác!', tone: 'right', lines: ['Được 30 điểm', TOTAL] }],
	[
		'right, with a streak bonus',
		revealed(outcome({ points: 80, streak: 3, bonus: 50 })),
		{ kind: 'result', title: 'Chính xác!', lines: ['Được 30 điểm', 'Chuỗi 3 câu đúng +50', TOTAL] }
	],
	['right, no points in this part', revealed(outcome({ points: 0 })), { kind: 'result', title: 'Chính xác!', lines: [TOTAL] }],
	[
		'wrong',
		revealed(outcome({ correct: false, points: 0, streak: 0 })),
		{ kind: 'result', title: 'Chưa chính xác', tone: 'wrong', lines: [TOTAL] }
	],
	[
		'no answer',
		revealed(outcome({ correct: false, answered: false, points: 0, streak: 0 })),
		{ kind: 'result', title: 'Chưa trả lời', tone: 'wrong', lines: [TOTAL] }
	],
	[
		'star, right',
		revealed(outcome({ points: 60, starred: true })),
		{ kind: 'result', title: 'Chính xác!', lines: ['Ngôi sao hy vọng: được nhân đôi, 60 điểm', TOTAL] }
	],
	[
		'star, wrong',
		revealed(outcome({ correct: false, points: -30, starred: true, streak: 0 })),
		{ kind: 'result', title: 'Chưa chính xác', lines: ['Ngôi sao hy vọng: bị trừ 30 điểm', TOTAL] }
	],
	[
		'star, no answer',
		revealed(outcome({ correct: false, answered: false, points: -30, starred: true, streak: 0 })),
		{ kind: 'result', title: 'Chưa trả lời', lines: ['Ngôi sao hy vọng: bị trừ 30 điểm', TOTAL] }
	],
	[
		'buzzer, won',
		revealed(outcome({ points: 10 }), { question: question({ segmentKind: 'buzzer' }) }),
		{ kind: 'result', title: 'Chính xác!', lines: ['Được 10 điểm', TOTAL] }
	],
	[
		'buzzer, wrong aloud',
		revealed(outcome({ correct: false, points: -10 }), { question: question({ segmentKind: 'buzzer' }) }),
		{ kind: 'result', title: 'Chưa chính xác', lines: ['Bị trừ 10 điểm', TOTAL] }
	],
	[
		'buzzer, did not buzz',
		revealed(outcome({ correct: null, answered: false, points: 0 }), { question: question({ segmentKind: 'buzzer' }) }),
		{ kind: 'result', title: 'Câu này không tính điểm cho bạn', tone: 'info', lines: [TOTAL] }
	],
	[
		'rung chuông vàng, out on this question',
		revealed(outcome({ correct: false, points: 0, eliminated: true }), {
			question: question({ segmentKind: 'elimination' }),
			me: me({ eliminated: true })
		}),
		{ kind: 'result', title: 'Chưa chính xác', lines: ['Bạn bị loại ở câu này.', TOTAL] }
	],
	[
		'rung chuông vàng, already out',
		revealed(outcome({ correct: null, answered: false, points: 0, eliminated: true }), { me: me({ eliminated: true }) }),
		{ kind: 'result', title: 'Bạn đã bị loại. Người dẫn chương trình có thể cứu bạn trở lại.', lines: [TOTAL] }
	],
	[
		'situation, my score from the judges',
		revealed(outcome({ correct: null, points: 7.5 }), { question: question({ segmentKind: 'situation', respondentId: ME }) }, 7.5),
		{ kind: 'result', title: 'Điểm của bạn: 7,5', tone: 'right', lines: ['Điểm trung bình của giám khảo: 7,5', TOTAL] }
	],
	[
		'situation, someone else on stage',
		revealed(
			outcome({ correct: null, answered: false, points: 0 }),
			{ question: question({ segmentKind: 'situation', respondentId: 'p2' }) },
			7.5
		),
		{ kind: 'result', title: 'Câu này không tính điểm cho bạn', lines: ['Điểm trung bình của giám khảo: 7,5', TOTAL] }
	],
	['joined after the question', revealed(null), { kind: 'result', title: 'Câu này không tính điểm cho bạn', lines: [TOTAL] }],
	// Boards.
	['leaderboard', view({ phase: 'leaderboard', leaderboard: [] }), { kind: 'standing', title: TOTAL, lines: [] }],
	['podium', view({ phase: 'podium', question: null, podium: [] }), { kind: 'standing', title: TOTAL, lines: [] }],
	[
		'ended',
		view({ phase: 'ended', question: null }),
		{ kind: 'standing', title: TOTAL, lines: ['Trận thi đã kết thúc. Cảm ơn bạn đã tham gia!'] }
	]
];

describe('phoneStatus: what a phone says', () => {
	test.each(cases)('%s', (_, v, expected) => {
		const status = phoneStatus(v, NOW);
		expect({ kind: status.kind, title: status.title }).toEqual({ kind: expected.kind, title: expected.title });
		if (expected.lines) expect(status.lines).toEqual(expected.lines);
		if (expected.tone) expect(status.tone).toBe(expected.tone);
	});

	test('a score adjustment is said with its reason, in any phase', () => {
		const adjustment = { delta: 5, reason: 'Câu 2 có phương án gây hiểu nhầm' };
		expect(phoneStatus(view({ phase: 'leaderboard', leaderboard: [], me: me({ adjustment }) }), NOW).lines).toEqual([
			'Ban tổ chức điều chỉnh +5 điểm: Câu 2 có phương án gây hiểu nhầm'
		]);
		expect(phoneStatus(view({ me: me({ adjustment: { delta: -2.5, reason: 'Nhắc bài' } }) }), NOW).lines).toEqual([
			'Ban tổ chức điều chỉnh -2,5 điểm: Nhắc bài'
		]);
	});

	test('no line contradicts the title: "không tính điểm" never comes with points, "Được" never with a loss', () => {
		for (const [, v] of cases) {
			const { title, lines } = phoneStatus(v, NOW);
			const all = [title, ...lines].join(' | ');
			if (all.includes('không tính điểm')) expect(all).not.toMatch(/Được \d|Điểm của bạn/);
			expect(all).not.toMatch(/Được -|\d\.\d/);
		}
	});
});
