import { render } from 'svelte/server';
import { expect, test } from 'vitest';
import type { RowError } from '$lib/import/row-error';
import RowErrors from './RowErrors.svelte';

const rows: RowError[] = [
	{ row: 3, column: 'Tên đơn vị', message: 'import.required' },
	{ row: 1, message: 'import.missingColumn' }
];

test('each problem of an import is named in Vietnamese beside its row and column', () => {
	const html = render(RowErrors, { props: { rows, title: 'Tệp có 2 lỗi.' } }).body;
	expect(html).toContain('<td>3</td><td>Tên đơn vị</td><td>Ô này không được để trống.</td>');
	expect(html).toContain('<td>1</td><td></td><td>Thiếu cột bắt buộc.</td>');
});

test('the title is announced as an alert, and names both the section and the table', () => {
	const html = render(RowErrors, { props: { rows, title: 'Tệp có 2 lỗi.' } }).body;
	const id = /<h2 id="([^"]+)">Tệp có 2 lỗi\.<\/h2>/.exec(html)?.[1];
	expect(id).toBeDefined();
	expect(html).toContain(`<section aria-labelledby="${id}"><div class="alert error" role="alert"><h2`);
	expect(html).toContain('<caption class="visually-hidden">Tệp có 2 lỗi.</caption>');
});
