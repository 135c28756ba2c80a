/** The board's and report's filters from the URL (?period=Q2&unit=12&year=2026), checked like any input. */
import { z } from 'zod';
import { PERIOD_KINDS, type PeriodKind } from '$lib/plans/periods';

const filters = z.object({
	period: z.enum(PERIOD_KINDS).optional().catch(undefined),
	unit: z.coerce
		.number()
		.int()
		.positive()
		.max(2 ** 31 - 1)
		.optional()
		.catch(undefined),
	year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined)
});

export interface BoardFilters {
	period?: PeriodKind;
	unit?: number;
	year?: number;
}

/** Unreadable values are dropped rather than refused: a filter falls back to showing everything. */
export function boardFilters(url: URL): BoardFilters {
	const value = (name: string) => url.searchParams.get(name) || undefined;
	return filters.parse({ period: value('period'), unit: value('unit'), year: value('year') });
}
