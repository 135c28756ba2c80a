import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonField } from './forms';

describe('jsonField', () => {
	const rows = jsonField(z.array(z.object({ stem: z.string() })));

	it('reads the JSON a page wrote and checks it with the schema', () => {
		expect(rows.parse(JSON.stringify([{ stem: 'Một cửa liên thông' }]))).toEqual([{ stem: 'Một cửa liên thông' }]);
	});

	it('calls unreadable JSON stale', () => {
		const result = rows.safeParse('[{"stem": ');
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].message).toBe('import.stale');
	});

	it('calls a NUL character in any text stale instead of letting the database refuse it', () => {
		const result = rows.safeParse(JSON.stringify([{ stem: 'Câu\u0000hỏi' }]));
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].message).toBe('import.stale');
	});

	it('keeps a backslash followed by u0000 as the text it is', () => {
		expect(rows.parse(JSON.stringify([{ stem: 'C:\\u0000' }]))).toEqual([{ stem: 'C:\\u0000' }]);
	});
});
