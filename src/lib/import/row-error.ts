import type { MessageKey } from '$lib/i18n';

/** One problem in an imported file, named by its spreadsheet row (header = 1) and column heading. */
export interface RowError {
	row: number;
	column?: string;
	message: MessageKey;
	params?: Record<string, string | number>;
}

/** What an import leaves out of a row that otherwise imports (GIFT feedback, partial credit): said per row, never blocking. */
export type RowNotice = RowError;
