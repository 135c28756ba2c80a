/**
 * Agency names in a plan's annex ("Sở TT&TT", "Văn phòng UBND tỉnh", "Báo Đồng Khởi") matched to the
 * units of the tree, ignoring diacritics and case, with the usual abbreviations spelled out. Names of
 * groups ("Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố", "các cơ quan, đơn vị có liên quan")
 * are flagged as groups, never matched to one unit.
 */
import { foldDiacritics } from '$lib/i18n/text';

export type MatchConfidence = 'exact' | 'probable' | 'unknown';

export interface AgencyCandidate {
	unitId: number;
	name: string;
	/** 0–1, weighted token similarity; 1 for the same name once abbreviations are spelled out. */
	score: number;
}

export type AgencyMatch =
	{ name: string; group: true } | { name: string; group: false; confidence: MatchConfidence; candidates: AgencyCandidate[] };

/** A unit to match against; `preferred` units (the plan's own subtree) settle a tie between equal names. */
export interface MatchUnit {
	id: number;
	name: string;
	preferred?: boolean;
}

/** At or above this a single best candidate is offered as probable; below it the name is unknown. */
export const PROBABLE_SCORE = 0.6;
const CANDIDATE_SCORE = 0.3;
const MAX_CANDIDATES = 5;

// Abbreviations in folded text, longest first so that "ubmttq" is not read as "ub" + "mttq".
const ABBREVIATIONS: [RegExp, string][] = [
	[/\bubmttq\b/g, 'uy ban mat tran to quoc'],
	[/\btt\s*&\s*tt\b|\btt\s*-\s*tt\b|\btttt\b/g, 'thong tin va truyen thong'],
	[/\bvh\s*[-,&]?\s*tt\s*[-,&]?\s*(?:va\s+)?dl\b|\bvhttdl\b/g, 'van hoa the thao va du lich'],
	[/\bld\s*-?\s*tb\s*(?:&|va)?\s*xh\b|\bldtbxh\b/g, 'lao dong thuong binh va xa hoi'],
	[/\bnn\s*&\s*ptnt\b|\bnnptnt\b/g, 'nong nghiep va phat trien nong thon'],
	[/\bpt\s*[-&]\s*th\b|\bptth\b/g, 'phat thanh va truyen hinh'],
	[/\bkh\s*&\s*cn\b|\bkhcn\b/g, 'khoa hoc va cong nghe'],
	[/\bkh\s*&\s*dt\b|\bkhdt\b/g, 'ke hoach va dau tu'],
	[/\bgd\s*&\s*dt\b|\bgddt\b/g, 'giao duc va dao tao'],
	[/\btn\s*&\s*mt\b|\btnmt\b/g, 'tai nguyen va moi truong'],
	[/\bgtvt\b/g, 'giao thong van tai'],
	[/\bcntt\b/g, 'cong nghe thong tin'],
	[/\bcdvc\b/g, 'cong doan vien chuc'],
	[/\bdbqh\b/g, 'dai bieu quoc hoi'],
	[/\bmttq\b/g, 'mat tran to quoc'],
	[/\bubnd\b/g, 'uy ban nhan dan'],
	[/\bhdnd\b/g, 'hoi dong nhan dan'],
	[/\bub\b/g, 'uy ban'],
	[/\bvp\b/g, 'van phong'],
	[/\btp\b/g, 'thanh pho'],
	[/\btx\b/g, 'thi xa']
];
const STOP_WORDS = new Set(['va']);

/** Folded, abbreviations spelled out, punctuation and "và" gone: the form names are compared in. */
export function agencyKey(name: string): string {
	let text = foldDiacritics(name);
	for (const [pattern, replacement] of ABBREVIATIONS) text = text.replace(pattern, replacement);
	return text
		.replace(/[^a-z0-9]+/g, ' ')
		.split(' ')
		.filter((word) => word && !STOP_WORDS.has(word))
		.join(' ');
}

const GROUP =
	/^(?:cac|tat ca|nhung) |^(?:uy ban nhan dan|hoi dong nhan dan|chu tich uy ban nhan dan|thu truong|lanh dao)(?: \d+)? (?:cac|cap) /;

/** Whether a name stands for several units: "Các sở, ban, ngành", "UBND cấp huyện, cấp xã". */
export const isAgencyGroup = (name: string): boolean => GROUP.test(`${agencyKey(name)} `);

// A comma piece that only continues a group's list: "Các Sở, Ban, ngành", "UBND các xã, phường".
const CONTINUATIONS = new Set(['ban', 'nganh', 'ban nganh', 'doan the', 'don vi', 'dia phuong']);
const startsLowerCase = (text: string) => {
	const first = text.charAt(0);
	return first !== first.toLocaleUpperCase('vi');
};

/**
 * Splits a cell of agencies into names. Semicolons always separate; a comma separates only when what
 * follows starts a new name (a capital letter, or "các …"), so "UBND các huyện, thành phố" stays whole.
 */
export function splitAgencies(text: string): string[] {
	const names: string[] = [];
	for (const clause of text.split(/[;\n]+/)) {
		for (const part of clause.split(/\s+v[àa]\s+(?=c[áa]c\s)/iu)) {
			const merged: string[] = [];
			for (const raw of part.split(',')) {
				const piece = raw.trim();
				if (!piece) continue;
				const folded = foldDiacritics(piece);
				const continues = merged.length > 0 && ((startsLowerCase(piece) && !/^cac\s/.test(folded)) || CONTINUATIONS.has(folded));
				if (continues) merged[merged.length - 1] += `, ${piece}`;
				else merged.push(piece);
			}
			names.push(...merged.map((name) => name.replace(/[.…]+$/, '').trim()).filter(Boolean));
		}
	}
	return [...new Set(names)];
}

export interface AgencyIndex {
	units: { id: number; name: string; preferred: boolean; key: string; tokens: Set<string> }[];
	weight: (token: string) => number;
}

/**
 * Prepares the units once per import. Tokens weigh by rarity among the units' names, so "Sở" or "tỉnh"
 * (in many names) count for little and "Nội vụ" for much.
 */
export function buildAgencyIndex(units: readonly MatchUnit[]): AgencyIndex {
	const prepared = units.map((u) => {
		const key = agencyKey(u.name);
		return { id: u.id, name: u.name, preferred: Boolean(u.preferred), key, tokens: new Set(key.split(' ').filter(Boolean)) };
	});
	const frequency = new Map<string, number>();
	for (const unit of prepared) for (const token of unit.tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
	const total = prepared.length;
	return { units: prepared, weight: (token) => Math.log(1 + (total + 1) / ((frequency.get(token) ?? 0) + 1)) };
}

/**
 * Weighted Dice similarity of two token sets, halved when the first words differ: the first word says
 * what kind of body it is ("Sở", "Phòng", "Báo", "Đài"), and a Sở is never a Phòng of the same name.
 */
function similarity(a: Set<string>, b: Set<string>, weight: (token: string) => number): number {
	const dice = diceOf(a, b, weight);
	return a.values().next().value === b.values().next().value ? dice : dice / 2;
}

function diceOf(a: Set<string>, b: Set<string>, weight: (token: string) => number): number {
	let shared = 0;
	let sum = 0;
	for (const token of a) {
		const w = weight(token);
		sum += w;
		if (b.has(token)) shared += w;
	}
	for (const token of b) sum += weight(token);
	return sum === 0 ? 0 : (2 * shared) / sum;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The best units for an agency name. **exact**: one unit has the same name once folded and spelled out
 * (several equal names: the one in the plan's own subtree). **probable**: the best scores at least
 * PROBABLE_SCORE, to be confirmed by a person. **unknown**: nothing close; the import reports it.
 */
export function matchAgency(name: string, index: AgencyIndex): AgencyMatch {
	if (isAgencyGroup(name)) return { name, group: true };
	const key = agencyKey(name);
	const tokens = new Set(key.split(' ').filter(Boolean));
	const scored = index.units
		.map((unit) => ({ unit, score: unit.key === key ? 1 : similarity(tokens, unit.tokens, index.weight) }))
		.filter((s) => s.score >= CANDIDATE_SCORE)
		.sort((a, b) => b.score - a.score || Number(b.unit.preferred) - Number(a.unit.preferred));
	const candidates = scored.slice(0, MAX_CANDIDATES).map((s) => ({ unitId: s.unit.id, name: s.unit.name, score: round2(s.score) }));
	const exact = scored.filter((s) => s.score === 1);
	const preferredExact = exact.filter((s) => s.unit.preferred);
	if (exact.length === 1 || preferredExact.length === 1) {
		const chosen = exact.length === 1 ? exact[0] : preferredExact[0];
		const rest = candidates.filter((c) => c.unitId !== chosen.unit.id);
		return { name, group: false, confidence: 'exact', candidates: [{ unitId: chosen.unit.id, name: chosen.unit.name, score: 1 }, ...rest] };
	}
	const confidence = candidates.length > 0 && candidates[0].score >= PROBABLE_SCORE ? 'probable' : 'unknown';
	return { name, group: false, confidence, candidates };
}
