import { describe, expect, test } from 'vitest';
import { responseText } from './response-text';

describe('responseText', () => {
	const choices = ['Một cửa', 'Liên thông', 'Trực tuyến'];

	test('names chosen options by letter and text, in the bank’s order', () => {
		expect(responseText({ choice: 1 }, choices)).toBe('B. Liên thông');
		expect(responseText({ choices: [2, 0] }, choices)).toBe('A. Một cửa; C. Trực tuyến');
	});

	test('true/false, typed text and an ordering read as given', () => {
		expect(responseText({ value: false }, [])).toBe('Sai');
		expect(responseText({ text: 'Nghị định 61' }, [])).toBe('Nghị định 61');
		expect(responseText({ order: [2, 0, 1] }, choices)).toBe('Trực tuyến → Một cửa → Liên thông');
	});

	test('nothing saved is empty', () => {
		expect(responseText(null, choices)).toBe('');
	});
});
