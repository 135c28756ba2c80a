import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createUser } from '$lib/server/auth/users';
import type { Database } from '$lib/server/db/client';
import { questionVersion } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/test-db';
import { createUnit } from '$lib/server/units/service';
import { createBank } from './banks';
import { canDeleteDraft, deleteOwnDraft } from './question-delete';
import { bulkUpdate, createQuestion, getQuestion, markVersionsUsed, similarQuestions, type QuestionInput } from './questions';

let database: Database;
let bankId: number;
let editor: string;
let other: string;

const single = (stem: string): QuestionInput => ({
	stem,
	content: { type: 'single', options: ['Nghị quyết 30c/NQ-CP', 'Nghị quyết 76/NQ-CP'], correct: 1 },
	explanation: '',
	difficulty: 'easy',
	source: '',
	tags: [],
	topicId: null,
	imageId: null
});
const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(error: unknown) => error
	);

beforeAll(async () => {
	database = await openTestDatabase();
	const { db } = database;
	const province = await createUnit(db, { code: 'T', name: 'Tỉnh', kind: 'province', headcount: 0, parentId: null });
	bankId = await createBank(db, { unitId: province.id, name: 'Ngân hàng tỉnh' });
	const person = (phone: string) =>
		createUser(db, { fullName: phone, birthDate: null, phone, email: null, unitId: province.id, role: 'editor', password: 'matkhau123' });
	editor = await person('0923000001');
	other = await person('0923000002');
});
afterAll(() => database.close());

test('an editor deletes their own draft that nothing has used, and the near-duplicate is gone with it', async () => {
	const { db } = database;
	const stem = 'Chương trình tổng thể CCHC giai đoạn 2021-2030 ban hành kèm theo văn bản nào?';
	const original = await createQuestion(db, bankId, single(stem), other, 'approved');
	const copy = await createQuestion(db, bankId, single(stem.replace('văn bản', 'nghị quyết')), editor);
	expect((await similarQuestions(db, bankId, stem, original)).map((s) => s.id)).toEqual([copy]);

	expect([
		await canDeleteDraft(db, copy, editor),
		await canDeleteDraft(db, copy, other),
		await canDeleteDraft(db, original, other)
	]).toEqual([true, false, false]);
	expect(await refusal(deleteOwnDraft(db, copy, other))).toMatchObject({ code: 'bank.deleteOnlyOwnDraft', status: 409 });
	expect(await refusal(deleteOwnDraft(db, original, other))).toMatchObject({ code: 'bank.deleteOnlyOwnDraft' });
	await deleteOwnDraft(db, copy, editor);
	expect(await getQuestion(db, copy)).toBeNull();
	expect(await db.select().from(questionVersion).where(eq(questionVersion.questionId, copy))).toEqual([]);
	expect(await similarQuestions(db, bankId, stem, original)).toEqual([]);
	expect(await refusal(deleteOwnDraft(db, copy, editor))).toMatchObject({ code: 'bank.questionNotFound', status: 404 });
});

test('a draft once shown in an attempt, or one sent for review, stays', async () => {
	const { db } = database;
	const used = await createQuestion(db, bankId, single('Câu hỏi đã được rút vào một bài thi'), editor);
	const [version] = await db.select({ id: questionVersion.id }).from(questionVersion).where(eq(questionVersion.questionId, used));
	await markVersionsUsed(db, [version.id]);
	expect(await refusal(deleteOwnDraft(db, used, editor))).toMatchObject({ code: 'bank.deleteOnlyOwnDraft' });

	const sent = await createQuestion(db, bankId, single('Câu hỏi đã gửi duyệt'), editor);
	await bulkUpdate(db, bankId, [sent], { kind: 'submit' }, editor);
	expect(await refusal(deleteOwnDraft(db, sent, editor))).toMatchObject({ code: 'bank.deleteOnlyOwnDraft' });
	expect(await getQuestion(db, sent)).not.toBeNull();
});
