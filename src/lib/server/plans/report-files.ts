/**
 * A unit's report as files: .docx in the official layout of Nghị định 30/2020/NĐ-CP and .xlsx with
 * one sheet a table. Both take their words and tables from `$lib/plans/report-tables`.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { placeAndDate } from '$lib/documents/place-date';
import { t } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { periodLabel } from '$lib/plans/periods';
import {
	issuerName,
	recipients,
	reportClosing,
	reportNumber,
	reportOpening,
	reportSummary,
	signatureLines,
	superiorName
} from '$lib/plans/report-heading';
import { formatCell, reportSections, type Cell, type ReportTable } from '$lib/plans/report-tables';
import { closingBlock, CONTENT_WIDTH, documentTitle, officialDocument, officialHeader } from '$lib/server/documents/official';
import { workbookOfSheets } from '$lib/server/import/spreadsheet';
import type { UnitReport } from './report';

const TABLE_SIZE = 24; // half-points: tables in 12 pt, the body in 14 pt
const INDENT = 567; // the first line of a paragraph, 1 cm

const body = (text: string) =>
	new Paragraph({
		alignment: AlignmentType.JUSTIFIED,
		indent: { firstLine: INDENT },
		spacing: { before: 60, after: 60 },
		children: [new TextRun(text)]
	});

const heading = (text: string) =>
	new Paragraph({ spacing: { before: 200, after: 60 }, indent: { firstLine: INDENT }, children: [new TextRun({ text, bold: true })] });

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Column widths in twips: text columns share what the number and figure columns leave. */
function columnWidths(table: ReportTable): number[] {
	const weights = table.headings.map((heading, i) => (table.wide.includes(i) ? 4 : heading === t('plans.report.col.stt') ? 1.1 : 1.8));
	const total = weights.reduce((a, b) => a + b, 0);
	return weights.map((w) => Math.floor((w / total) * CONTENT_WIDTH));
}

function cell(text: string, width: number, options: { bold?: boolean; left?: boolean } = {}) {
	return new TableCell({
		width: { size: width, type: WidthType.DXA },
		verticalAlign: VerticalAlign.CENTER,
		margins: { left: 60, right: 60 },
		children: [
			new Paragraph({
				alignment: options.left ? AlignmentType.LEFT : AlignmentType.CENTER,
				children: [new TextRun({ text, bold: options.bold, size: TABLE_SIZE })]
			})
		]
	});
}

/** Words read best flush left; numbers, and numbering such as "4" or "II.1", centred. */
const isText = (value: Cell) => typeof value === 'string' && !/^[\dIVX.]+$/.test(value);

function dataTable(table: ReportTable, number: number): (Paragraph | Table)[] {
	const widths = columnWidths(table);
	return [
		new Paragraph({
			spacing: { before: 120, after: 60 },
			keepNext: true,
			children: [
				new TextRun({ text: `${t('plans.report.tableNumber', { number })} ${table.title}`, italics: true, bold: true, size: TABLE_SIZE })
			]
		}),
		new Table({
			width: { size: CONTENT_WIDTH, type: WidthType.DXA },
			columnWidths: widths,
			borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
			rows: [
				new TableRow({ tableHeader: true, cantSplit: true, children: table.headings.map((h, i) => cell(h, widths[i], { bold: true })) }),
				...table.rows.map(
					(row) =>
						new TableRow({
							cantSplit: true,
							children: row.map((value, i) => cell(formatCell(value), widths[i], { left: isText(value) }))
						})
				)
			]
		})
	];
}

/** What the person downloading the report typed (`reportHeadingSchema`); blanks keep the layout's defaults. */
export interface ReportFileOptions {
	/** "12" or "12/BC-SNV"; blank leaves the number for the clerk. */
	number?: string;
	/** The signer's name under the signature block, if known. */
	signer?: string;
	/** The signer's title ("Phó Giám đốc"), in place of the usual one for the kind of body. */
	signerTitle?: string;
}

/** The report as .docx: header block, BÁO CÁO with its summary, sections I–IV with tables, Nơi nhận and signature. */
export function reportDocx(data: UnitReport, { number, signer, signerTitle }: ReportFileOptions = {}): Promise<Buffer> {
	const { unit, parent, period } = data;
	let tableNumber = 0;
	const sections = reportSections(data.report).flatMap((section) => [
		heading(`${section.label}. ${section.title.toUpperCase()}`),
		...section.paragraphs.map(body),
		...section.tables.flatMap((table) => dataTable(table, ++tableNumber))
	]);
	return officialDocument([
		officialHeader({
			superior: superiorName(unit, parent),
			issuer: issuerName(unit),
			number: reportNumber(unit, number),
			placeAndDate: placeAndDate(data.place, data.at)
		}),
		...documentTitle(t('plans.report.kind'), reportSummary(period)),
		new Paragraph({ spacing: { after: 120 }, children: [] }),
		body(reportOpening(unit, data.plans, period)),
		...sections,
		body(reportClosing(unit, period)),
		new Paragraph({ spacing: { after: 120 }, children: [] }),
		closingBlock({ recipients: recipients(parent), signature: signatureLines(unit, signerTitle), signer: signer || undefined })
	]);
}

/** The report's tables as .xlsx, after a first sheet saying whose report it is and for when. */
export function reportWorkbook(data: UnitReport): Promise<Buffer> {
	const tables = reportSections(data.report).flatMap((section) => section.tables);
	return workbookOfSheets([
		{
			name: t('plans.report.sheet.about'),
			headings: [t('plans.report.col.figure'), t('plans.report.col.value')],
			rows: [
				[t('plans.report.about.unit'), issuerName(data.unit)],
				[t('plans.report.about.period'), periodLabel(data.period)],
				[t('plans.report.about.date'), formatDate(data.at)],
				[t('plans.report.about.summary'), reportSummary(data.period)]
			]
		},
		...tables.map((table) => ({
			name: table.sheet,
			headings: table.headings,
			rows: table.rows.map((row) => row.map((value) => value ?? ''))
		}))
	]);
}
