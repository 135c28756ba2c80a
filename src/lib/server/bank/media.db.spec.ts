import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '$lib/server/db/client';
import { openTestDatabase } from '$lib/server/db/test-db';
import { createUser } from '$lib/server/auth/users';
import { createUnit } from '$lib/server/units/service';
import { media } from '$lib/server/db/schema';
import { createBank } from './banks';
import { getImage, ImageError, storeImage } from './media';
import { createQuestionFromForm } from './question-save';

let database: Database;
let userId: string;
let unitId: number;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
	database = await openTestDatabase();
	const unit = await createUnit(database.db, { code: 'M', name: 'Đơn vị', kind: 'other', headcount: 0, parentId: null });
	unitId = unit.id;
	userId = await createUser(database.db, {
		fullName: 'Người tải ảnh',
		birthDate: null,
		phone: '0955000001',
		email: null,
		unitId: unit.id,
		role: 'editor',
		password: 'matkhau123'
	});
});
afterAll(() => database.close());

describe('question pictures', () => {
	test('a picture comes back byte for byte with the type read from its content', async () => {
		const id = await storeImage(database.db, new Uint8Array(PNG), userId);
		const image = await getImage(database.db, id);
		expect(image?.mime).toBe('image/png');
		expect(Buffer.from(image!.bytes).equals(PNG)).toBe(true);
	});

	test('a file that is not a picture is refused and nothing is stored', async () => {
		await expect(storeImage(database.db, new TextEncoder().encode('<svg/>'), userId)).rejects.toThrow(ImageError);
		expect(await getImage(database.db, 'khong-co')).toBeNull();
	});
});

describe('a question saved with a picture', () => {
	test('leaves no picture behind when the question itself cannot be saved', async () => {
		const bankId = await createBank(database.db, { name: 'Ngân hàng ảnh', unitId });
		const form = new FormData();
		form.set('type', 'true_false');
		form.set('stem', 'Bộ phận một cửa tiếp nhận hồ sơ?');
		form.set('truth', 'true');
		form.set('difficulty', 'easy');
		form.set('topicId', String(2 ** 31 - 1)); // no such topic: the insert fails after the picture is in
		form.set('image', new File([new Uint8Array(PNG)], 'anh.png', { type: 'image/png' }));
		const before = await database.db.select({ id: media.id }).from(media);
		await expect(createQuestionFromForm(database.db, bankId, form, userId)).rejects.toThrow();
		expect(await database.db.select({ id: media.id }).from(media)).toHaveLength(before.length);
	});
});
