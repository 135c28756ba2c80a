/** Vietnamese texts for yearly PAR communication plans, progress and reports; keys start with `plans.`. */
export const plans = {
	// Timelines ("thời gian triển khai / hoàn thành") as plans write them.
	'plans.timeline.month': 'Tháng {month}/{year}',
	'plans.timeline.monthRange': 'Tháng {fromMonth}/{fromYear} đến tháng {toMonth}/{toYear}',
	'plans.timeline.quarter': 'Quý {quarter}/{year}',
	'plans.timeline.quarterSpan': 'Quý {from} - {to}/{year}',
	'plans.timeline.quarterRange': 'Quý {from}/{fromYear} đến quý {to}/{toYear}',
	'plans.timeline.year': 'Năm {year}',
	'plans.timeline.every.continuous': 'Thường xuyên trong năm {year}',
	'plans.timeline.every.weekly': 'Định kỳ hàng tuần năm {year}',
	'plans.timeline.every.monthly': 'Định kỳ hàng tháng năm {year}',
	'plans.timeline.every.quarterly': 'Định kỳ hàng quý năm {year}',
	'plans.timeline.date': 'Ngày {date}',
	'plans.timeline.before': 'Trước ngày {date}',
	'plans.timeline.dateRange': 'Từ ngày {from} đến ngày {to}',
	'plans.timeline.empty': 'Chưa ghi thời gian thực hiện.',
	'plans.timeline.unknown':
		'Không hiểu thời gian "{value}". Hãy ghi như "Tháng 01/2021", "Quý II/2021", "Năm 2021", "Thường xuyên trong năm", "Định kỳ hàng tháng" hoặc "Trước ngày 15/3".',
	'plans.timeline.backwards': 'Thời gian "{value}" kết thúc trước khi bắt đầu.',
	'plans.timeline.mismatch': 'Thời gian triển khai và hoàn thành "{value}" không ghép được thành một khoảng.',

	// Report periods.
	'plans.period.Q1': 'Quý I/{year}',
	'plans.period.Q2': 'Quý II/{year}',
	'plans.period.Q3': 'Quý III/{year}',
	'plans.period.Q4': 'Quý IV/{year}',
	'plans.period.H1': '6 tháng đầu năm {year}',
	'plans.period.9M': '9 tháng đầu năm {year}',
	'plans.period.Y': 'Năm {year}',

	// Task statuses.
	'plans.status.not_started': 'Chưa triển khai',
	'plans.status.in_progress': 'Đang thực hiện',
	'plans.status.done': 'Hoàn thành',
	'plans.status.overdue': 'Quá hạn',

	// Annex import.
	'plans.annex.noHeader':
		'Không tìm thấy dòng tiêu đề của bảng nhiệm vụ (cần các cột STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện).',
	'plans.annex.badNumber': 'Số thứ tự "{value}" không hợp lệ: cần số như 1, 2, 3 (hoặc I, II cho nhóm nhiệm vụ).',
	'plans.annex.noNumber': 'Dòng không có số thứ tự và không nối tiếp nhiệm vụ nào ở trên.',
	'plans.annex.unknownAgency': 'Không tìm thấy đơn vị "{value}" trong hệ thống. Hãy chọn đơn vị tương ứng hoặc thêm đơn vị trước khi nhập.',
	'plans.annex.unconfirmedAgency': 'Cần xác nhận đơn vị cho "{value}".',

	// Forms.
	'plans.form.unitInvalid': 'Vui lòng chọn đơn vị ban hành.',
	'plans.form.yearInvalid': 'Năm kế hoạch phải từ 2000 đến 2100.',
	'plans.form.dateInvalid': 'Ngày không hợp lệ; hãy ghi theo dạng dd/mm/yyyy.',
	'plans.form.titleRequired': 'Vui lòng nhập trích yếu (tên) kế hoạch.',
	'plans.form.quantityInvalid': 'Số lượng phải là số nguyên không âm.',
	'plans.form.tooLong': 'Nội dung quá dài.',

	// Services.
	'plans.notFound': 'Không tìm thấy kế hoạch.',
	'plans.taskNotFound': 'Không tìm thấy nhiệm vụ.',
	'plans.unitNotFound': 'Không tìm thấy đơn vị.',
	'plans.hasProgress': 'Kế hoạch đã có nhiệm vụ được báo cáo tiến độ; không thể nhập lại phụ lục.',
	'plans.notQuarter': 'Tiến độ được ghi theo quý (Quý I–IV) của năm kế hoạch.',
	'plans.badEvidenceLink': 'Đường dẫn minh chứng "{value}" không hợp lệ (cần bắt đầu bằng http:// hoặc https://).',
	'plans.derivedExists': 'Đơn vị này đã có kế hoạch lấy từ kế hoạch này.',
	'plans.progressNotFound': 'Không tìm thấy báo cáo tiến độ.',
	'plans.evidence.tooLarge': 'Tệp minh chứng quá lớn (tối đa 10 MB).',
	'plans.evidence.type': 'Chỉ nhận tệp minh chứng PDF, ảnh (PNG, JPEG, GIF, WebP) hoặc Word, Excel, PowerPoint (.docx, .xlsx, .pptx).'
} as const;
