import { describe, expect, test } from 'vitest';
import { annexLimitErrors } from './annex-limits';
import { parseAnnexRows } from './annex-table';

const HEADING = ['STT', 'Nội dung', 'Sản phẩm', 'Thời gian thực hiện', 'Cơ quan chủ trì'];
const task = (n: number | string, content = 'Tuyên truyền', product = '') => [String(n), content, product, 'Quý I/2025', 'Sở Nội vụ'];

describe('annexLimitErrors', () => {
	test('names a text over the commit’s limit by row and column', () => {
		const parsed = parseAnnexRows([HEADING, task(1, 'x'.repeat(10_001)), task(2, 'Hội thi', 'Bài (2000000 bài)')], 2025);
		expect(annexLimitErrors(parsed)).toEqual([
			{ row: 2, column: 'Nội dung', message: 'plans.annex.tooLong', params: { max: 10_000 } },
			{ row: 3, column: 'Sản phẩm', message: 'plans.annex.quantityTooLarge', params: { max: 1_000_000 } }
		]);
	});

	test('names more tasks than a plan holds on the first one too many', () => {
		const parsed = parseAnnexRows(
			[HEADING, ...Array.from({ length: 1_001 }, (_, i) => task(`${Math.floor(i / 100) + 1}.${(i % 100) + 1}`))],
			2025
		);
		expect(annexLimitErrors(parsed)).toEqual([{ row: 1_002, message: 'plans.annex.tooManyTasks', params: { count: 1_001, max: 1_000 } }]);
	});
});
