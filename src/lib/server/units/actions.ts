import { formError } from '$lib/server/forms';
import { UnitError } from './service';

const FIELD_OF: Record<UnitError['code'], string | undefined> = {
	'units.codeTaken': 'code',
	'units.notFound': 'parentId',
	'units.moveIntoOwnSubtree': 'parentId'
};

/** Turns a unit service error into the form failure that names its field; rethrows anything else. */
export function unitFailure(form: FormData, error: unknown) {
	if (!(error instanceof UnitError)) throw error;
	return formError(form, error.code, { field: FIELD_OF[error.code] });
}
