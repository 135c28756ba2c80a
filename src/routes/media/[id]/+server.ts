import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getImage } from '$lib/server/bank/media';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** Pictures of questions, for signed-in users; the id is unguessable and the content never changes. */
export const GET: RequestHandler = async (event) => {
	requireUser(event);
	const image = await getImage(db(), event.params.id);
	if (!image) error(404, { message: 'errors.notFound' });
	return new Response(new Uint8Array(image.bytes), {
		headers: {
			'content-type': image.mime,
			'cache-control': 'private, max-age=31536000, immutable',
			'x-content-type-options': 'nosniff'
		}
	});
};
