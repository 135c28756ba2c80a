import { eq, sql } from 'drizzle-orm';
import { splitContent } from '$lib/bank/content-split';
import type { ImportedDrafts } from '$lib/bank/formats/common';
import { parseAiken } from '$lib/bank/formats/aiken';
import { parseGift } from '$lib/bank/formats/gift-read';
import { QUESTION_SHEET, rowsToDrafts } from '$lib/bank/formats/table';
import type { QuestionDraft, QuestionStatus } from '$lib/bank/question';
import { foldDiacritics } from '$lib/i18n/text';
import { isUtf8 } from '$lib/import/csv';
import type { Db } from '$lib/server/db';
import { question, questionVersion } from '$lib/server/db/schema';
import { ImportFileError, readTable } from '$lib/server/import/spreadsheet';
import { listTopics, matchTopic, resolveTopic } from './topics';

export type TextFormat = 'aiken' | 'gift';

/** Aiken's "ANSWER: X" lines decide first (its stems may hold braces); else GIFT's braces or $CATEGORY. */
export function guessTextFormat(text: string): TextFormat {
	if (/^\s*ANSWER\s*:\s*[A-Za-z]\s*$/m.test(text)) return 'aiken';
	return /\{[^}]*\}|^\s*\$CATEGORY:/m.test(text) ? 'gift' : 'aiken';
}

/** Reads an uploaded question file: .xlsx or .csv in the template, or .txt in Aiken or GIFT. */
export async function readQuestionFile(file: File | null, format: 'auto' | TextFormat = 'auto'): Promise<ImportedDrafts> {
	if (!file || file.size === 0) throw new ImportFileError('import.noFile');
	const name = file.name.toLowerCase();
	if (name.endsWith('.xlsx') || name.endsWith('.csv')) return rowsToDrafts(await readTable(file, QUESTION_SHEET));
	if (!name.endsWith('.txt') && !name.endsWith('.gift')) throw new ImportFileError('import.unsupportedFile');
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (!isUtf8(bytes)) throw new ImportFileError('import.notUtf8');
	const text = new TextDecoder().decode(bytes);
	return (format === 'auto' ? guessTextFormat(text) : format) === 'gift' ? parseGift(text) : parseAiken(text);
}

const stemKey = (stem: string) => foldDiacritics(stem).replace(/\s+/g, ' ').trim();

async function existingStems(db: Db, bankId: number): Promise<Set<string>> {
	const rows = await db.select({ stem: question.stem }).from(question).where(eq(question.bankId, bankId));
	return new Set(rows.map((r) => stemKey(r.stem)));
}

/** Splits drafts into new ones and those whose stem the bank (or an earlier row) already has. */
function withoutDuplicates<T extends { stem: string }>(drafts: T[], seen: Set<string>): { fresh: T[]; duplicates: number } {
	const fresh: T[] = [];
	for (const draft of drafts) {
		const key = stemKey(draft.stem);
		if (seen.has(key)) continue;
		seen.add(key);
		fresh.push(draft);
	}
	return { fresh, duplicates: drafts.length - fresh.length };
}

export interface ImportPreview {
	drafts: QuestionDraft[];
	duplicates: number;
	newTopics: string[];
}

export async function previewImport(db: Db, bankId: number, drafts: QuestionDraft[]): Promise<ImportPreview> {
	const { duplicates } = withoutDuplicates(drafts, await existingStems(db, bankId));
	const topics = await listTopics(db);
	const newTopics = [...new Set(drafts.map((d) => d.topic.trim()).filter((name) => name && !matchTopic(topics, name)))];
	return { drafts, duplicates, newTopics };
}

const CHUNK = 500;

/**
 * Commits an import in one transaction: all questions or none. Duplicates are checked again inside it
 * and skipped. Rows go in batches, so thousands of questions take seconds, not minutes.
 */
export async function importQuestions(
	db: Db,
	bankId: number,
	drafts: QuestionDraft[],
	authorId: string,
	status: QuestionStatus
): Promise<{ created: number; skipped: number }> {
	return db.transaction(async (tx) => {
		// Two imports into one bank at once would each miss the other's rows when skipping duplicates.
		await tx.execute(sql`select pg_advisory_xact_lock(${bankId})`);
		const { fresh, duplicates } = withoutDuplicates(drafts, await existingStems(tx, bankId));
		const topics = await listTopics(tx);
		const topicIds = new Map<string, number | null>();
		for (const name of new Set(fresh.map((d) => d.topic))) topicIds.set(name, await resolveTopic(tx, topics, name));
		for (let start = 0; start < fresh.length; start += CHUNK) {
			const chunk = fresh.slice(start, start + CHUNK);
			const rows = chunk.map((d) => ({
				bankId,
				status,
				authorId,
				type: d.content.type,
				stem: d.stem,
				difficulty: d.difficulty,
				tags: d.tags,
				topicId: topicIds.get(d.topic) ?? null
			}));
			const inserted = await tx.insert(question).values(rows).returning({ id: question.id, stem: question.stem });
			// PostgreSQL returns rows in VALUES order; checked, since a mismatch would cross keys.
			if (inserted.some((row, i) => row.stem !== chunk[i].stem)) throw new Error('Import rows came back out of order');
			await tx.insert(questionVersion).values(
				chunk.map((d, i) => ({
					questionId: inserted[i].id,
					version: 1,
					type: d.content.type,
					stem: d.stem,
					...splitContent(d.content),
					explanation: d.explanation,
					difficulty: d.difficulty,
					source: d.source,
					tags: d.tags,
					topicId: topicIds.get(d.topic) ?? null,
					authorId
				}))
			);
		}
		return { created: fresh.length, skipped: duplicates };
	});
}
