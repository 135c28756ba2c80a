import type { ImportedDrafts } from '$lib/bank/formats/common';
import { parseAiken } from '$lib/bank/formats/aiken';
import { parseGift } from '$lib/bank/formats/gift-read';
import { QUESTION_SHEET, rowsToDrafts } from '$lib/bank/formats/table';
import { readTable } from '$lib/server/import/spreadsheet';
import { fileText, uploadedFile } from '$lib/server/import/upload';

export type TextFormat = 'aiken' | 'gift';

/** Aiken's "ANSWER: X" lines decide first (its stems may hold braces); else GIFT's braces or $CATEGORY. */
export function guessTextFormat(text: string): TextFormat {
	if (/^\s*ANSWER\s*:\s*[A-Za-z]\s*$/m.test(text)) return 'aiken';
	return /\{[^}]*\}|^\s*\$CATEGORY:/m.test(text) ? 'gift' : 'aiken';
}

/** Reads an uploaded question file: .xlsx or .csv in the template, or .txt (.gift) in Aiken or GIFT. */
export async function readQuestionFile(entry: FormDataEntryValue | null, format: 'auto' | TextFormat = 'auto'): Promise<ImportedDrafts> {
	const file = uploadedFile(entry, ['.xlsx', '.csv', '.txt', '.gift']);
	if (/\.(xlsx|csv)$/i.test(file.name)) return rowsToDrafts(await readTable(file, QUESTION_SHEET));
	const text = await fileText(file);
	return (format === 'auto' ? guessTextFormat(text) : format) === 'gift' ? parseGift(text) : parseAiken(text);
}
