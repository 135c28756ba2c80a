// How answer option n looks wherever a live question is shown (phone tiles, big screen, host console): a colour
// and a shape, so a colour-blind player or a grey projector still tells the options apart.

export type AnswerShape = 'triangle' | 'diamond' | 'circle' | 'square' | 'star' | 'hexagon';

export interface AnswerLook {
	/** The option's letter as the question shows it: A, B, C, ... */
	letter: string;
	shape: AnswerShape;
	/** A glyph of the shape, for text-only places (an `aria-hidden` span next to the letter). */
	glyph: string;
	/** The CSS custom property of its tile colour (text on it: `--color-on-answer`). */
	colorVar: string;
}

const looks: readonly Omit<AnswerLook, 'letter'>[] = [
	{ shape: 'triangle', glyph: '▲', colorVar: '--color-answer-1' },
	{ shape: 'diamond', glyph: '◆', colorVar: '--color-answer-2' },
	{ shape: 'circle', glyph: '●', colorVar: '--color-answer-3' },
	{ shape: 'square', glyph: '■', colorVar: '--color-answer-4' },
	{ shape: 'star', glyph: '★', colorVar: '--color-answer-5' },
	{ shape: 'hexagon', glyph: '⬢', colorVar: '--color-answer-6' }
];

/** The look of the option at `index` (0-based); beyond six options the looks repeat with the letter still unique. */
export function answerLook(index: number): AnswerLook {
	return { letter: String.fromCharCode(65 + index), ...looks[index % looks.length] };
}
