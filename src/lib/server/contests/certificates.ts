import { eq, inArray } from 'drizzle-orm';
import type { Prize } from '$lib/contests/ranking';
import { placeAndDate, placeOfUnit } from '$lib/documents/place-date';
import { t } from '$lib/i18n';
import { formatDateTime, formatDuration } from '$lib/i18n/format';
import type { Db } from '$lib/server/db';
import { contest, round, unit } from '$lib/server/db/schema';
import {
	createPdf,
	fitText,
	keepTogether,
	mm,
	numberPages,
	officialHeader,
	OFFICIAL_MARGINS,
	pdfBytes,
	signatureBlock,
	write,
	writeFitted,
	type FontStyle,
	type Pdf
} from '$lib/server/documents/pdf';
import type { UnitStanding } from './contests';
import { roundPrizeResults } from './round-results';

/** The round has no collective prize counts yet: the lists show the units in the first three ranks (ties included). */
const COLLECTIVE_RANKS = 3;
const TABLE_SIZE = 12;
const RED = '#a61b1b';

/** Who issues the round's papers and where: the organizer unit, the unit above it, the root's province. */
async function roundPapers(db: Db, roundId: number) {
	const [found] = await db
		.select({
			roundName: round.name,
			opensAt: round.opensAt,
			closesAt: round.closesAt,
			contestTitle: contest.title,
			issuer: unit.name,
			issuerPath: unit.path,
			parentId: unit.parentId
		})
		.from(round)
		.innerJoin(contest, eq(contest.id, round.contestId))
		.innerJoin(unit, eq(unit.id, contest.organizerUnitId))
		.where(eq(round.id, roundId));
	if (!found) throw new Error(`round ${roundId} not found`);
	const rootId = Number(found.issuerPath.split('/')[1]);
	const related = await db
		.select({ id: unit.id, name: unit.name })
		.from(unit)
		.where(inArray(unit.id, [rootId, found.parentId ?? rootId]));
	const nameOf = new Map(related.map((u) => [u.id, u.name]));
	return {
		...found,
		superior: found.parentId === null ? undefined : nameOf.get(found.parentId),
		place: placeOfUnit(nameOf.get(rootId) ?? found.issuer),
		signers: [t('certificates.organizers'), t('certificates.organizersHead')]
	};
}

type Papers = Awaited<ReturnType<typeof roundPapers>>;

/** The prize winners in rank order, grouped by prize (the groups come out first prize first). */
async function winnersByPrize(db: Db, roundId: number) {
	const results = await roundPrizeResults(db, roundId);
	const groups = new Map<Prize, typeof results.ranked>();
	for (const entry of results.ranked) {
		const prize = results.prizes.get(entry.participantId);
		if (!prize) continue;
		if (!groups.has(prize)) groups.set(prize, []);
		groups.get(prize)!.push(entry);
	}
	return { ...results, groups };
}

const prizeName = (prize: Prize) => t(`certificates.prize.${prize}`);
const percent = (rate: number) => `${(rate * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;

interface Column {
	heading: string;
	width: number | '*';
	/** Names read best flush left; numbers centred. */
	align: 'left' | 'center';
}

/** A bordered table across the content width, the heading row bold and centred. */
function table(doc: Pdf, columns: Column[], rows: string[][]): void {
	doc.font('regular').fontSize(TABLE_SIZE);
	doc.table({
		position: { x: doc.page.margins.left, y: doc.y },
		columnStyles: columns.map(({ width, align }) => ({ width, align: { x: align, y: 'center' as const } })),
		defaultStyle: { border: 0.5, padding: 3 },
		data: [columns.map(({ heading }) => ({ text: heading, type: 'TH' as const, font: { src: 'bold' }, align: 'center' as const })), ...rows]
	});
	doc.y += 8;
}

function heading(doc: Pdf, text: string, size = 13): void {
	const { left, right } = doc.page.margins;
	keepTogether(doc, size * 1.2 + 2 * (TABLE_SIZE * 1.2 + 6));
	doc.y = write(doc, text, { x: left, y: doc.y, width: doc.page.width - left - right, font: 'bold', size, align: 'left' }) + 4;
}

const winnerColumns = (): Column[] => [
	{ heading: t('certificates.col.index'), width: 32, align: 'center' },
	{ heading: t('certificates.col.name'), width: 170, align: 'left' },
	{ heading: t('certificates.col.unit'), width: '*', align: 'left' },
	{ heading: t('certificates.col.correct'), width: 62, align: 'center' },
	{ heading: t('certificates.col.time'), width: 56, align: 'center' }
];

const unitColumns = (): Column[] => [
	{ heading: t('certificates.col.rank'), width: 38, align: 'center' },
	{ heading: t('certificates.col.unit'), width: '*', align: 'left' },
	{ heading: t('certificates.col.participants'), width: 70, align: 'center' },
	{ heading: t('certificates.col.headcount'), width: 90, align: 'center' },
	{ heading: t('certificates.col.rate'), width: 55, align: 'center' }
];

function unitTable(doc: Pdf, units: UnitStanding[]): void {
	const leading = units.filter((u) => u.rank <= COLLECTIVE_RANKS);
	if (leading.length === 0) {
		doc.y = write(doc, t('certificates.noUnits'), { x: doc.page.margins.left, y: doc.y, width: 400, size: 13, align: 'left' }) + 8;
		return;
	}
	table(
		doc,
		unitColumns(),
		leading.map((u) => [String(u.rank), u.name, String(u.participants), String(u.headcount), percent(u.rate)])
	);
}

/**
 * While the round is open, every page of its prize papers says the results are provisional, at the top
 * in red, so that no page printed early can pass for a final one.
 */
function stampProvisional(doc: Pdf): void {
	doc.on('pageAdded', () => {
		const { left, right, top } = doc.page.margins;
		const { x, y } = doc;
		doc.fillColor(RED);
		write(doc, t('certificates.provisionalStamp'), {
			x: left,
			y: Math.max(8, top / 3),
			width: doc.page.width - left - right,
			font: 'bold',
			size: 12,
			align: 'right'
		});
		doc.fillColor('black');
		doc.x = x;
		doc.y = y;
	});
}

/**
 * The winners list (danh sách đạt giải) as an A4 portrait PDF in the official layout: the organizer's
 * header, the contest and round, a table per individual prize, then the collective prizes. While the
 * round is open it says the results are provisional and is dated the day it is printed.
 */
export async function winnersListPdf(db: Db, roundId: number, now = new Date()): Promise<Buffer> {
	const papers = await roundPapers(db, roundId);
	const { ranked, allCorrect, questionCount, groups, units } = await winnersByPrize(db, roundId);
	const open = now < papers.closesAt;
	const title = t('certificates.winnersTitle');
	const doc = createPdf({
		title: `${title} - ${papers.contestTitle} - ${papers.roundName}`,
		layout: 'portrait',
		margins: OFFICIAL_MARGINS
	});
	if (open) stampProvisional(doc);
	doc.addPage();
	const { left, right } = doc.page.margins;
	const width = doc.page.width - left - right;
	const centred = (text: string, font: FontStyle, size = 14) => (doc.y = write(doc, text, { x: left, y: doc.y, width, font, size }));

	doc.y =
		officialHeader(doc, {
			superior: papers.superior,
			issuer: papers.issuer,
			placeAndDate: placeAndDate(papers.place, open ? now : papers.closesAt)
		}) + 24;
	centred(title.toUpperCase(), 'bold');
	centred(papers.contestTitle, 'bold');
	centred(
		t('certificates.round', { round: papers.roundName, opens: formatDateTime(papers.opensAt), closes: formatDateTime(papers.closesAt) }),
		'regular',
		13
	);
	if (open) centred(t('certificates.provisional', { at: formatDateTime(now) }), 'italic', 13);
	doc.y += 6;
	centred(t('certificates.summary', { participants: ranked.length, questions: questionCount, allCorrect }), 'regular', 13);
	doc.y += 12;

	heading(doc, t('certificates.individual').toUpperCase());
	if (groups.size === 0) heading(doc, t('certificates.noWinners'));
	[...groups].forEach(([prize, winners], i) => {
		heading(doc, t('certificates.prizeHeading', { n: i + 1, prize: prizeName(prize), count: winners.length }));
		table(
			doc,
			winnerColumns(),
			winners.map((w, n) => [String(n + 1), w.fullName, w.unitName, `${w.correctCount}/${questionCount}`, formatDuration(w.durationMs)])
		);
	});

	heading(doc, t('certificates.collective').toUpperCase());
	heading(doc, t('certificates.byParticipants'));
	unitTable(doc, units.byParticipants);
	heading(doc, t('certificates.byRate'));
	unitTable(
		doc,
		units.byRate.filter((u) => u.headcount > 0)
	);

	keepTogether(doc, 100);
	signatureBlock(doc, papers.signers, { x: left + width / 2, y: doc.y + 12, width: width / 2 });
	numberPages(doc);
	return pdfBytes(doc);
}

const CERTIFICATE_MARGINS = { top: mm(20), bottom: mm(18), left: mm(22), right: mm(22) };

/** The double frame of a certificate, in the page's margin. */
function frame(doc: Pdf): void {
	const { width, height } = doc.page;
	doc.save().strokeColor(RED);
	doc
		.lineWidth(2.5)
		.rect(mm(9), mm(9), width - mm(18), height - mm(18))
		.stroke();
	doc
		.lineWidth(0.8)
		.rect(mm(11.5), mm(11.5), width - mm(23), height - mm(23))
		.stroke();
	doc.restore();
}

interface Line {
	text: string;
	font: FontStyle;
	size: number;
	minSize: number;
	maxLines: number;
	color?: string;
	/** Space above the line. */
	gap: number;
}

function certificatePage(doc: Pdf, papers: Papers, winner: { fullName: string; unitName: string }, prize: Prize, issuedAt: Date): void {
	doc.addPage();
	frame(doc);
	const { left, right, bottom } = doc.page.margins;
	const width = doc.page.width - left - right;
	const headerBottom = officialHeader(doc, { superior: papers.superior, issuer: papers.issuer });
	// The date and signature sit at the foot, with room above the bottom margin to sign and stamp.
	const footY = doc.page.height - bottom - 120;

	const lines: Line[] = [
		{ text: t('certificates.title').toUpperCase(), font: 'bold', size: 34, minSize: 34, maxLines: 1, color: RED, gap: 0 },
		{ text: t('certificates.certifies'), font: 'italic', size: 16, minSize: 16, maxLines: 1, gap: 10 },
		{ text: winner.fullName, font: 'bold', size: 30, minSize: 16, maxLines: 2, color: RED, gap: 8 },
		{ text: t('certificates.unit', { unit: winner.unitName }), font: 'regular', size: 16, minSize: 12, maxLines: 2, gap: 8 },
		{
			text: t('certificates.achieved', { prize: prizeName(prize), round: papers.roundName }),
			font: 'bold',
			size: 20,
			minSize: 14,
			maxLines: 2,
			gap: 12
		},
		{ text: papers.contestTitle, font: 'bold', size: 16, minSize: 12, maxLines: 2, gap: 4 }
	];
	const heights = lines.map((line) => line.gap + fitText(doc, line.text, { ...line, x: left, y: 0, width }).height);
	const total = heights.reduce((sum, h) => sum + h, 0);
	// Centred in the space between header and foot; the sizes above keep the longest texts within it.
	let y = headerBottom + Math.max(16, (footY - headerBottom - total) / 2);
	for (const line of lines) {
		doc.fillColor(line.color ?? 'black');
		y = writeFitted(doc, line.text, { ...line, x: left, y: y + line.gap, width });
	}
	doc.fillColor('black');

	// Should a very long header push the texts down that far, the foot gives up signing room rather than overlap.
	const footTop = Math.min(Math.max(footY, y + 8), doc.page.height - bottom - 50);
	const column = { x: left + width / 2, width: width / 2 };
	const signY = write(doc, placeAndDate(papers.place, issuedAt), { ...column, y: footTop, font: 'italic', size: 14 });
	signatureBlock(doc, papers.signers, { ...column, y: signY + 2 });
}

/**
 * The certificates (giấy chứng nhận) of a round's prize winners: one A4 landscape page each, in rank
 * order, dated the day they are issued (printed). While the round is open each page is stamped
 * provisional. A round without winners gets one page saying so.
 */
export async function certificatesPdf(db: Db, roundId: number, now = new Date()): Promise<Buffer> {
	const papers = await roundPapers(db, roundId);
	const { groups } = await winnersByPrize(db, roundId);
	const doc = createPdf({
		title: `${t('certificates.title')} - ${papers.contestTitle} - ${papers.roundName}`,
		layout: 'landscape',
		margins: CERTIFICATE_MARGINS
	});
	if (now < papers.closesAt) stampProvisional(doc);
	for (const [prize, winners] of groups) for (const winner of winners) certificatePage(doc, papers, winner, prize, now);
	if (groups.size === 0) {
		doc.addPage();
		write(doc, t('certificates.none'), {
			x: doc.page.margins.left,
			y: doc.page.margins.top,
			width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
			size: 16
		});
	}
	return pdfBytes(doc);
}
