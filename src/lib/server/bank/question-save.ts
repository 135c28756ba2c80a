import { fail } from '@sveltejs/kit';
import type { EditorValues } from '$lib/bank/editor-values';
import type { FormFailure } from '$lib/errors';
import type { Db } from '$lib/server/db';
import { toFailure } from '$lib/server/errors';
import { storeImage, uploadedImage } from './media';
import { editorValuesFromForm, questionFromForm } from './question-form';
import { createQuestion, updateQuestion, type QuestionInput } from './questions';

/**
 * Reads a submitted question editor, picture included: the new upload, else the current picture
 * unless "remove" was ticked. Returns the input to save, or the form failure to hand back.
 */
async function questionInputFrom(db: Db, form: FormData, uploadedBy: string, currentImageId: string | null) {
	const { input, errors } = questionFromForm(form);
	const values = () => editorValuesFromForm(form);
	if (errors) return { failure: fail(400, { errors, values: values() } satisfies FormFailure<EditorValues>) };
	const bytes = await uploadedImage(form);
	let imageId = form.has('removeImage') ? null : currentImageId;
	if (bytes) {
		try {
			imageId = await storeImage(db, bytes, uploadedBy);
		} catch (e) {
			return { failure: toFailure(e, values()) };
		}
	}
	return { input: { ...input, imageId } satisfies QuestionInput };
}

// The picture and the question are stored in one transaction: a save that fails leaves no picture behind.

/** A new question from the editor: its id, or the failure to hand back. */
export function createQuestionFromForm(db: Db, bankId: number, form: FormData, authorId: string) {
	return db.transaction(async (tx) => {
		const { input, failure } = await questionInputFrom(tx, form, authorId, null);
		return failure ? { failure } : { id: await createQuestion(tx, bankId, input, authorId) };
	});
}

/** An edited question from the editor: the version written, or the failure to hand back. */
export function updateQuestionFromForm(
	db: Db,
	question: { id: number; imageId: string | null },
	form: FormData,
	actor: { id: string; canApprove: boolean }
) {
	return db.transaction(async (tx) => {
		const { input, failure } = await questionInputFrom(tx, form, actor.id, question.imageId);
		return failure ? { failure } : { updated: await updateQuestion(tx, question.id, input, actor) };
	});
}
