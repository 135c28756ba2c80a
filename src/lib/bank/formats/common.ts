import type { z } from 'zod';
import { isMessageKey, type MessageKey } from '$lib/i18n';
import type { RowError, RowNotice } from '$lib/import/row-error';
import type { QuestionDraft } from '../question';

/**
 * Pieces shared by the question file formats (./table, ./aiken, ./gift). Pure and browser-safe.
 */

/** What every question importer returns: drafts only when there is no error at all. */
export interface ImportedDrafts {
	drafts: (QuestionDraft & { row: number })[];
	errors: RowError[];
	/** What the file holds that the bank does not keep; the questions import without it. */
	notices: RowNotice[];
}

/** The most questions one import takes: the preview refuses more, since the commit posts them all back. */
export const MAX_IMPORT_QUESTIONS = 20_000;

export type Issue = z.core.$ZodIssue;

/** Option letters: the schema allows at most six options. */
export const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/**
 * The message for a zod issue. The schema's own messages are i18n keys; zod's defaults are not and
 * only show up for limits the schema names no key for (over-long explanation, source, topic or tag).
 */
export function issueMessage(issue: Issue): MessageKey {
	if (isMessageKey(issue.message)) return issue.message;
	if (issue.code === 'too_small') return 'bank.emptyText';
	return 'bank.stemTooLong';
}

/** A decimal number as people type it: "2", "-1.5", "0,25" (Vietnamese comma). Null when it is not one. */
export function parseNumber(text: string): number | null {
	const value = text.trim();
	if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?$/i.test(value)) return null;
	const number = Number(value.replace(',', '.'));
	return Number.isFinite(number) ? number : null;
}

/** Lines of a text file, without a byte-order mark, whatever its line endings. */
export function splitLines(text: string): string[] {
	return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Index of the first entry equal (ignoring case, as the schema does) to an earlier one, or -1. */
export function duplicateIndex(list: readonly string[]): number {
	const seen = new Set<string>();
	for (let i = 0; i < list.length; i++) {
		const key = list[i].trim().toLocaleLowerCase('vi');
		if (seen.has(key)) return i;
		seen.add(key);
	}
	return -1;
}

/** Errors in file order, each reported once. */
export function tidyErrors(errors: RowError[]): RowError[] {
	const seen = new Set<string>();
	return errors
		.filter((error) => {
			const key = JSON.stringify([error.row, error.column, error.message, error.params]);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((a, b) => a.row - b.row);
}
