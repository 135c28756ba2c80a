import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import Field from './Field.svelte';
import type { FieldProps } from './FieldShell.svelte';
import SelectField from './SelectField.svelte';
import TextareaField from './TextareaField.svelte';

/** The attributes of the first `<tag …>` in server-rendered HTML. */
function attributesOf(html: string, tag: string): Record<string, string> {
	const element = new RegExp(`<${tag}\\b([^>]*)>`).exec(html);
	if (!element) throw new Error(`no <${tag}> in ${html}`);
	return Object.fromEntries([...element[1].matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? '']));
}

const options = createRawSnippet(() => ({ render: () => '<option value="commune">Xã</option>' }));
const family: Record<string, (props: FieldProps) => string> = {
	input: (props) => render(Field, { props: { ...props } }).body,
	select: (props) => render(SelectField, { props: { ...props, children: options } }).body,
	textarea: (props) => render(TextareaField, { props: { ...props } }).body
};

describe.each(Object.entries(family))('a field around a <%s>', (tag, show) => {
	test('its label names the control, which its hint and its errors describe', () => {
		const html = show({ name: 'kind', label: 'Loại', hint: 'Chọn một', errors: ['form.fixErrors'] });
		expect(attributesOf(html, 'label').for).toBe('field-kind');
		expect(attributesOf(html, tag)).toMatchObject({
			id: 'field-kind',
			name: 'kind',
			'aria-invalid': 'true',
			'aria-describedby': 'field-kind-hint field-kind-error'
		});
		expect(html).toContain('<p class="hint" id="field-kind-hint">Chọn một</p>');
		expect(html).toContain('<p class="field-error" id="field-kind-error">Vui lòng sửa các lỗi được đánh dấu bên dưới.</p>');
	});

	test('without errors the control is not marked invalid, and only its hint describes it', () => {
		const control = attributesOf(show({ name: 'kind', label: 'Loại', hint: 'Chọn một' }), tag);
		expect(control['aria-invalid']).toBeUndefined();
		expect(control['aria-describedby']).toBe('field-kind-hint');
		expect(attributesOf(show({ name: 'kind', label: 'Loại' }), tag)['aria-describedby']).toBeUndefined();
	});

	test('a required field requires its control, and marks its label for the eye only', () => {
		const html = show({ name: 'kind', label: 'Loại', required: true });
		expect(attributesOf(html, tag)).toHaveProperty('required');
		expect(attributesOf(html, 'span')['aria-hidden']).toBe('true');
	});

	test('a given id replaces the one its name makes (two fields of one page sharing a name)', () => {
		const html = show({ name: 'unitId', id: 'derive-unit', label: 'Đơn vị', errors: ['form.fixErrors'] });
		expect(attributesOf(html, 'label').for).toBe('derive-unit');
		expect(attributesOf(html, tag)).toMatchObject({ id: 'derive-unit', 'aria-describedby': 'derive-unit-error' });
	});

	test("its errors read in Vietnamese with the failure's parameters", () => {
		const html = show({ name: 'files', label: 'Tệp', errors: ['plans.evidence.tooMany'], params: { max: 10 } });
		expect(html).toContain('Tối đa 10 tệp minh chứng mỗi lần.');
	});
});
