import { formError } from '$lib/server/forms';
import { UserError } from './users';

const FIELD_OF: Partial<Record<UserError['code'], string>> = {
	'auth.phoneTaken': 'phone',
	'auth.emailTaken': 'email',
	'auth.wrongCurrentPassword': 'currentPassword',
	'units.notFound': 'unitId'
};

/** Turns a user service error into the form failure that names its field; rethrows anything else. */
export function userFailure(form: FormData, error: unknown) {
	if (!(error instanceof UserError)) throw error;
	return formError(form, error.code, { field: FIELD_OF[error.code] });
}
