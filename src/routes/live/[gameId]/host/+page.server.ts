import { db } from '$lib/server/db';
import { requireGameRunner } from '$lib/server/live/access';
import { assignedSeats } from '$lib/server/live/roster';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { game } = await requireGameRunner(event);
	return {
		game: { id: game.id, title: game.title, pin: game.pin, guests: game.guests },
		joinUrl: `${event.url.origin}/play?pin=${game.pin}`,
		// The console needs the shape of the show (what "next" opens), never the questions themselves.
		segments: game.config.segments.map((s) => ({
			kind: s.kind,
			title: s.title,
			count: s.questions.length,
			starBy: s.kind === 'final' ? (s.starBy ?? 'host') : null
		})),
		judges: game.config.judges,
		// Who is expected, for the lobby; who is in comes with the host view.
		seats: game.assigned ? await assignedSeats(db(), game.id) : null
	};
};
