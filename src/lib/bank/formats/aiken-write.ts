/**
 * Writes Aiken (`toAiken`), and says what it could not: Aiken holds single-choice questions only, one
 * line per stem and option, and nothing but stem, options and key. Each question it writes reads back
 * through `parseAiken` as written (checked), so what `lost` does not name, the file keeps.
 */
import type { MessageKey } from '$lib/i18n';
import type { QuestionDraft } from '../question';
import { parseAiken } from './aiken';
import { LETTERS } from './common';

export type AikenLoss = Extract<MessageKey, `bank.aiken.${string}`>;

export interface AikenExport {
	text: string;
	/** By question (its index in the list): why it is not in the file, or what of it is not. */
	lost: { index: number; reason: AikenLoss }[];
}

const oneLine = (text: string) =>
	text
		.split(/\r\n|\r|\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.join(' ');

/** Whether a draft carries something besides stem, options and key. */
const hasMore = (draft: QuestionDraft) =>
	draft.explanation !== '' || draft.source !== '' || draft.topic !== '' || draft.tags.length > 0 || draft.difficulty !== 'medium';

export function toAiken(drafts: QuestionDraft[]): AikenExport {
	const blocks: string[] = [];
	const lost: AikenExport['lost'] = [];
	drafts.forEach((draft, index) => {
		if (draft.content.type !== 'single') return lost.push({ index, reason: 'bank.aiken.notSingle' });
		const { options, correct } = draft.content;
		const stem = oneLine(draft.stem);
		const lines = options.map(oneLine);
		const block = [stem, ...lines.map((o, i) => `${LETTERS[i]}. ${o}`), `ANSWER: ${LETTERS[correct]}`].join('\n');
		// A stem that reads as an option or as the answer line, or options that are one once on one line.
		const back = parseAiken(block).drafts[0];
		if (!back || JSON.stringify([back.stem, back.content]) !== JSON.stringify([stem, { type: 'single', options: lines, correct }]))
			return lost.push({ index, reason: 'bank.aiken.cannotWrite' });
		blocks.push(block);
		if (stem !== draft.stem || lines.some((line, i) => line !== options[i])) lost.push({ index, reason: 'bank.aiken.oneLine' });
		if (hasMore(draft)) lost.push({ index, reason: 'bank.aiken.leftOut' });
	});
	return { text: blocks.map((block) => `${block}\n`).join('\n'), lost };
}
