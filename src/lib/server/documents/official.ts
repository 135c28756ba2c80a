import {
	AlignmentType,
	BorderStyle,
	Document,
	Header,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type ISectionOptions
} from 'docx';
import { A4_MM, MOTTO, NATIONAL_TITLE, OFFICIAL_MARGINS_MM as MARGIN } from '$lib/documents/layout';

/** Pieces of the official document layout ($lib/documents/layout) as .docx: Times New Roman, body 14 pt. */
const MM = 56.7; // twentieths of a point per millimetre
const FONT = 'Times New Roman';
const BODY_SIZE = 28; // half-points: 14 pt

const A4_PAGE: NonNullable<ISectionOptions['properties']>['page'] = {
	size: { width: Math.round(A4_MM.width * MM), height: Math.round(A4_MM.height * MM) },
	margin: {
		top: Math.round(MARGIN.top * MM),
		bottom: Math.round(MARGIN.bottom * MM),
		left: Math.round(MARGIN.left * MM),
		right: Math.round(MARGIN.right * MM)
	}
};

/** The width between the margins, in twentieths of a point: what a full-width table spans. */
export const CONTENT_WIDTH = Math.round((A4_MM.width - MARGIN.left - MARGIN.right) * MM);

const documentStyles = {
	default: { document: { run: { font: FONT, size: BODY_SIZE } } }
};

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
	top: NO_BORDER,
	bottom: NO_BORDER,
	left: NO_BORDER,
	right: NO_BORDER,
	insideHorizontal: NO_BORDER,
	insideVertical: NO_BORDER
};

const centred = (runs: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs });

export interface HeaderInput {
	/** The body above the issuer, e.g. "UBND TỈNH BẾN TRE"; may be empty. */
	superior?: string;
	issuer: string;
	/** "Số: 12/BC-SNV"; omitted on papers that have none. */
	number?: string;
	/** "Bến Tre, ngày 30 tháng 12 năm 2026". */
	placeAndDate?: string;
}

/** The two-column header block: issuing body left, quốc hiệu and tiêu ngữ right. */
export function officialHeader({ superior, issuer, number, placeAndDate }: HeaderInput): Table {
	const left = [
		...(superior ? [centred([new TextRun({ text: superior.toUpperCase(), size: 26 })])] : []),
		centred([new TextRun({ text: issuer.toUpperCase(), bold: true, size: 26 })]),
		...(number ? [centred([new TextRun({ text: number, size: 26 })])] : [])
	];
	const right = [
		centred([new TextRun({ text: NATIONAL_TITLE, bold: true, size: 26 })]),
		centred([new TextRun({ text: MOTTO, bold: true, size: 28, underline: {} })]),
		...(placeAndDate ? [centred([new TextRun({ text: placeAndDate, italics: true, size: 28 })])] : [])
	];
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		borders: NO_BORDERS,
		rows: [
			new TableRow({
				children: [
					new TableCell({ width: { size: 40, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: left }),
					new TableCell({ width: { size: 60, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: right })
				]
			})
		]
	});
}

/** The document kind (ĐỀ THI, BÁO CÁO…) and its summary, bold and centred. */
export function documentTitle(kind: string, summary?: string): Paragraph[] {
	return [
		new Paragraph({
			alignment: AlignmentType.CENTER,
			spacing: { before: 360 },
			children: [new TextRun({ text: kind.toUpperCase(), bold: true })]
		}),
		...(summary ? [centred([new TextRun({ text: summary, bold: true })])] : [])
	];
}

export interface ClosingInput {
	/** Nơi nhận, one body a line; the last is usually "Lưu: VT.". */
	recipients: string[];
	/** The signature block's lines above the name: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
	signature: string[];
	signer?: string;
}

/** "Nơi nhận:" with its list on the left, the signature block on the right, side by side. */
export function closingBlock({ recipients, signature, signer }: ClosingInput): Table {
	const left = [
		new Paragraph({ children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: 24 })] }),
		...recipients.map(
			(recipient, i) =>
				new Paragraph({ children: [new TextRun({ text: `- ${recipient}${i < recipients.length - 1 ? ';' : ''}`, size: 22 })] })
		)
	];
	const right = [
		...signature.map((line) => centred([new TextRun({ text: line.toUpperCase(), bold: true })])),
		// Room for the signature and the seal.
		...Array.from({ length: 4 }, () => new Paragraph('')),
		...(signer ? [centred([new TextRun({ text: signer, bold: true })])] : [])
	];
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		borders: NO_BORDERS,
		rows: [
			new TableRow({
				cantSplit: true,
				children: [
					new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: left }),
					new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children: right })
				]
			})
		]
	});
}

/** The page number, centred in the top margin; the decree numbers pages from the second one. */
const pageNumberHeader = () => new Header({ children: [centred([new TextRun({ children: [PageNumber.CURRENT], size: 26 })])] });

/** A one-section A4 document in the decree's margins and font, as .docx bytes. */
export function officialDocument(children: (Paragraph | Table)[]): Promise<Buffer> {
	const doc = new Document({
		styles: documentStyles,
		sections: [
			{
				properties: { page: A4_PAGE, titlePage: true },
				headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
				children
			}
		]
	});
	return Packer.toBuffer(doc);
}
