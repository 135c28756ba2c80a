import type { Cue } from '$lib/live/stage-cues';

/**
 * The big screen's sounds: short tones made by the Web Audio API (nothing to download), off until the
 * operator turns them on; the choice is kept in this browser. Browsers start audio only after a click,
 * which the switch itself is.
 */

const STORE_KEY = 'hoithi.stage.sound';

/** Each cue as notes: frequency in Hz and length in seconds, played one after another. */
const TUNES: Record<Cue, [number, number][]> = {
	question: [
		[523, 0.12],
		[784, 0.2]
	],
	tick: [[880, 0.06]],
	lock: [[330, 0.35]],
	reveal: [
		[523, 0.12],
		[659, 0.12],
		[784, 0.25]
	],
	podium: [
		[523, 0.15],
		[659, 0.15],
		[784, 0.15],
		[1047, 0.4]
	]
};

export const soundWanted = (): boolean => localStorage.getItem(STORE_KEY) === 'on';
export const rememberSound = (on: boolean): void => localStorage.setItem(STORE_KEY, on ? 'on' : 'off');

let context: AudioContext | null = null;

/** Called from the switch's click, so that the browser lets the audio start. */
export function unlockSound(): void {
	context ??= new AudioContext();
	void context.resume();
}

export function play(cue: Cue): void {
	if (!context) return;
	let start = context.currentTime;
	for (const [frequency, length] of TUNES[cue]) {
		const oscillator = context.createOscillator();
		const gain = context.createGain();
		oscillator.type = 'triangle';
		oscillator.frequency.value = frequency;
		// A short fade in and out: no clicks.
		gain.gain.setValueAtTime(0, start);
		gain.gain.linearRampToValueAtTime(0.25, start + 0.01);
		gain.gain.linearRampToValueAtTime(0, start + length);
		oscillator.connect(gain).connect(context.destination);
		oscillator.start(start);
		oscillator.stop(start + length);
		start += length;
	}
}
