import { fail } from '@sveltejs/kit';
import type { Db } from '$lib/server/db';
import { ImageError, storeImage, uploadedImage } from './media';
import { editorValuesFromForm, questionFromForm } from './question-form';
import type { QuestionInput } from './questions';

/**
 * Reads a submitted question editor, picture included: the new upload, else the current picture
 * unless "remove" was ticked. Returns the input to save, or the form failure to hand back.
 */
export async function questionInputFrom(db: Db, form: FormData, uploadedBy: string, currentImageId: string | null) {
	const { input, errors } = questionFromForm(form);
	const values = () => editorValuesFromForm(form);
	if (errors) return { failure: fail(400, { errors, values: values() }) };
	const bytes = await uploadedImage(form);
	let imageId = form.has('removeImage') ? null : currentImageId;
	if (bytes) {
		try {
			imageId = await storeImage(db, bytes, uploadedBy);
		} catch (e) {
			if (e instanceof ImageError) return { failure: fail(400, { errors: { image: [e.code] }, values: values() }) };
			throw e;
		}
	}
	return { input: { ...input, imageId } satisfies QuestionInput };
}
