import { requireGameJudge } from '$lib/server/live/access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { game } = await requireGameJudge(event);
	return { game: { id: game.id, title: game.title } };
};
