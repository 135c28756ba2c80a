const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
	timeZone: TIME_ZONE,
	day: '2-digit',
	month: '2-digit',
	year: 'numeric'
});

const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
	timeZone: TIME_ZONE,
	day: '2-digit',
	month: '2-digit',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hour12: false
});

function parts(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
	return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
}

/** dd/mm/yyyy in Vietnam's time zone, whatever the machine's. */
export function formatDate(date: Date): string {
	const p = parts(dateFormat, date);
	return `${p.day}/${p.month}/${p.year}`;
}

/** dd/mm/yyyy HH:MM in Vietnam's time zone. */
export function formatDateTime(date: Date): string {
	const p = parts(dateTimeFormat, date);
	return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

const secondsFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, second: '2-digit' });

/** dd/mm/yyyy HH:MM:SS in Vietnam's time zone: submission times, where seconds break ties. */
export function formatDateTimeSeconds(date: Date): string {
	return `${formatDateTime(date)}:${parts(secondsFormat, date).second.padStart(2, '0')}`;
}

/** "yyyy-mm-ddTHH:MM" in Vietnam time, the value of a datetime-local input (read back as UTC+7). */
export function vietnamInputValue(date: Date): string {
	const p = parts(dateTimeFormat, date);
	return `${p.year}-${p.month}-${p.day}T${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

/** A calendar date stored as "yyyy-mm-dd" shown as dd/mm/yyyy (no time zone shift). */
export function formatIsoDate(isoDate: string): string {
	const [year, month, day] = isoDate.split('-');
	return `${day}/${month}/${year}`;
}

/** Reads dd/mm/yyyy (or yyyy-mm-dd from a date input) into "yyyy-mm-dd"; null when not a real date. */
export function parseDate(input: string): string | null {
	const text = input.trim();
	const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return null;
	const [day, month, year] = text.includes('/') ? [match[1], match[2], match[3]] : [match[3], match[2], match[1]];
	const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	const date = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** A duration as m:ss ("12:05"), for countdowns and results. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.ceil(ms / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

const scoreFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A score the Vietnamese way: "707,5", "1.250". */
export function formatScore(score: number): string {
	return scoreFormat.format(score);
}
