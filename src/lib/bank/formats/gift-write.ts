/**
 * Writes GIFT (toGift): every type, and toGift → parseGift gives back the same drafts. What GIFT
 * cannot say travels in one comment line before the question, which Moodle skips:
 *   // hoithi: {"difficulty":"hard","source":"Nghị định 30/2020","content":{"type":"ordering",…}}
 * It holds difficulty (when not medium), source (when set), topic or tags (only if they hold line
 * breaks and so cannot be a $CATEGORY or [tag:…]), and `content` whenever the answer block read back
 * would not give the same content: always for ordering (written as an essay "{}"), for a situation
 * whose rubric is not the default one (also "{}"), for multiple choice without weights (written with
 * weights Moodle accepts: right options share +100%, the others share -100%) or whose right options are
 * not exactly the positive weights, for short answers that count case and diacritics or put a
 * tolerance on non-numbers, and for options that start with "%". When present, `content` wins over
 * the answer block on import; a hand-edited answer block needs the comment line removed.
 */
import { questionContent, type QuestionContent, type QuestionDraft } from '../question';
import { readBlock } from './gift-answers';
import { readTags } from './gift-read';
import { escapeGift, FORMAT, giftNumber, lex, type Meta } from './gift-syntax';

const round = (n: number) => Number(n.toFixed(5));

/** A text GIFT reads back as it is: escaped, behind "[plain]" when it starts like a text-format marker. */
const giftText = (text: string) => (FORMAT.test(text) ? '[plain]' : '') + escapeGift(text);

/** The answer block (between the braces, without general feedback) GIFT writes for a content. */
function answerBlock(content: QuestionContent): string {
	const lines = (items: string[]) => items.map((item) => `\n\t${item}`).join('') + '\n';
	switch (content.type) {
		case 'single':
			return lines(content.options.map((o, i) => (i === content.correct ? '=' : '~') + giftText(o)));
		case 'multiple': {
			const { options, correct } = content;
			const wrong = options.length - correct.length;
			const weights = content.weights ?? options.map((_, i) => round(correct.includes(i) ? 100 / correct.length : -100 / wrong));
			return lines(options.map((o, i) => `~${weights[i] ? `%${weights[i]}%` : ''}${giftText(o)}`));
		}
		case 'true_false':
			return content.correct ? 'T' : 'F';
		case 'short': {
			const { accepted, tolerance } = content;
			if (tolerance === undefined || !accepted.every((a) => giftNumber(a) !== null)) return lines(accepted.map((a) => `=${giftText(a)}`));
			return accepted.length === 1 ? `#${accepted[0]}:${tolerance}` : `#${accepted.map((a) => `=${a}:${tolerance}`).join(' ')}`;
		}
		case 'ordering':
		case 'situation':
			return '';
	}
}

function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(
		Object.entries(value)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([k, v]) => [k, canonical(v)])
	);
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** A $CATEGORY path GIFT reads back as it is: one starting like Moodle's context or "top" goes under "top". */
const categoryPath = (topic: string) => (/^\s*(\$[a-z]+\$|top)(\/(?!\/)|\s*$)/.test(topic) ? `top/${topic}` : topic);

/** Writes drafts as GIFT; see the top of this file for what the `// hoithi:` comment carries. */
export function toGift(drafts: QuestionDraft[]): string {
	const blocks: string[] = [];
	let category = '';
	for (const draft of drafts) {
		const meta: Meta = {};
		const lines: string[] = [];
		if (draft.difficulty !== 'medium') meta.difficulty = draft.difficulty;
		if (draft.source) meta.source = draft.source;
		if (/[\r\n]/.test(draft.topic)) meta.topic = draft.topic;
		else if (draft.topic !== category) {
			category = draft.topic;
			blocks.push(`$CATEGORY: ${categoryPath(category)}`.trimEnd());
		}
		const tagLine = draft.tags.map((tag) => `[tag:${tag.replaceAll(']', '\\]')}]`).join(' ');
		if (/[\r\n]/.test(tagLine) || !same(readTags([tagLine]), draft.tags)) meta.tags = draft.tags;
		else if (tagLine) lines.push(`// ${tagLine}`);

		const block = answerBlock(draft.content);
		const back = readBlock(lex(block), 'plain');
		const backContent = 'content' in back ? questionContent.safeParse(back.content).data : undefined;
		if (!same(backContent, draft.content)) meta.content = draft.content;
		if (Object.keys(meta).length > 0) lines.push(`// hoithi: ${JSON.stringify(meta)}`);

		const stem = draft.stem.startsWith('//') ? `[plain]${escapeGift(draft.stem)}` : giftText(draft.stem);
		const explanation = draft.explanation ? `####${giftText(draft.explanation)}` : '';
		const tail = block.endsWith('\n') ? (explanation ? `\t${explanation}\n` : '') : explanation;
		lines.push(`${stem} {${block}${tail}}`);
		blocks.push(lines.join('\n'));
	}
	return blocks.map((block) => `${block}\n`).join('\n');
}
