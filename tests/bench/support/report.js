// Figures for the terminal: percentiles by nearest rank, milliseconds and rates with their units.

/**
 * @param {number[]} sorted ascending
 * @param {number} p 0–100
 */
export function percentile(sorted, p) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (/** @type {number} */ value) => (Number.isNaN(value) ? '–' : value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);

/**
 * "p50 12 ms · p95 40 ms · p99 95 ms (n = 10000)"
 * @param {number[]} values
 * @param {number[]} ps
 */
export function distribution(values, ps = [50, 95, 99]) {
	const sorted = [...values].sort((a, b) => a - b);
	const parts = ps.map((p) => `p${p} ${ms(percentile(sorted, p))}`);
	return `${parts.join(' · ')} · max ${ms(sorted.at(-1) ?? NaN)} (n = ${sorted.length})`;
}

/**
 * @param {string} label
 * @param {unknown} value
 */
export function line(label, value) {
	console.log(`  ${label.padEnd(24)} ${value}`);
}
