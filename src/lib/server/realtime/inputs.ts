import { z } from 'zod';
import type { InputOf, RequestEvent } from '$lib/realtime/events';

/** How the server checks a request's input before its handler runs (see ./handle). */
export interface InputRule<T> {
	schema: z.ZodType<T>;
	/** The reply to an input the schema refuses. */
	invalid: string;
}

/** A rule per request, each schema yielding its event's input: the event map and the schemas cannot drift apart. */
export type InputRules<E extends RequestEvent> = { [K in E]: InputRule<InputOf<K>> };

/** A request that carries nothing but its acknowledgement: whatever else comes with it is ignored. */
export const noInput: InputRule<undefined> = { schema: z.unknown().transform(() => undefined), invalid: 'errors.unexpected' };

/** A database id: a positive 32-bit integer. */
export const id = z
	.number()
	.int()
	.positive()
	.max(2 ** 31 - 1);
