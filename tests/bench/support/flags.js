// Command-line flags of the benchmarks: a wrong one stops the run with a plain message and exit code 2.

/** @param {string} command e.g. "npm run bench:live" */
export function flagReader(command) {
	/** @param {string} message @returns {never} */
	const usage = (message) => {
		console.error(`${command}: ${message}`);
		process.exit(2);
	};
	return {
		usage,
		/** A whole number of at least `min`. */
		wholeNumber(/** @type {string} */ name, /** @type {string | undefined} */ value, min = 0) {
			const n = Number(value);
			if (!Number.isInteger(n) || n < min) usage(`--${name} must be a whole number of at least ${min}, got ${value}`);
			return n;
		},
		/** "150-600": two numbers, the first at least `min`, the second at least the first. */
		range(/** @type {string} */ name, /** @type {string | undefined} */ value, min = 0) {
			const bounds = (value ?? '').split('-').map(Number);
			if (bounds.length !== 2 || !(bounds[0] >= min && bounds[1] >= bounds[0]))
				usage(`--${name} must be a range like 150-600 starting at ${min} or more, got ${value}`);
			return /** @type {[number, number]} */ (bounds);
		}
	};
}
