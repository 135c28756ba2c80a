import type { HostCommand } from '$lib/realtime/events';
import type { SegmentKind } from './config';
import type { Phase } from './state';
import type { HostView } from './views';

/** What the host console offers at each moment of the game, so the MC sees only the buttons that work. */

export type ConsoleCommand = Extract<HostCommand['type'], 'start' | 'next' | 'pause' | 'resume' | 'extend' | 'skip' | 'lock' | 'reveal' | 'showLeaderboard' | 'end'>;

const BETWEEN_QUESTIONS: readonly Phase[] = ['lobby', 'revealed', 'leaderboard'];

/** The phase behind a pause: skipping a paused question is allowed, as on stage. */
const underlying = (view: Pick<HostView, 'phase' | 'question' | 'reveal' | 'leaderboard'>): Phase => {
	if (view.phase !== 'paused') return view.phase;
	if (view.leaderboard) return 'leaderboard';
	if (view.reveal) return 'revealed';
	return view.question ? 'open' : 'lobby';
};

export function availableCommands(view: Pick<HostView, 'phase' | 'question' | 'reveal' | 'leaderboard' | 'remainingMs'>): Set<ConsoleCommand> {
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
export function upcomingKind(view: Pick<HostView, 'phase' | 'question'>, segments: readonly { kind: SegmentKind; count: number }[]): SegmentKind | null {
	const q = view.question;
	if (!q) return view.phase === 'lobby' ? (segments[0]?.kind ?? null) : null;
	return q.number < q.count ? q.segmentKind : (segments[q.position.segment + 1]?.kind ?? null);
}

/** Situation and về đích questions are someone's turn: the host names the contestant when opening them. */
export const takesRespondent = (kind: SegmentKind | null): boolean => kind === 'situation' || kind === 'final';

/** The ngôi sao hy vọng is staked between questions, on a về đích question about to open. */
export const starsOpen = (view: Pick<HostView, 'phase' | 'question'>, segments: readonly { kind: SegmentKind; count: number }[]): boolean =>
	BETWEEN_QUESTIONS.includes(view.phase) && upcomingKind(view, segments) === 'final';
