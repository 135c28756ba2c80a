import { formatDate } from '$lib/i18n/format';

/**
 * The place name of an official document's date line (Nghị định 30/2020/NĐ-CP): the province or
 * city the issuing body sits in, taken from the name of the unit tree's root ("Ủy ban nhân dân tỉnh
 * Bến Tre" → "Bến Tre"). A root named otherwise is used as it is.
 */
export function placeOfUnit(rootName: string): string {
	const name = rootName.normalize('NFC').trim();
	const match = /(?:^|\s)(?:tỉnh|thành phố|tp\.)\s+(.+)$/iu.exec(name);
	return match ? match[1].trim() : name;
}

/**
 * "Bến Tre, ngày 05 tháng 3 năm 2026", in Vietnam's time zone. The decree writes days below 10 and
 * the months 1 and 2 with a leading zero, so "ngày 1 tháng 2" cannot be read as "ngày 12".
 */
export function placeAndDate(place: string, date: Date): string {
	const [day, month, year] = formatDate(date).split('/');
	const shownMonth = Number(month) <= 2 ? month : String(Number(month));
	return `${place}, ngày ${day} tháng ${shownMonth} năm ${year}`;
}
