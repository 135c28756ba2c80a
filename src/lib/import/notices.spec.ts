import { describe, expect, test } from 'vitest';
import { groupNotices } from './notices';

describe('groupNotices', () => {
	test('says each notice once with all its rows, in the order first met', () => {
		expect(
			groupNotices([
				{ row: 3, message: 'import.gift.nameLeftOut' },
				{ row: 3, message: 'import.gift.feedbackLeftOut' },
				{ row: 7, message: 'import.gift.nameLeftOut' },
				{ row: 9, message: 'import.gift.partialLeftOut', params: { value: 'Huế' } }
			])
		).toEqual([
			{ message: 'import.gift.nameLeftOut', rows: [3, 7] },
			{ message: 'import.gift.feedbackLeftOut', rows: [3] },
			{ message: 'import.gift.partialLeftOut', params: { value: 'Huế' }, rows: [9] }
		]);
	});
});
