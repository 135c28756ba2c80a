/**
 * What an uploaded import file must be before anything reads its rows: chosen, not empty, not too
 * large, of a kind the import takes, and (for text) UTF-8. Each refusal names its reason.
 */
import { AppError } from '$lib/errors';
import { isUtf8 } from '$lib/import/csv';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '$lib/import/limits';

/** A file that cannot be read at all (as opposed to rows with errors): a message for the whole form. */
export class ImportFileError extends AppError<
	'import.unsupportedFile' | 'import.notUtf8' | 'import.unreadable' | 'import.noFile' | 'import.emptyFile' | 'import.tooLarge'
> {}

/** The form's file field as a file of one of the `accept` kinds (".xlsx", ".txt"). */
export function uploadedFile(entry: FormDataEntryValue | null, accept: readonly string[]): File {
	// A form sent without a file chosen still carries the field: an empty file with no name.
	if (!(entry instanceof File) || entry.name === '') throw new ImportFileError('import.noFile');
	if (entry.size === 0) throw new ImportFileError('import.emptyFile');
	if (entry.size > MAX_IMPORT_BYTES) throw new ImportFileError('import.tooLarge', { status: 413, params: { max: MAX_IMPORT_MB } });
	const name = entry.name.toLowerCase();
	if (!accept.some((kind) => name.endsWith(kind)))
		throw new ImportFileError('import.unsupportedFile', { params: { types: accept.join(', ') } });
	return entry;
}

/** A text file's text; one not in UTF-8 (Windows-1258, TCVN3) is refused, not garbled. */
export async function fileText(file: File): Promise<string> {
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (!isUtf8(bytes)) throw new ImportFileError('import.notUtf8');
	return new TextDecoder().decode(bytes);
}

/**
 * The import form's fields. A body over the server's limit (BODY_SIZE_LIMIT) fails while it is read:
 * that is said as a file too large, instead of an error page.
 */
export async function importForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch (error) {
		if (typeof error === 'object' && error !== null && 'status' in error && error.status === 413)
			throw new ImportFileError('import.tooLarge', { status: 413, params: { max: MAX_IMPORT_MB } });
		throw error;
	}
}
