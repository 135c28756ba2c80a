import { error } from '@sveltejs/kit';

/** A database id from the URL: a positive 32-bit integer, or 404 before any query runs. */
export function idParam(value: string | undefined, message = 'errors.notFound'): number {
	const id = Number(value);
	if (!Number.isInteger(id) || id <= 0 || id > 2 ** 31 - 1) error(404, { message });
	return id;
}
