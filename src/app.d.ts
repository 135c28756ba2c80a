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
		}
	}
}

export {};
