import type { QuestionContent, QuestionType } from './question';

/** The question editor's fields as strings, whether filled from a saved question or a rejected form. */
export interface EditorValues {
	type: QuestionType;
	stem: string;
	options: string[];
	/** Indices (as strings) of the options marked right. */
	correct: string[];
	truth: 'true' | 'false';
	accepted: string;
	ignoreCase: boolean;
	tolerance: string;
	items: string;
	rubric: string;
	explanation: string;
	difficulty: string;
	source: string;
	tags: string;
	topicId: string;
}

export const EMPTY_EDITOR: EditorValues = {
	type: 'single',
	stem: '',
	options: ['', '', '', ''],
	correct: [],
	truth: 'true',
	accepted: '',
	ignoreCase: true,
	tolerance: '',
	items: '',
	rubric: '',
	explanation: '',
	difficulty: 'medium',
	source: '',
	tags: '',
	topicId: ''
};

interface Saved {
	stem: string;
	content: QuestionContent;
	explanation: string;
	difficulty: string;
	source: string;
	tags: string[];
	topicId: number | null;
}

export function editorValuesOf(saved: Saved): EditorValues {
	const values: EditorValues = {
		...EMPTY_EDITOR,
		type: saved.content.type,
		stem: saved.stem,
		explanation: saved.explanation,
		difficulty: saved.difficulty,
		source: saved.source,
		tags: saved.tags.join(', '),
		topicId: saved.topicId ? String(saved.topicId) : ''
	};
	const c = saved.content;
	switch (c.type) {
		case 'single':
			return { ...values, options: c.options, correct: [String(c.correct)] };
		case 'multiple':
			return { ...values, options: c.options, correct: c.correct.map(String) };
		case 'true_false':
			return { ...values, truth: c.correct ? 'true' : 'false' };
		case 'short':
			return {
				...values,
				accepted: c.accepted.join('\n'),
				ignoreCase: c.ignoreCaseAndDiacritics,
				tolerance: c.tolerance === undefined ? '' : String(c.tolerance)
			};
		case 'ordering':
			return { ...values, items: c.items.join('\n') };
		case 'situation':
			return { ...values, rubric: c.rubric.map((r) => `${r.criterion}: ${r.maxPoints}`).join('\n') };
	}
}
