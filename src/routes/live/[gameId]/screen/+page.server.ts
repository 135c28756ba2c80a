import QRCode from 'qrcode';
import { requireGameRunner } from '$lib/server/live/access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// The projector's laptop signs in as an organizer: the screen shows the game as it runs.
	const { game } = await requireGameRunner(event);
	const joinUrl = `${event.url.origin}/play?pin=${game.pin}`;
	return {
		game: { id: game.id, title: game.title, pin: game.pin },
		joinUrl,
		joinHost: `${event.url.host}/play`,
		qr: await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
	};
};
