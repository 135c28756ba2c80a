import type { HostCommand } from '$lib/realtime/events';
import type { SegmentKind } from './config';
import type { Phase } from './state';
import type { HostView } from './views';

/** What the host console offers at each moment of the game, so the MC sees only the buttons that work. */

export type ConsoleCommand = Extract<
	HostCommand['type'],
	'start' | 'next' | 'pause' | 'resume' | 'extend' | 'skip' | 'lock' | 'reveal' | 'showLeaderboard' | 'end'
>;

const BETWEEN_QUESTIONS: readonly Phase[] = ['lobby', 'revealed', 'leaderboard'];

/** The phase behind a pause: skipping a paused question is allowed, as on stage. */
const underlying = (view: Pick<HostView, 'phase' | 'question' | 'reveal' | 'leaderboard'>): Phase => {
	if (view.phase !== 'paused') return view.phase;
	if (view.leaderboard) return 'leaderboard';
	if (view.reveal) return 'revealed';
	return view.question ? 'open' : 'lobby';
};

export function availableCommands(
	view: Pick<HostView, 'phase' | 'question' | 'reveal' | 'leaderboard' | 'remainingMs'>
): Set<ConsoleCommand> {
	const phase = view.phase;
	const shown = new Set<ConsoleCommand>();
	if (phase === 'lobby') shown.add('start');
	if (phase === 'revealed' || phase === 'leaderboard') shown.add('next');
	if (phase === 'open' || phase === 'locked' || phase === 'judging' || phase === 'revealed' || phase === 'leaderboard') shown.add('pause');
	if (phase === 'paused') shown.add('resume');
	if (phase === 'open' || (phase === 'paused' && view.remainingMs !== null)) shown.add('extend');
	const behind = underlying(view);
	if (behind === 'open' || behind === 'locked' || behind === 'judging') shown.add('skip');
	if (phase === 'open') shown.add('lock');
	if (phase === 'open' || phase === 'locked') shown.add('reveal');
	if (phase === 'revealed') shown.add('showLeaderboard');
	if (phase !== 'ended') shown.add('end');
	return shown;
}

/** The kind of the question "next" (or "start", or "skip") would open; null after the last one. */
export function upcomingKind(
	view: Pick<HostView, 'phase' | 'question'>,
	segments: readonly { kind: SegmentKind; count: number }[]
): SegmentKind | null {
	const q = view.question;
	if (!q) return view.phase === 'lobby' ? (segments[0]?.kind ?? null) : null;
	return q.number < q.count ? q.segmentKind : (segments[q.position.segment + 1]?.kind ?? null);
}

/** Situation and về đích questions are someone's turn: the host names the contestant when opening them. */
export const takesRespondent = (kind: SegmentKind | null): boolean => kind === 'situation' || kind === 'final';

/** The ngôi sao hy vọng is staked between questions, on a về đích question about to open. */
export const starsOpen = (view: Pick<HostView, 'phase' | 'question'>, segments: readonly { kind: SegmentKind; count: number }[]): boolean =>
	BETWEEN_QUESTIONS.includes(view.phase) && upcomingKind(view, segments) === 'final';

// ---- keyboard shortcuts ------------------------------------------------------------------------------

/**
 * The MC's keys, by `KeyboardEvent.key` (letters in either case): each runs the first of its commands the
 * console offers at that moment. Space, → and PageDown (what a presenter's clicker sends) move the show on.
 */
const SHORTCUTS = new Map<string, readonly ConsoleCommand[]>([
	[' ', ['start', 'next']],
	['ArrowRight', ['start', 'next']],
	['PageDown', ['start', 'next']],
	['p', ['pause', 'resume']],
	['l', ['lock']],
	['r', ['reveal']],
	['b', ['showLeaderboard']],
	['+', ['extend']]
]);

/** For `aria-keyshortcuts` on each button: physical keys, so "+" is Shift+= on the usual layout. */
export const KEY_SHORTCUTS: Partial<Record<ConsoleCommand, string>> = {
	start: 'Space ArrowRight PageDown',
	next: 'Space ArrowRight PageDown',
	pause: 'P',
	resume: 'P',
	lock: 'L',
	reveal: 'R',
	showLeaderboard: 'B',
	extend: 'Shift+='
};

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>;

/** The command a key press runs now, or null (with Ctrl, Alt or Meta the browser's own shortcuts win). */
export function shortcutCommand(press: KeyPress, shown: ReadonlySet<ConsoleCommand>): ConsoleCommand | null {
	if (press.ctrlKey || press.altKey || press.metaKey) return null;
	const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
	return SHORTCUTS.get(key)?.find((command) => shown.has(command)) ?? null;
}

/**
 * Whether the focused element wants the key itself: every key while typing or choosing in a field, and
 * Space or Enter on a button or link, which press it.
 */
export function keyBelongsToFocus(focus: { tagName: string; isContentEditable: boolean } | null, key: string): boolean {
	if (!focus) return false;
	const tag = focus.tagName.toUpperCase();
	if (focus.isContentEditable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
	return (key === ' ' || key === 'Enter') && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY');
}
