/** Vietnamese texts for winners lists and certificates (giấy chứng nhận); keys start with `certificates.`. */
export const certificates = {
	'certificates.downloadWinners': 'Tải danh sách đạt giải (.pdf)',
	'certificates.downloadCertificates': 'Tải giấy chứng nhận (.pdf)',
	'certificates.winnersFile': 'Danh sách đạt giải - {round}.pdf',
	'certificates.certificatesFile': 'Giấy chứng nhận - {round}.pdf',

	'certificates.prize.first': 'Giải Nhất',
	'certificates.prize.second': 'Giải Nhì',
	'certificates.prize.third': 'Giải Ba',
	'certificates.prize.consolation': 'Giải Khuyến khích',
	'certificates.organizers': 'TM. Ban tổ chức',
	'certificates.organizersHead': 'Trưởng ban',

	// The winners list (danh sách đạt giải).
	'certificates.winnersTitle': 'Danh sách đạt giải',
	'certificates.round': '{round} (từ {opens} đến {closes})',
	'certificates.provisional': 'Kết quả tạm thời, tính đến {at}; đợt thi chưa kết thúc.',
	'certificates.provisionalStamp': 'KẾT QUẢ TẠM THỜI',
	'certificates.summary': 'Số người dự thi: {participants}. Số người trả lời đúng tất cả {questions} câu hỏi: {allCorrect}.',
	'certificates.individual': 'I. Giải cá nhân',
	'certificates.prizeHeading': '{n}. {prize} ({count} người)',
	'certificates.noWinners': 'Chưa có người đạt giải.',
	'certificates.collective': 'II. Giải tập thể',
	'certificates.byParticipants': '1. Đơn vị có nhiều người dự thi nhất',
	'certificates.byRate': '2. Đơn vị có tỷ lệ người dự thi cao nhất',
	'certificates.noUnits': 'Chưa có đơn vị nào.',
	'certificates.col.index': 'STT',
	'certificates.col.rank': 'Hạng',
	'certificates.col.name': 'Họ và tên',
	'certificates.col.unit': 'Đơn vị',
	'certificates.col.correct': 'Số câu đúng',
	'certificates.col.time': 'Thời gian',
	'certificates.col.participants': 'Số người dự thi',
	'certificates.col.headcount': 'Số CBCCVC, thành viên',
	'certificates.col.rate': 'Tỷ lệ',

	// The certificate (giấy chứng nhận), one page per winner.
	'certificates.title': 'Giấy chứng nhận',
	'certificates.certifies': 'Chứng nhận Ông (Bà)',
	'certificates.unit': 'Đơn vị: {unit}',
	'certificates.achieved': 'Đã đạt {prize} {round}',
	'certificates.none': 'Đợt thi chưa có người đạt giải.'
} as const;
