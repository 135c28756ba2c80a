import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import { checkImage } from '$lib/bank/image';
import { AppError } from '$lib/errors';
import type { Db } from '$lib/server/db';
import { media } from '$lib/server/db/schema';

/** A picture refused: it goes under the editor's image field. */
export class ImageError extends AppError<'bank.imageTooLarge' | 'bank.imageType'> {
	constructor(code: ImageError['code']) {
		super(code, { field: 'image' });
	}
}

/** Stores an uploaded picture under an unguessable id, after checking what it really is. */
export async function storeImage(db: Db, bytes: Uint8Array, uploadedBy: string): Promise<string> {
	const checked = checkImage(bytes);
	if ('error' in checked) throw new ImageError(checked.error);
	const id = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(15)));
	await db.insert(media).values({ id, mime: checked.mime, bytes, size: bytes.length, uploadedBy });
	return id;
}

export async function getImage(db: Db, id: string): Promise<{ mime: string; bytes: Uint8Array } | null> {
	const [found] = await db.select({ mime: media.mime, bytes: media.bytes }).from(media).where(eq(media.id, id));
	return found ?? null;
}

/** The picture a form uploaded, if any: null when the file input was left empty. */
export async function uploadedImage(form: FormData): Promise<Uint8Array | null> {
	const file = form.get('image');
	if (!(file instanceof File) || file.size === 0) return null;
	return new Uint8Array(await file.arrayBuffer());
}
