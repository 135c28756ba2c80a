import type { SubmitFunction } from '@sveltejs/kit';
import { MAX_IMPORT_BYTES } from '$lib/import/limits';

/** What an import page shows while a form is out: the server at work, or a file refused before sending. */
export interface ImportStatus {
	busy: boolean;
	tooLarge: boolean;
}

/**
 * The enhance handler of an import page's forms: a chosen file over the import limit is refused on the
 * page, before it is sent; otherwise `status.busy` holds until the server answers.
 */
export function importSubmit(status: ImportStatus): SubmitFunction {
	return ({ formData, cancel }) => {
		status.tooLarge = [...formData.values()].some((value) => value instanceof File && value.size > MAX_IMPORT_BYTES);
		if (status.tooLarge) return cancel();
		status.busy = true;
		return async ({ update }) => {
			await update();
			status.busy = false;
		};
	};
}
