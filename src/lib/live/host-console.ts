import { formatScore } from '$lib/i18n/format';
import type { HostCommand } from '$lib/realtime/events';
import type { SegmentKind } from './config';
import type { AuditEntry, Phase } from './state';
import type { HostView, RosterRow } from './views';

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

const judgedByAll = (view: { judging?: HostView['judging'] }): boolean =>
	!!view.judging && view.judging.judges > 0 && view.judging.scored === view.judging.judges;

export function availableCommands(
	view: Pick<HostView, 'phase' | 'question' | 'reveal' | 'leaderboard' | 'remainingMs'> & { judging?: HostView['judging'] }
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
	// A situation is revealed by the MC once every judge has scored.
	if (phase === 'open' || phase === 'locked' || (phase === 'judging' && judgedByAll(view))) shown.add('reveal');
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

/** A console command as its button (or key) runs it: "next" and its kin name the contestant when one is chosen. */
export function commandFor(command: ConsoleCommand, respondentId: string | null): HostCommand {
	if (command === 'start' || command === 'next' || command === 'skip')
		return respondentId ? { type: command, respondentId } : { type: command };
	if (command === 'extend') return { type: 'extend', seconds: 10 };
	return { type: command };
}

/** A manual correction from the console's form; the number field holds a number, or nothing when empty. */
export function adjustment(playerId: string, delta: unknown, reason: string): HostCommand {
	const points = Number(delta);
	return { type: 'adjustScore', playerId, delta: Number.isFinite(points) ? points : 0, reason };
}

// ---- players the console names ----------------------------------------------------------------------

/** The view lists the best players only; when it lists them all, nobody has to be searched for. */
export const listsEveryone = (view: Pick<HostView, 'roster' | 'players'>): boolean => view.roster.length >= view.players;

/** Who may still be named to answer or star: not eliminated. */
export const inPlay = (player: Pick<RosterRow, 'eliminated'>): boolean => !player.eliminated;

/** A player's name, whether the view names them (a star, the buzzer's winner) or only lists them. */
export const playerName = (view: Pick<HostView, 'names' | 'roster'>, id: string | null): string =>
	(id && view.names[id]) || (view.roster.find((p) => p.id === id)?.name ?? '');

/** Each judge with a tick once they have scored the situation on stage. */
export const judgesProgress = (judges: readonly { id: string; name: string }[], scored: readonly string[]): string =>
	judges.map((j) => `${j.name} ${scored.includes(j.id) ? '✓' : '…'}`).join(', ');

/** An audit row's change of score, signed; only corrections have one. */
export const auditDelta = (entry: Pick<AuditEntry, 'kind' | 'delta'>): string =>
	entry.kind !== 'adjust' ? '' : entry.delta > 0 ? `+${formatScore(entry.delta)}` : formatScore(entry.delta);

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
	['+', ['extend']],
	['k', ['skip']],
	['e', ['end']]
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
	extend: 'Shift+=',
	skip: 'K',
	end: 'E'
};

/** The key each command's button shows, as the MC reads it. */
export const KEY_LABELS: Partial<Record<ConsoleCommand, string>> = {
	start: 'Space',
	next: 'Space',
	pause: 'P',
	resume: 'P',
	lock: 'L',
	reveal: 'R',
	showLeaderboard: 'B',
	extend: '+',
	skip: 'K',
	end: 'E'
};

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>;

/** The verdict keys on the buzzer who has the floor: D for Đúng, S for Sai. */
export const VERDICT_KEYS = { right: 'D', wrong: 'S' } as const;

/** Keys that move the focus to the control the phase needs: C the contestant who answers next, N the star, U the rescue. */
export const FOCUS_KEYS: Record<string, string> = { c: 'respondent', n: 'star-player', u: 'rescue-all' };

/** The verdict a key press gives on the buzzer who has the floor, or null. */
export function verdictCommand(press: KeyPress, view: Pick<HostView, 'phase' | 'buzz'>): HostCommand | null {
	if (press.ctrlKey || press.altKey || press.metaKey) return null;
	const head = buzzHead(view);
	const key = press.key.toUpperCase();
	if (!head || (key !== VERDICT_KEYS.right && key !== VERDICT_KEYS.wrong)) return null;
	return { type: 'markBuzz', playerId: head.id, correct: key === VERDICT_KEYS.right };
}

/** The id of the control a focus key leads to, or null. */
export function focusTarget(press: KeyPress): string | null {
	if (press.ctrlKey || press.altKey || press.metaKey || press.key.length !== 1) return null;
	return FOCUS_KEYS[press.key.toLowerCase()] ?? null;
}

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

// ---- what needs a second press --------------------------------------------------------------------------

/** Commands that undo work or cannot be taken back ask first: a skip, the end, and a start with nobody in. */
export function needsConfirmation(command: ConsoleCommand, view: Pick<HostView, 'players'>): boolean {
	return command === 'skip' || command === 'end' || (command === 'start' && view.players === 0);
}

// ---- the buzz queue, the rescue -----------------------------------------------------------------------

/** The buzzer who has the floor (or heads the queue in a game without windows), while a verdict may be given. */
export function buzzHead(view: Pick<HostView, 'phase' | 'buzz'>): { id: string; name: string } | null {
	const buzz = view.buzz;
	if (!buzz || buzz.winner || (view.phase !== 'open' && view.phase !== 'locked')) return null;
	return buzz.queue[0] ?? null;
}

/** A rescue is offered only when the engine takes it: between questions, with someone out. */
export const rescueOffered = (view: Pick<HostView, 'phase' | 'eliminatedCount'>): boolean =>
	BETWEEN_QUESTIONS.includes(view.phase) && view.eliminatedCount > 0;

// ---- the run sheet ----------------------------------------------------------------------------------------

export interface SheetPart {
	index: number;
	kind: SegmentKind;
	title: string;
	count: number;
	/** Done, on now, or still to come. */
	state: 'done' | 'current' | 'upcoming';
	/** On the current part, the 1-based question on; null elsewhere. */
	at: number | null;
}

/** The show's parts, where the game is and what is left. */
export function runSheet(
	view: Pick<HostView, 'phase' | 'question'>,
	segments: readonly { kind: SegmentKind; title: string; count: number }[]
): SheetPart[] {
	const on = view.question?.position.segment ?? (view.phase === 'podium' || view.phase === 'ended' ? segments.length : -1);
	return segments.map((s, index) => ({
		index,
		kind: s.kind,
		title: s.title,
		count: s.count,
		state: index < on ? 'done' : index === on ? 'current' : 'upcoming',
		at: index === on ? (view.question?.number ?? null) : null
	}));
}

/**
 * Where "next" (or "start") goes, for its label: the next question of this part, a new part by name
 * ("Sang phần: Về đích"), or the podium.
 */
export function nextStep(
	view: Pick<HostView, 'phase' | 'question'>,
	segments: readonly { kind: SegmentKind; title: string; count: number }[]
): { to: 'question' } | { to: 'part'; title: string; kind: SegmentKind } | { to: 'podium' } {
	const q = view.question;
	const partIndex = !q ? (view.phase === 'lobby' ? 0 : -1) : q.number < q.count ? null : q.position.segment + 1;
	if (partIndex === null) return { to: 'question' };
	const part = segments[partIndex];
	return part ? { to: 'part', title: part.title, kind: part.kind } : { to: 'podium' };
}
