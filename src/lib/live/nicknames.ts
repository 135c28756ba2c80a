import { foldDiacritics } from '$lib/i18n/text';

/**
 * Nicknames for guests of a youth-union game: a generator for those who want one, and a filter that
 * keeps rude names off the big screen.
 */

const ANIMALS = [
	'Cá Heo',
	'Chim Sẻ',
	'Sơn Ca',
	'Hải Âu',
	'Ong Mật',
	'Thỏ Ngọc',
	'Nai Vàng',
	'Sóc Nâu',
	'Bồ Câu',
	'Chim Én',
	'Cò Trắng',
	'Mèo Mun',
	'Gấu Trúc',
	'Voi Con',
	'Rùa Vàng',
	'Công Xanh'
];
const QUALITIES = [
	'Nhanh Nhẹn',
	'Thông Thái',
	'Chăm Chỉ',
	'Tự Tin',
	'Sáng Tạo',
	'Kiên Trì',
	'Vui Vẻ',
	'Tinh Anh',
	'Dũng Cảm',
	'Năng Động',
	'Chính Trực',
	'Tận Tụy'
];

/** A nickname from two random numbers in [0, 1) (the caller owns the randomness, so this stays pure). */
export function generateNickname(a: number, b: number): string {
	const pick = <T>(list: readonly T[], r: number) => list[Math.min(list.length - 1, Math.floor(r * list.length))];
	return `${pick(ANIMALS, a)} ${pick(QUALITIES, b)}`;
}

export const NICKNAME_MAX = 30;

/**
 * Rude words, matched as whole words. Written with their diacritics where dropping them would catch
 * innocent words ("lồn" but not "lon", a can; "đéo" but not "đeo", to wear); chat abbreviations and
 * English, which have no innocent twin, are matched in any spelling.
 */
const RUDE_EXACT = new Set([
	'lồn',
	'cặc',
	'buồi',
	'đụ',
	'địt',
	'đéo',
	'đĩ',
	'đũy',
	'cứt',
	'đái',
	'ỉa',
	'chó chết',
	'mẹ mày',
	'bố mày',
	'con đĩ',
	'thằng chó'
]);
const RUDE_FOLDED = new Set([
	'dm',
	'dmm',
	'dcm',
	'dkm',
	'dmcs',
	'vcl',
	'vkl',
	'vl',
	'cmm',
	'clgt',
	'cl',
	'loz',
	'fuck',
	'fck',
	'shit',
	'bitch',
	'dick',
	'cunt',
	'asshole'
]);

function phrases(words: string[], size: number): string[] {
	return words.slice(0, words.length - size + 1).map((_, i) => words.slice(i, i + size).join(' '));
}

/** Whether a name contains a rude word (separators such as "d.m" or "v_c_l" do not hide one). */
export function isRude(name: string): boolean {
	const exact = name
		.normalize('NFC')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	if ([1, 2].some((n) => phrases(exact, n).some((p) => RUDE_EXACT.has(p)))) return true;
	const folded = foldDiacritics(name)
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	if (folded.some((w) => RUDE_FOLDED.has(w))) return true;
	// Letters spelt apart ("d m", "v.c.l"): join runs of single letters and look again.
	const joined = foldDiacritics(name).replace(/\b([a-z])[^a-z0-9]+(?=[a-z]\b)/g, '$1');
	return joined.split(/[^a-z0-9]+/).some((w) => RUDE_FOLDED.has(w));
}

export type NicknameCheck = { ok: true; name: string } | { ok: false; reason: 'empty' | 'tooLong' | 'rude' };

/** A guest's chosen nickname, tidied (NFC, spaces collapsed) or refused with the reason. */
export function checkNickname(input: string): NicknameCheck {
	const name = input.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (!name) return { ok: false, reason: 'empty' };
	if ([...name].length > NICKNAME_MAX) return { ok: false, reason: 'tooLong' };
	if (isRude(name)) return { ok: false, reason: 'rude' };
	return { ok: true, name };
}

const sameName = (a: string, b: string): boolean =>
	a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');

/**
 * A guest's nickname must be unique within the game (the hall reads names off the big screen): null
 * when `name` is free among `taken`, else the first free "name 2", "name 3"… to suggest, within the length.
 */
export function nicknameSuggestion(name: string, taken: readonly string[]): string | null {
	if (!taken.some((t) => sameName(t, name))) return null;
	for (let n = 2; ; n++) {
		const suffix = ` ${n}`;
		const candidate = `${[...name]
			.slice(0, NICKNAME_MAX - suffix.length)
			.join('')
			.trimEnd()}${suffix}`;
		if (!taken.some((t) => sameName(t, candidate))) return candidate;
	}
}
