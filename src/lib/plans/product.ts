/**
 * "Sản phẩm" of a plan's task, as plans write it: a kind with an optional quantity in brackets
 * ("Bài báo (số lượng 24 bài)", "Lớp (03 lớp)", "Buổi (số lượng 12)"), a kind alone ("Cuộc thi",
 * "Kế hoạch"), or no fixed number ("Tin, bài (số lượng: Không giới hạn)", "Cuộc (số lượng: Theo quy định)").
 */
import { foldDiacritics } from '$lib/i18n/text';

export interface Product {
	/** What is produced, as written: "Bài báo", "Chuyên mục", "Tin, bài". */
	kind: string;
	/** How many; null when the plan sets no number (unlimited, "theo quy định", or none given). */
	target: number | null;
	/** The word counted: "bài", "lớp"; the kind in lower case when the quantity names none. */
	unit: string;
	/** The rest of the brackets, kept so nothing written is lost: "Phóng sự, Bài viết", "Không giới hạn". */
	detail: string;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** "24", "03", "1.200" (a Vietnamese thousands separator) as whole numbers. */
function wholeNumber(text: string): number {
	return Number(/^\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, '') : text);
}

// "số lượng 24 bài", "SL: 12", "24 bài"; the quantity, then an optional counted word.
const QUANTITY = /^(?:(?:so luong|sl)\s*:?\s*)?(\d[\d.]*)(?:\s+(.+))?$/;
const NO_NUMBER = /^(?:(?:so luong|sl)\s*:?\s*)?(khong gioi han|theo quy dinh|theo thuc te|theo yeu cau|nhieu)$/;

/** Splits text at top-level commas and semicolons, so that "Phóng sự, Bài viết, số lượng 12" keeps its parts. */
const parts = (text: string) => text.split(/\s*[,;]\s*/).filter(Boolean);

/** Reads the bracket (or the trailing part) that states a quantity; returns the other parts as detail. */
function readQuantity(inside: string, kind: string): Omit<Product, 'kind'> {
	const pieces = parts(inside);
	for (let i = pieces.length - 1; i >= 0; i--) {
		const folded = foldDiacritics(pieces[i]).replace(/\s+/g, ' ').trim();
		const rest = pieces.filter((_, j) => j !== i).join(', ');
		const quantity = QUANTITY.exec(folded);
		if (quantity) {
			// The counted word keeps its diacritics: take it from the original piece.
			const word = quantity[2] ? pieces[i].trim().split(/\s+/).slice(-quantity[2].split(' ').length).join(' ') : '';
			return { target: wholeNumber(quantity[1]), unit: word ? lowerFirst(word) : lowerFirst(kind), detail: rest };
		}
		if (NO_NUMBER.test(folded)) {
			const said = pieces[i].replace(/^\s*(số lượng|SL)\s*:?\s*/i, '');
			return { target: null, unit: lowerFirst(kind), detail: [rest, said].filter(Boolean).join(', ') };
		}
	}
	return { target: null, unit: lowerFirst(kind), detail: inside.trim() };
}

/** Parses a product text; an empty text is no product (null). */
export function parseProduct(text: string): Product | null {
	const value = text.replace(/\s+/g, ' ').trim();
	if (value === '') return null;
	const bracket = /^(.*?)\s*\((.*)\)\s*$/.exec(value);
	if (bracket && bracket[1]) {
		const kind = bracket[1].trim();
		return { kind, ...readQuantity(bracket[2], kind) };
	}
	// "24 bài báo": a leading number counts the words after it.
	const leading = /^(\d[\d.]*)\s+(.+)$/.exec(value);
	if (leading)
		return {
			kind: leading[2].charAt(0).toLocaleUpperCase('vi') + leading[2].slice(1),
			target: wholeNumber(leading[1]),
			unit: lowerFirst(leading[2]),
			detail: ''
		};
	if (NO_NUMBER.test(foldDiacritics(value))) return { kind: '', target: null, unit: '', detail: value };
	return { kind: value, target: null, unit: lowerFirst(value), detail: '' };
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Display text: "Bài báo (24 bài)", "Tin, bài (Không giới hạn)", "Cuộc thi". */
export function formatProduct(product: Product): string {
	const inside = [product.detail, product.target === null ? '' : `${pad(product.target)} ${product.unit}`.trim()]
		.filter(Boolean)
		.join(', ');
	if (!product.kind) return inside;
	return inside ? `${product.kind} (${inside})` : product.kind;
}
