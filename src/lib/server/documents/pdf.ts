import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { A4_MM, MOTTO, NATIONAL_TITLE, OFFICIAL_MARGINS_MM } from '$lib/documents/layout';

/**
 * Small pieces for PDFs in the official layout ($lib/documents/layout). The font is Tinos, metrically
 * compatible with Times New Roman, with every Vietnamese letter in one file; it ships in an npm package
 * (SIL Open Font License) and is embedded, subset, in every PDF, so neither the server nor the reader
 * needs a font installed.
 */
export type Pdf = PDFKit.PDFDocument;
export type FontStyle = 'regular' | 'bold' | 'italic';

const PT_PER_MM = 72 / 25.4;
export const mm = (millimetres: number): number => millimetres * PT_PER_MM;

const A4: [number, number] = [mm(A4_MM.width), mm(A4_MM.height)];
export const OFFICIAL_MARGINS = {
	top: mm(OFFICIAL_MARGINS_MM.top),
	bottom: mm(OFFICIAL_MARGINS_MM.bottom),
	left: mm(OFFICIAL_MARGINS_MM.left),
	right: mm(OFFICIAL_MARGINS_MM.right)
};

const FONT_FILES: Record<FontStyle, string> = {
	regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
	bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
	italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf'
};
/** Resolved through node_modules like any package file, so the built server finds them too. */
const fontPath = (style: FontStyle): string => createRequire(import.meta.url).resolve(FONT_FILES[style]);

export interface PdfOptions {
	title: string;
	layout: 'portrait' | 'landscape';
	margins: typeof OFFICIAL_MARGINS;
}

/** An A4 document in Vietnamese with the three font styles registered under their names; no page yet. */
export function createPdf({ title, layout, margins }: PdfOptions): Pdf {
	const doc = new PDFDocument({
		size: A4,
		layout,
		margins,
		autoFirstPage: false,
		bufferPages: true,
		// Starting on Tinos keeps PDFKit from loading (and embedding) its default Helvetica.
		font: fontPath('regular'),
		lang: 'vi-VN',
		displayTitle: true,
		info: { Title: title, Creator: 'hoithi' }
	});
	for (const style of ['regular', 'bold', 'italic'] as const) doc.registerFont(style, fontPath(style));
	return doc;
}

/** Ends the document and collects its bytes. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
	const chunks: Buffer[] = [];
	return new Promise((resolve, reject) => {
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
		doc.end();
	});
}

export interface TextBox {
	x: number;
	y: number;
	width: number;
	font?: FontStyle;
	size: number;
	align?: 'left' | 'center' | 'right';
	underline?: boolean;
}

/** Writes text wrapped to the box's width; returns the y below it. */
export function write(
	doc: Pdf,
	text: string,
	{ x, y, width, font = 'regular', size, align = 'center', underline = false }: TextBox
): number {
	doc.font(font).fontSize(size).text(text, x, y, { width, align, underline, lineGap: 0 });
	return doc.y;
}

export type FittedBox = TextBox & { minSize: number; maxLines: number };

/**
 * The largest size from the box's `size` down to `minSize` at which the text fits in `maxLines` lines
 * of the box's width, and the height it then takes. Text that does not fit even at `minSize` is given
 * `maxLines` lines, which `writeFitted` ends with an ellipsis.
 */
export function fitText(
	doc: Pdf,
	text: string,
	{ width, font = 'regular', size, minSize, maxLines }: FittedBox
): { size: number; height: number } {
	const measure = (at: number) => {
		doc.font(font).fontSize(at);
		const line = doc.currentLineHeight(true);
		return { height: doc.heightOfString(text, { width, lineGap: 0 }), limit: maxLines * line };
	};
	let at = size;
	let { height, limit } = measure(at);
	while (at > minSize && height > limit + 0.5) ({ height, limit } = measure((at = Math.max(minSize, at - 0.5))));
	return { size: at, height: Math.min(height, limit) };
}

/** Writes text at its `fitText` size, so a long name wraps, then shrinks, and never runs off the page; returns the y below it. */
export function writeFitted(doc: Pdf, text: string, box: FittedBox): number {
	const { x, y, width, font = 'regular', align = 'center' } = box;
	const { size, height } = fitText(doc, text, box);
	doc
		.font(font)
		.fontSize(size)
		.text(text, x, y, { width, align, height: height + 0.5, ellipsis: true, lineGap: 0 });
	return y + height;
}

export interface HeaderInput {
	/** The body above the issuer, e.g. "Ủy ban nhân dân tỉnh Bến Tre"; may be empty. */
	superior?: string;
	issuer: string;
	/** "Bến Tre, ngày 30 tháng 12 năm 2026". */
	placeAndDate?: string;
}

/**
 * The official header at the top margin: issuing body on the left (the superior above it, the issuer
 * bold, both upper case, a short rule below), quốc hiệu and underlined tiêu ngữ on the right, the place
 * and date in italics under them. Returns the y below the taller column.
 */
export function officialHeader(doc: Pdf, { superior, issuer, placeAndDate }: HeaderInput): number {
	const { left, right, top } = doc.page.margins;
	const width = doc.page.width - left - right;
	const leftWidth = width * 0.4;
	const rightX = left + leftWidth;
	const rightWidth = width - leftWidth;
	let y = top;
	if (superior) y = write(doc, superior.toUpperCase(), { x: left, y, width: leftWidth, size: 12 });
	y = write(doc, issuer.toUpperCase(), { x: left, y, width: leftWidth, font: 'bold', size: 12 });
	const ruleWidth = Math.min(leftWidth / 3, doc.widthOfString(issuer.toUpperCase()));
	rule(doc, left + (leftWidth - ruleWidth) / 2, y + 2, ruleWidth);
	let rightY = write(doc, NATIONAL_TITLE, { x: rightX, y: top, width: rightWidth, font: 'bold', size: 12 });
	rightY = write(doc, MOTTO, { x: rightX, y: rightY, width: rightWidth, font: 'bold', size: 13, underline: true });
	if (placeAndDate) rightY = write(doc, placeAndDate, { x: rightX, y: rightY + 8, width: rightWidth, font: 'italic', size: 13 });
	return Math.max(y + 4, rightY);
}

function rule(doc: Pdf, x: number, y: number, width: number): void {
	doc
		.save()
		.lineWidth(0.6)
		.moveTo(x, y)
		.lineTo(x + width, y)
		.stroke()
		.restore();
}

/** The signing block ("TM. BAN TỔ CHỨC" / "TRƯỞNG BAN"), bold upper case, centred in the given column. */
export function signatureBlock(doc: Pdf, lines: string[], { x, y, width }: { x: number; y: number; width: number }): number {
	for (const line of lines) y = write(doc, line.toUpperCase(), { x, y, width, font: 'bold', size: 13 });
	return y;
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function keepTogether(doc: Pdf, height: number): void {
	if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** Page numbers centred in the top margin from page 2, as the decree asks. */
export function numberPages(doc: Pdf): void {
	const { start, count } = doc.bufferedPageRange();
	for (let i = start + 1; i < start + count; i++) {
		doc.switchToPage(i);
		const { left, right, top } = doc.page.margins;
		doc
			.font('regular')
			.fontSize(12)
			.text(String(i - start + 1), left, top / 2 - 6, {
				width: doc.page.width - left - right,
				align: 'center',
				lineBreak: false
			});
	}
}
