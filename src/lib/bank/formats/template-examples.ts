import type { QuestionDraft } from '../question';

/** One example of each type, filling the downloadable import template. */
export const TEMPLATE_EXAMPLES: QuestionDraft[] = [
	{
		stem: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 được ban hành kèm theo văn bản nào?',
		content: { type: 'single', options: ['Nghị quyết số 30c/NQ-CP', 'Nghị quyết số 76/NQ-CP', 'Chỉ thị số 23/CT-TTg'], correct: 1 },
		explanation: 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.',
		difficulty: 'easy',
		source: 'Nghị quyết số 76/NQ-CP',
		tags: ['nq76'],
		topic: 'Chủ trương, chính sách cải cách hành chính'
	},
	{
		stem: 'Những nội dung nào thuộc Chương trình tổng thể CCHC giai đoạn 2021 - 2030?',
		content: { type: 'multiple', options: ['Cải cách thể chế', 'Cải cách tư pháp', 'Cải cách tài chính công'], correct: [0, 2] },
		explanation: '',
		difficulty: 'medium',
		source: 'Nghị quyết số 76/NQ-CP',
		tags: [],
		topic: 'Chủ trương, chính sách cải cách hành chính'
	},
	{
		stem: 'Bộ phận Một cửa cấp xã do Chủ tịch UBND cấp xã quyết định thành lập.',
		content: { type: 'true_false', correct: true },
		explanation: '',
		difficulty: 'easy',
		source: 'Nghị định số 61/2018/NĐ-CP',
		tags: [],
		topic: 'Cơ chế một cửa, một cửa liên thông'
	},
	{
		stem: 'Chương trình tổng thể CCHC giai đoạn 2021 - 2030 có bao nhiêu nội dung cải cách?',
		content: { type: 'short', accepted: ['6', 'sáu'], ignoreCaseAndDiacritics: true },
		explanation: '',
		difficulty: 'easy',
		source: 'Nghị quyết số 76/NQ-CP',
		tags: [],
		topic: 'Chủ trương, chính sách cải cách hành chính'
	},
	{
		stem: 'Sắp xếp các bước giải quyết thủ tục hành chính theo cơ chế một cửa.',
		content: { type: 'ordering', items: ['Tiếp nhận hồ sơ', 'Chuyển hồ sơ đến cơ quan giải quyết', 'Giải quyết hồ sơ', 'Trả kết quả'] },
		explanation: '',
		difficulty: 'medium',
		source: 'Nghị định số 61/2018/NĐ-CP',
		tags: [],
		topic: 'Cơ chế một cửa, một cửa liên thông'
	},
	{
		stem: 'Một người dân phản ánh hồ sơ bị trễ hẹn. Là Chủ tịch UBND xã, đồng chí xử lý thế nào?',
		content: {
			type: 'situation',
			rubric: [
				{ criterion: 'Đúng quy định', maxPoints: 6 },
				{ criterion: 'Thuyết phục, cầu thị', maxPoints: 4 }
			]
		},
		explanation: '',
		difficulty: 'hard',
		source: 'Nghị định số 61/2018/NĐ-CP',
		tags: ['tình huống'],
		topic: 'Cơ chế một cửa, một cửa liên thông'
	}
];
