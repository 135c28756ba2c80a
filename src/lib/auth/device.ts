/**
 * A browser's User-Agent as a person names their device: "Chrome · Android". Good enough to tell one's
 * phone from one's office computer in the list of sessions; unknown parts are left out.
 */
const BROWSERS: [RegExp, string][] = [
	[/Edg\//, 'Edge'],
	[/OPR\/|Opera/, 'Opera'],
	[/CocCoc|coc_coc/i, 'Cốc Cốc'],
	[/Zalo/i, 'Zalo'],
	[/Firefox\//, 'Firefox'],
	[/Chrome\/|CriOS\//, 'Chrome'],
	[/Safari\//, 'Safari']
];
const SYSTEMS: [RegExp, string][] = [
	[/Android/, 'Android'],
	[/iPhone|iPad|iPod/, 'iOS'],
	[/Windows/, 'Windows'],
	[/Mac OS X|Macintosh/, 'macOS'],
	[/CrOS/, 'ChromeOS'],
	[/Linux/, 'Linux']
];

export function deviceName(userAgent: string | null): string | null {
	if (!userAgent) return null;
	const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
	const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
	return [browser, system].filter(Boolean).join(' · ') || null;
}
