import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { answerText, letter, printedChoices } from '$lib/bank/answer-text';
import type { QuestionDraft } from '$lib/bank/question';
import { documentTitle, officialDocument, officialHeader } from '$lib/server/documents/official';

export interface ExamPaperInput {
	issuer: string;
	title: string;
	questions: QuestionDraft[];
}

const para = (text: string, options: { bold?: boolean; indent?: boolean } = {}) =>
	new Paragraph({
		spacing: { before: 60, after: 60 },
		indent: options.indent ? { left: 567 } : undefined,
		children: [new TextRun({ text, bold: options.bold })]
	});

function questionBlock(q: QuestionDraft, n: number): Paragraph[] {
	const blocks = [
		new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: `Câu ${n}. `, bold: true }), new TextRun(q.stem)] })
	];
	const choices = printedChoices(q.content);
	choices.forEach((choice, i) => blocks.push(para(`${letter(i)}. ${choice}`, { indent: true })));
	switch (q.content.type) {
		case 'multiple':
			blocks.push(para('(Chọn tất cả phương án đúng)', { indent: true }));
			break;
		case 'true_false':
			blocks.push(para('□ Đúng      □ Sai', { indent: true }));
			break;
		case 'short':
			blocks.push(para('Trả lời: ..................................................', { indent: true }));
			break;
		case 'ordering':
			blocks.push(para('Thứ tự đúng: ...... → ...... → ......', { indent: true }));
			break;
		case 'situation':
			blocks.push(para(`Tiêu chí chấm: ${answerText(q.content)}`, { indent: true }));
			break;
	}
	return blocks;
}

const cell = (text: string, bold = false, width?: number) =>
	new TableCell({
		width: width ? { size: width, type: WidthType.PERCENTAGE } : undefined,
		children: [new Paragraph({ children: [new TextRun({ text, bold })] })]
	});

/** The exam paper (đề thi) as .docx in the official layout; questions in the given order. */
export function examPaperDocx({ issuer, title, questions }: ExamPaperInput): Promise<Buffer> {
	return officialDocument([
		officialHeader({ issuer }),
		...documentTitle('Đề thi', title),
		new Paragraph({
			alignment: AlignmentType.CENTER,
			children: [new TextRun({ text: `(Gồm ${questions.length} câu hỏi)`, italics: true })]
		}),
		...questions.flatMap((q, i) => questionBlock(q, i + 1))
	]);
}

/** The separate answer key (đáp án) for the same paper: number, answer, and the legal basis. */
export function answerKeyDocx({ issuer, title, questions }: ExamPaperInput): Promise<Buffer> {
	const rows = questions.map(
		(q, i) =>
			new TableRow({
				children: [cell(String(i + 1)), cell(answerText(q.content)), cell([q.explanation, q.source].filter(Boolean).join(' — '))]
			})
	);
	return officialDocument([
		officialHeader({ issuer }),
		...documentTitle('Đáp án', title),
		new Paragraph(''),
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			rows: [
				new TableRow({
					tableHeader: true,
					children: [cell('Câu', true, 10), cell('Đáp án', true, 35), cell('Giải thích, căn cứ', true, 55)]
				}),
				...rows
			]
		})
	]);
}
