import { test as base, type BrowserContext } from '@playwright/test';

// Everything of Playwright's, with this file's `test` in place of its own.
export * from '@playwright/test';

/** A violation as the browser reported it: which directive refused what, and on which page. */
interface CspViolation {
	directive: string;
	blocked: string;
	page: string;
	sample: string;
}

const watched = new WeakSet<BrowserContext>();

/** Every page of `context` reports each Content-Security-Policy violation into `into`. */
async function watchCsp(context: BrowserContext, into: CspViolation[]): Promise<void> {
	if (watched.has(context)) return;
	watched.add(context);
	await context.exposeBinding('__hoithiCspViolation', (_source, violation: CspViolation) => void into.push(violation));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __hoithiCspViolation: (v: CspViolation) => void }).__hoithiCspViolation;
			report({ directive: e.violatedDirective, blocked: e.blockedURI, page: e.documentURI, sample: e.sample });
		});
	});
}

/**
 * Playwright's `test`, where every page, in the default context and in any the test opens with
 * `browser.newContext()`, fails the test on a Content-Security-Policy violation. A spec that provokes one
 * on purpose reads and empties `cspViolations`.
 */
export const test = base.extend<{ cspViolations: CspViolation[] }>({
	cspViolations: [
		async ({ browser, context }, use) => {
			const violations: CspViolation[] = [];
			await watchCsp(context, violations);
			const newContext = browser.newContext;
			browser.newContext = async (options) => {
				const opened = await newContext.call(browser, options);
				await watchCsp(opened, violations);
				return opened;
			};
			await use(violations);
			browser.newContext = newContext;
			base.expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});
