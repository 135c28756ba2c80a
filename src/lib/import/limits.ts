/** The largest file an import reads; the page says so before sending a larger one. */
export const MAX_IMPORT_MB = 20;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

/** The longest annex a person may paste, in characters. */
export const MAX_PASTE_CHARS = 2_000_000;
