/**
 * The parts of a report's official layout (Nghị định 30/2020/NĐ-CP) that depend on who reports: the
 * issuing body as the header names it, the body above it, the number with its ký hiệu, the summary
 * (trích yếu), the opening and closing sentences, where it is sent and the signature block.
 */
import { t } from '$lib/i18n';
import { formatIsoDate } from '$lib/i18n/format';
import { foldDiacritics } from '$lib/i18n/text';
import type { UnitKind } from '$lib/units/kinds';
import type { Period } from './periods';

export interface ReportingUnit {
	name: string;
	kind: UnitKind;
}

export interface PlanReference {
	number: string;
	/** "yyyy-mm-dd" or null. */
	issuedOn: string | null;
	title: string;
	unitName: string;
}

/** Units that act through their People's Committee (UBND): their papers are issued by the committee. */
const COMMITTEE_KINDS: readonly UnitKind[] = ['province', 'district', 'commune'];
const isCommittee = (unit: ReportingUnit) => COMMITTEE_KINDS.includes(unit.kind);

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** "Huyện Châu Thành" issues as "Ủy ban nhân dân huyện Châu Thành"; other names stay as they are. */
export function issuerName(unit: ReportingUnit): string {
	const folded = foldDiacritics(unit.name);
	if (!isCommittee(unit) || folded.startsWith('uy ban nhan dan') || folded.startsWith('ubnd')) return unit.name;
	return `${t('plans.report.committee')} ${lowerFirst(unit.name)}`;
}

/**
 * The body above the issuer in the header ("UBND TỈNH BẾN TRE" over "SỞ NỘI VỤ"). A People's
 * Committee's papers carry none.
 */
export function superiorName(unit: ReportingUnit, parent: ReportingUnit | null): string | undefined {
	return isCommittee(unit) || !parent ? undefined : issuerName(parent);
}

/** The ký hiệu of the issuer: "UBND" for a committee, else the initials of its name ("Sở Nội vụ" → "SNV"). */
export function issuerSymbol(unit: ReportingUnit): string {
	if (isCommittee(unit)) return 'UBND';
	return unit.name
		.split(/[\s,]+/)
		.filter((word) => word && foldDiacritics(word) !== 'va')
		.map((word) => word.charAt(0).toLocaleUpperCase('vi'))
		.join('');
}

/**
 * "Số:      /BC-SNV": without a number the blank is left for the clerk (văn thư) who registers the
 * report. A number alone ("12") takes the issuer's ký hiệu; one typed with its ký hiệu stays as typed.
 */
export function reportNumber(unit: ReportingUnit, typed = ''): string {
	if (typed === '') return t('plans.report.number', { symbol: issuerSymbol(unit) });
	return t('plans.report.numberTyped', { number: /^\d+$/.test(typed) ? `${typed}/BC-${issuerSymbol(unit)}` : typed });
}

/** "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026": the period inside a sentence. */
export const periodPhrase = (period: Pick<Period, 'year' | 'kind'>): string =>
	t(`plans.period.phrase.${period.kind}`, { year: period.year });

export const reportSummary = (period: Period): string => t('plans.report.summary', { period: periodPhrase(period) });

function planReference(plan: PlanReference): string {
	if (!plan.number) return t('plans.report.planByTitle', { title: plan.title, unit: plan.unitName });
	return plan.issuedOn
		? t('plans.report.planByNumber', { number: plan.number, date: formatIsoDate(plan.issuedOn), unit: plan.unitName })
		: t('plans.report.planByNumberOnly', { number: plan.number, unit: plan.unitName });
}

/** "Thực hiện Kế hoạch số 105/KH-UBND ngày 30/12/2025 của …, Sở Nội vụ báo cáo … như sau:" */
export function reportOpening(unit: ReportingUnit, plans: readonly PlanReference[], period: Period): string {
	const issuer = issuerName(unit);
	if (plans.length === 0) return t('plans.report.openingNoPlan', { issuer, period: periodPhrase(period) });
	return t('plans.report.opening', { plans: plans.map(planReference).join('; '), issuer, period: periodPhrase(period) });
}

export const reportClosing = (unit: ReportingUnit, period: Period): string =>
	t('plans.report.closing', { issuer: issuerName(unit), period: periodPhrase(period) });

/** Nơi nhận: the body above (a province reports to the ministry), and the issuer's own archive. */
export function recipients(parent: ReportingUnit | null): string[] {
	return [parent ? issuerName(parent) : t('plans.report.ministry'), t('plans.report.archive')];
}

/**
 * How each kind of body signs in the decree's samples: for the collective (TM.), the head, and who
 * usually signs a report (a deputy for a committee or a department).
 */
function signingBody(unit: ReportingUnit): { collective?: string; head?: string; usual: string } {
	if (isCommittee(unit))
		return { collective: t('plans.report.sign.committee'), head: t('plans.report.sign.chair'), usual: t('plans.report.sign.viceChair') };
	if (unit.kind === 'department') return { head: t('plans.report.sign.director'), usual: t('plans.report.sign.viceDirector') };
	return { usual: t('plans.report.sign.head') };
}

/**
 * The signature block's lines above the signer's name. A deputy signs for the head (KT.); the signer's
 * title, when given, replaces the usual one, and the head signing in person needs no KT. line.
 */
export function signatureLines(unit: ReportingUnit, title = ''): string[] {
	const { collective, head, usual } = signingBody(unit);
	const signer = title || usual;
	const inPerson = head !== undefined && foldDiacritics(signer) === foldDiacritics(head);
	return [
		...(collective ? [collective] : []),
		...(head && !inPerson ? [t('plans.report.sign.onBehalf', { head })] : []),
		inPerson ? head : signer
	];
}
