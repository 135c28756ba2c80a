const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order ("Ân Thi" after "An Giang", "Đà Nẵng" after "Cà Mau"). */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

/** Lower case without diacritics, "đ" included: "Cải Cách Đoàn" → "cai cach doan". */
export function foldDiacritics(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase();
}

/** Whether every word of `query` occurs in `text`, ignoring case and diacritics. */
export function matchesFolded(text: string, query: string): boolean {
	const haystack = foldDiacritics(text);
	return foldDiacritics(query)
		.split(/\s+/)
		.filter(Boolean)
		.every((word) => haystack.includes(word));
}
