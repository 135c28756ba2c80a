/**
 * A spreadsheet cell's value as the person sees it in Excel, for the import readers: dates as dd/mm/yyyy
 * (with the time when it has one), numbers without floating-point noise, percentages and fixed decimals
 * as their format shows them. Thousands separators are left out, since the readers take "1200" and the
 * way Excel groups digits depends on the computer's language.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell: Excel keeps no time zone, and the reader hands its value over as UTC. */
export function formatDate(date: Date): string {
	const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
	const hasTime = date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0;
	return hasTime ? `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` : day;
}

/** The number format's first section, without quoted text, escapes and [colour] codes. */
const formatCode = (numFmt: string) =>
	numFmt
		.split(';')[0]
		.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '')
		.trim();

const plain = (value: number) => String(Number(value.toPrecision(15)));

/** A number cell as its format shows it: "50%" for 0.5 under "0%", "3.50" under "0.00", else plain. */
export function formatScore(value: number, numFmt = ''): string {
	const code = formatCode(numFmt);
	const digits = /^[#,]*0(?:\.(0+))?(%?)$/.exec(code);
	if (!digits) return plain(value);
	const decimals = digits[1]?.length ?? 0;
	const shown = digits[2] ? value * 100 : value;
	return `${Number(shown.toPrecision(15)).toFixed(decimals)}${digits[2]}`;
}
