import { z } from 'zod';
import { isValidId } from '$lib/live/config';
import type { HostCommand, RequestEvent } from '$lib/realtime/events';
import { id, noInput, type InputRules } from '$lib/server/realtime/inputs';

/** What each live game request must send (`live:*` in $lib/realtime/events), checked before its handler runs. */

type LiveRequest = Extract<RequestEvent, `live:${string}`>;

const position = z.object({ segment: z.number().int().min(0).max(1000), question: z.number().int().min(0).max(10_000) });
const playerId = z.string().refine(isValidId);
const reason = z.string().trim().max(500);
const hostCommand: z.ZodType<HostCommand> = z.discriminatedUnion('type', [
	z.object({ type: z.literal('start'), respondentId: playerId.optional() }),
	z.object({ type: z.literal('next'), respondentId: playerId.optional() }),
	z.object({ type: z.literal('skip'), respondentId: playerId.optional() }),
	z.object({ type: z.literal('pause') }),
	z.object({ type: z.literal('resume') }),
	z.object({ type: z.literal('extend'), seconds: z.number().int().min(1).max(120) }),
	z.object({ type: z.literal('lock') }),
	z.object({ type: z.literal('reveal') }),
	z.object({ type: z.literal('showLeaderboard') }),
	z.object({ type: z.literal('end') }),
	z.object({ type: z.literal('adjustScore'), playerId, delta: z.number().finite(), reason }),
	z.object({ type: z.literal('removePlayer'), playerId, reason: reason.optional() }),
	z.object({ type: z.literal('rescue'), playerIds: z.array(playerId).max(10_000).optional() }),
	z.object({ type: z.literal('markBuzz'), playerId, correct: z.boolean() }),
	z.object({ type: z.literal('stakeStar'), playerId })
]);

const live = <T>(schema: z.ZodType<T>) => ({ schema, invalid: 'live.errors.invalidInput' });

export const liveInputs = {
	'live:clock': noInput,
	'live:join': live(
		z.object({
			pin: z.string().regex(/^\d{6}$/),
			name: z.string().max(200).optional(),
			seats: z.array(z.string().min(10).max(100)).max(20).optional()
		})
	),
	'live:resume': live(z.object({ gameId: id, token: z.string().min(10).max(100) })),
	'live:answer': live(z.object({ answerId: z.string().refine(isValidId), position, response: z.unknown() })),
	'live:buzz': live(z.object({ position })),
	'live:star': noInput,
	'live:watch': live(z.object({ gameId: id, as: z.enum(['host', 'screen', 'judge']) })),
	'live:command': live(z.object({ gameId: id, command: hostCommand })),
	'live:score': live(z.object({ gameId: id, position, scores: z.array(z.number().finite()).max(50) })),
	'live:players': live(z.object({ gameId: id, query: z.string().trim().min(1).max(100) }))
} satisfies InputRules<LiveRequest>;
