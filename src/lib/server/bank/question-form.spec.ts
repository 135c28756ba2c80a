import { describe, expect, test } from 'vitest';
import { questionFromForm } from './question-form';

const situation = (rubric: string) => {
	const form = new FormData();
	form.set('type', 'situation');
	form.set('stem', 'Người dân nộp hồ sơ quá hạn, cán bộ một cửa xử lý thế nào?');
	form.set('difficulty', 'medium');
	form.set('rubric', rubric);
	return questionFromForm(form);
};

describe('the situation rubric from the editor: one criterion per line, "name: points", as the help says', () => {
	test('each line is a criterion with its points, a decimal comma allowed', () => {
		expect(situation('Đúng quy định: 6\nThái độ phục vụ: 3,5').input?.content).toEqual({
			type: 'situation',
			rubric: [
				{ criterion: 'Đúng quy định', maxPoints: 6 },
				{ criterion: 'Thái độ phục vụ', maxPoints: 3.5 }
			]
		});
	});

	test('several lines without points give the one message, once, that names the line format', () => {
		expect(situation('Đúng quy định\nThái độ phục vụ\nKịp thời: 2').errors).toEqual({ rubric: ['bank.rubricPoints'] });
	});
});
