import type { vi } from './vi';

/** English, started so the layer is proven; untranslated keys fall back to Vietnamese. */
export const en: Partial<Record<keyof typeof vi, string>> = {
	'app.tagline': 'Knowledge contests on public administration reform',
	'nav.home': 'Home',
	'errors.unavailable': 'The system is briefly unavailable, please try again',
	'errors.unavailableHint': 'The database is paused. Answers confirmed as saved are kept; the page works again in a few minutes.',
	'errors.tryAgain': 'Try again',
	'errors.badRequest': 'Bad request.',
	'nav.login': 'Log in',
	'nav.register': 'Register',
	'nav.logout': 'Log out',
	'nav.profile': 'Profile',
	'nav.units': 'Units',
	'nav.users': 'Users',
	'my.title': 'Your contests',
	'my.submitted': 'Submitted',
	'my.seeResult': 'See the result',
	'my.retake': 'Try again',
	'contest.confirmTitle': 'Submit?',
	'contest.confirmSubmit': 'Submit now',
	'contest.confirmBack': 'Back to the questions',
	'contest.answeredNone': 'Not answered',
	'result.card': 'Result card',
	'result.print': 'Print the result card',
	'reset.forgotLink': 'Forgot your password?',
	'reset.forgotTitle': 'Forgot password',
	'reset.title': 'Reset your password'
};
