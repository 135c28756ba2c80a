/**
 * RFC 4180 CSV into rows of cells. Accepts a UTF-8 byte-order mark, CRLF or LF, quoted cells with
 * commas, quotes and line breaks, and a semicolon delimiter (Excel's choice in Vietnamese locales)
 * when the header line has more semicolons than commas. Trailing blank lines are dropped.
 */
export function parseCsv(text: string): string[][] {
	const source = text.replace(/^\uFEFF/, '');
	const firstLine = source.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
	const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (char === '"') quoted = false;
			else cell += char;
		} else if (char === '"' && cell === '') quoted = true;
		else if (char === delimiter) {
			row.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && source[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += char;
	}
	if (cell !== '' || row.length > 0) {
		row.push(cell);
		rows.push(row);
	}
	// Blank rows inside stay, so that row numbers in error messages match what the person sees.
	while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();
	return rows;
}

export const isBlankRow = (cells: string[]): boolean => cells.every((c) => c.trim() === '');

function count(text: string, char: string): number {
	return text.split(char).length - 1;
}

/** Whether bytes are valid UTF-8: a file saved as Windows-1258 / TCVN3 is refused, not garbled. */
export function isUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}
