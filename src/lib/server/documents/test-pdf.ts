import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page as a reader sees it: its size in points, its text (one line per text run) and where each run sits. */
export interface PdfPage {
	width: number;
	height: number;
	text: string;
	runs: { text: string; left: number; right: number; baseline: number }[];
}

/**
 * For tests: a PDF read back by a real PDF reader (Mozilla's pdf.js), its pages' text and the fonts it
 * names, each with whether its file is embedded.
 */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: PdfPage[]; fonts: { name: string; embedded: boolean }[] }> {
	const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: PdfPage[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const page = await pdf.getPage(n);
		const [x0, y0, x1, y1] = page.view;
		const content = await page.getTextContent();
		const items = content.items.filter((item) => 'str' in item);
		const text = items.map((item) => item.str).join('\n');
		const runs = items
			.filter((item) => item.str.trim() !== '')
			.map((item) => ({ text: item.str, left: item.transform[4], right: item.transform[4] + item.width, baseline: item.transform[5] }));
		pages.push({ width: Math.round(x1 - x0), height: Math.round(y1 - y0), text, runs });
	}
	await pdf.destroy();
	return { pages, fonts: fontsOf(Buffer.from(bytes).toString('latin1')) };
}

/**
 * Every font the file names (/BaseFont), and whether its descriptor carries the font file (FontFile2,
 * TrueType); a standard font such as Helvetica has no descriptor and counts as not embedded.
 */
function fontsOf(raw: string): { name: string; embedded: boolean }[] {
	const embedded = new Set(
		[...raw.matchAll(/\/Type \/FontDescriptor([^>]*)>>/g)]
			.filter(([, body]) => body.includes('/FontFile2 '))
			.map(([, body]) => /\/FontName \/(\S+)/.exec(body)?.[1])
	);
	const names = new Set([...raw.matchAll(/\/BaseFont \/(\S+)/g)].map(([, name]) => name));
	return [...names].map((name) => ({ name, embedded: embedded.has(name) }));
}
