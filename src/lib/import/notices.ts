import type { RowNotice } from './row-error';

export interface NoticeGroup extends Omit<RowNotice, 'row'> {
	rows: number[];
}

/** Notices said once each, with every row they concern, in the order first met. */
export function groupNotices(notices: readonly RowNotice[]): NoticeGroup[] {
	const groups = new Map<string, NoticeGroup>();
	for (const { row, ...notice } of notices) {
		const key = JSON.stringify([notice.message, notice.column, notice.params]);
		const group = groups.get(key) ?? { ...notice, rows: [] };
		if (!group.rows.includes(row)) group.rows.push(row);
		groups.set(key, group);
	}
	return [...groups.values()];
}
