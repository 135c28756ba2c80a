import fc from 'fast-check';
import { QUESTION_TYPES, type QuestionContent, type QuestionDraft, type QuestionType } from '../question';

/**
 * Test-only: fast-check arbitraries for valid question drafts, as `questionDraft.parse` returns them
 * (trimmed non-empty texts, options unique ignoring case). Texts mix Vietnamese letters with the
 * characters the formats treat specially (~ = # { } : , ; | ' \ % ± - + @ / [ ]), some start with "=",
 * and, unless `lines: false`, some hold line breaks. Carriage returns are left out: GIFT cannot write
 * one, and an editor never types one on its own.
 */

const VIETNAMESE = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ'];
const SPECIAL = [..."~=#{}:,;|'\\%±-+@/[]._"];
const PLAIN = [' ', ' ', ...'0123456789'];

export interface Shape {
	/** Texts may hold line breaks (default true). */
	lines?: boolean;
	/** Question types to draw from (default all six). */
	types?: readonly QuestionType[];
	/** Only stem and content vary; explanation, source, tags and topic are empty, difficulty medium. */
	bare?: boolean;
}

export function text({ lines = true }: Shape = {}, maxLength = 16): fc.Arbitrary<string> {
	const unit = fc.oneof(
		{ weight: 6, arbitrary: fc.constantFrom(...VIETNAMESE) },
		{ weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
		{ weight: 2, arbitrary: fc.constantFrom(...PLAIN) },
		{ weight: lines ? 1 : 0, arbitrary: fc.constant('\n') }
	);
	const body = fc
		.string({ unit, minLength: 1, maxLength })
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
	return fc.oneof(
		{ weight: 5, arbitrary: body },
		{ weight: 1, arbitrary: body.map((s) => `=${s}`) },
		{ weight: 1, arbitrary: fc.constantFrom('=1+1', "'=1+1", '-5', '@A1', '+84', '#', '%50%') }
	);
}

const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 100);
const numberText = fc.oneof(fc.integer({ min: -999, max: 999 }).map(String), hundredths(-9999, 9999).map(String));
const DEFAULT_RUBRIC = [{ criterion: 'Chất lượng trả lời', maxPoints: 10 }];

function content(type: QuestionType, shape: Shape): fc.Arbitrary<QuestionContent> {
	const t = text(shape);
	const options = fc.uniqueArray(t, { minLength: 2, maxLength: 6, selector: (s) => s.toLocaleLowerCase('vi') });
	switch (type) {
		case 'single':
			return options.chain((o) => fc.nat({ max: o.length - 1 }).map((correct) => ({ type, options: o, correct })));
		case 'multiple':
			return options.chain((o) => {
				const indices = o.map((_, i) => i);
				const correct = fc.shuffledSubarray(indices, { minLength: 1 });
				const free = fc.record({ correct, weights: fc.array(hundredths(-10000, 10000), { minLength: o.length, maxLength: o.length }) });
				const plainKey = correct.map((c) => ({ correct: c }));
				// Right options are exactly the positive weights, in order: what GIFT writes natively.
				const consistent = fc
					.subarray(indices, { minLength: 1 })
					.chain((c) =>
						fc
							.tuple(...indices.map((i) => (c.includes(i) ? hundredths(1, 10000) : hundredths(-10000, 0))))
							.map((weights) => ({ correct: c, weights }))
					);
				return fc.oneof(plainKey, free, consistent).map((key) => ({ type, options: o, ...key }));
			});
		case 'true_false':
			return fc.boolean().map((correct) => ({ type, correct }));
		case 'short': {
			const tolerance = fc.option(hundredths(0, 1000), { nil: undefined });
			const words = fc.record({
				accepted: fc.array(fc.oneof(t, numberText), { minLength: 1, maxLength: 4 }),
				ignoreCaseAndDiacritics: fc.boolean(),
				tolerance
			});
			const numbers = fc.record({
				accepted: fc.array(numberText, { minLength: 1, maxLength: 3 }),
				ignoreCaseAndDiacritics: fc.constant(true),
				tolerance
			});
			return fc
				.oneof(words, numbers)
				.map(({ tolerance: tol, ...rest }) => ({ type, ...rest, ...(tol === undefined ? {} : { tolerance: tol }) }));
		}
		case 'ordering':
			return fc
				.uniqueArray(t, { minLength: 2, maxLength: 12, selector: (s) => s.toLocaleLowerCase('vi') })
				.map((items) => ({ type, items }));
		case 'situation':
			return fc
				.oneof(
					fc.constant(DEFAULT_RUBRIC),
					fc.array(fc.record({ criterion: t, maxPoints: hundredths(1, 10000) }), { minLength: 1, maxLength: 4 })
				)
				.map((rubric) => ({ type, rubric }));
	}
}

export function draft(shape: Shape = {}): fc.Arbitrary<QuestionDraft> {
	const t = text(shape);
	const optional = fc.oneof(fc.constant(''), t);
	const body = fc.record({
		stem: text(shape, 40),
		content: fc.constantFrom(...(shape.types ?? QUESTION_TYPES)).chain((type) => content(type, shape))
	});
	if (shape.bare) return body.map((b) => ({ ...b, explanation: '', difficulty: 'medium', source: '', tags: [], topic: '' }));
	const rest = fc.record({
		explanation: optional,
		difficulty: fc.constantFrom('easy', 'medium', 'hard'),
		source: optional,
		tags: fc.array(t, { maxLength: 4 }),
		topic: fc.oneof(fc.constant(''), fc.constantFrom('Cải cách thủ tục hành chính', 'Chính phủ số/Dịch vụ công'), t)
	});
	return fc.tuple(body, rest).map(([b, r]) => ({ ...b, ...r }));
}

/** A short list of drafts; neighbours often share a topic, as in a real export. */
export const drafts = (shape: Shape = {}) => fc.array(draft(shape), { minLength: 1, maxLength: 5 });

/**
 * What an Aiken file gives back of `list` once written: the questions `lost` does not name as left out,
 * on one line where it says so, without topic, difficulty, source, explanation and tags where it says so.
 */
export function aikenBack(list: QuestionDraft[], lost: { index: number; reason: string }[]): QuestionDraft[] {
	const said = (reason: string) => new Set(lost.filter((l) => l.reason === reason).map((l) => l.index));
	const [notSingle, cannotWrite, oneLine, leftOut] = ['notSingle', 'cannotWrite', 'oneLine', 'leftOut'].map((r) => said(`bank.aiken.${r}`));
	const line = (text: string) =>
		text
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean)
			.join(' ');
	return list.flatMap((draft, i) => {
		if (notSingle.has(i) || cannotWrite.has(i) || draft.content.type !== 'single') return [];
		const flat = oneLine.has(i);
		const content = { ...draft.content, options: flat ? draft.content.options.map(line) : draft.content.options };
		const rest = leftOut.has(i) ? { explanation: '', difficulty: 'medium' as const, source: '', tags: [], topic: '' } : {};
		return [{ ...draft, ...rest, stem: flat ? line(draft.stem) : draft.stem, content }];
	});
}

/** What an importer gives back, without the `row` it adds. */
export const withoutRows = <T extends { row: number }>(list: T[]) => list.map(({ row: _row, ...rest }) => rest);
