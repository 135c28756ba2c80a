import { describe, expect, test } from 'vitest';
import { createPdf, fitText, mm, OFFICIAL_MARGINS, pdfBytes, writeFitted } from './pdf';
import { readPdf } from './test-pdf';

const box = { x: mm(30), y: mm(40), width: mm(120), font: 'bold' as const, size: 30, minSize: 16, maxLines: 2 };

describe('PDF pieces', () => {
	test('text keeps its full size while it fits, shrinks once it needs more lines, and is cut with an ellipsis only at the smallest size', () => {
		const doc = createPdf({ title: 'Thử', layout: 'portrait', margins: OFFICIAL_MARGINS });
		doc.addPage();
		const line = (size: number) => doc.font('bold').fontSize(size).currentLineHeight(true);
		const short = fitText(doc, 'Nguyễn Thị Hồng', box);
		expect(short.size).toBe(30);
		expect(short.height).toBeCloseTo(line(30));
		const long = fitText(doc, 'Công Tằng Tôn Nữ Thị Hoàng Phương Thảo Nguyễn Ngọc Bảo Trâm Anh Khuê Diệp', box);
		expect(long.size).toBeLessThan(30);
		expect(long.height).toBeLessThanOrEqual(2 * line(long.size) + 0.5);
		const absurd = fitText(doc, 'Nguyễn Hoàng Phương '.repeat(20), box);
		expect(absurd.size).toBe(16);
		expect(absurd.height).toBeCloseTo(2 * line(16));
	});

	test('Vietnamese text comes back from a PDF reader letter for letter, in an embedded Tinos subset on A4', async () => {
		const doc = createPdf({ title: 'Thử', layout: 'landscape', margins: OFFICIAL_MARGINS });
		doc.addPage();
		const below = writeFitted(doc, 'Nguyễn Thị Hồng, Đặng Văn Út, Ưng Hoàng Phúc', box);
		writeFitted(doc, 'Nguyễn Hoàng Phương '.repeat(20), { ...box, y: below });
		const { pages, fonts } = await readPdf(await pdfBytes(doc));
		expect(pages).toHaveLength(1);
		expect(pages[0]).toMatchObject({ width: 842, height: 595 });
		expect(pages[0].text.replace(/\s+/g, ' ')).toContain('Nguyễn Thị Hồng, Đặng Văn Út, Ưng Hoàng Phúc');
		expect(pages[0].text).toMatch(/…$/);
		expect(fonts).toEqual([{ name: expect.stringMatching(/^[A-Z]{6}\+Tinos-Bold$/), embedded: true }]);
	});
});
