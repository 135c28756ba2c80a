import { describe, expect, it } from 'vitest';
import { changedFields } from './changes';

describe('changedFields', () => {
	it('keeps only the fields whose value changed, null for a missing one', () => {
		expect(
			changedFields(
				{ fullName: 'Lê Văn A', role: 'participant', unitId: 3, email: null },
				{ fullName: 'Lê Văn A', role: 'organizer', unitId: 3, email: 'a@x.vn' }
			)
		).toEqual({ before: { role: 'participant', email: null }, after: { role: 'organizer', email: 'a@x.vn' } });
		expect(changedFields({ tags: ['a'] }, { tags: ['a'] })).toEqual({ before: {}, after: {} });
	});
});
