import type { SessionUser, ValidSession } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			/** An i18n key, rendered by the error page. */
			message: string;
		}
		interface Locals {
			user: SessionUser | null;
			session: ValidSession | null;
			/** Names this request in every log line about it (and in the `x-request-id` reply header). */
			requestId: string;
			/** Why the request failed, when handleError saw a cause that deserves its own status. */
			failure: 'unavailable' | 'malformed' | 'unsupportedType' | null;
		}
	}
}

export {};
