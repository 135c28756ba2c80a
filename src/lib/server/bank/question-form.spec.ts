import { describe, expect, test } from 'vitest';
import { questionFromForm } from './question-form';

const formOf = (fields: Record<string, string>) => {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) form.set(k, v);
	return form;
};

describe('the situation rubric in the editor', () => {
	test('is one criterion per line, read as the help says', () => {
		const read = questionFromForm(formOf({ type: 'situation', stem: 'Xử lý thế nào?', rubric: 'Đúng quy định: 6\nThuyết phục: 4' }));
		expect(read.input?.content).toEqual({
			type: 'situation',
			rubric: [
				{ criterion: 'Đúng quy định', maxPoints: 6 },
				{ criterion: 'Thuyết phục', maxPoints: 4 }
			]
		});
	});

	test('a wrong rubric is named once, in the words of the help', () => {
		const read = questionFromForm(formOf({ type: 'situation', stem: 'Xử lý thế nào?', rubric: 'Đúng quy định\nThuyết phục\nKịp thời' }));
		expect(read.errors?.rubric).toEqual(['bank.badRubricLine']);
	});
});
