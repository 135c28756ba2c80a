import { z } from 'zod';
import { parseDate } from '$lib/i18n/format';
import { ANNEX_LIMITS } from '$lib/plans/annex-limits';
import { timelineSpan } from '$lib/plans/timeline';
import { jsonField } from '$lib/server/forms';

const text = (max: number) => z.string().trim().max(max, 'plans.form.tooLong');

/** The plan form: header fields and its sections as formatted text. */
export const planFormSchema = z.object({
	unitId: z.coerce
		.number({ message: 'plans.form.unitInvalid' })
		.int('plans.form.unitInvalid')
		.positive('plans.form.unitInvalid')
		.max(2 ** 31 - 1, 'plans.form.unitInvalid'),
	year: z.coerce
		.number({ message: 'plans.form.yearInvalid' })
		.int('plans.form.yearInvalid')
		.min(2000, 'plans.form.yearInvalid')
		.max(2100, 'plans.form.yearInvalid'),
	number: text(100),
	issuedOn: z
		.string()
		.trim()
		.transform((v, ctx) => {
			if (v === '') return null;
			const iso = parseDate(v);
			if (!iso) ctx.addIssue({ code: 'custom', message: 'plans.form.dateInvalid' });
			return iso ?? z.NEVER;
		}),
	title: text(500).min(1, 'plans.form.titleRequired'),
	basis: text(20_000),
	purpose: text(50_000),
	content: text(50_000),
	organization: text(50_000),
	funding: text(20_000)
});

/** A quarter's progress: the quantity done, the finished mark (a checkbox), a note and links, one per line. */
export const progressFormSchema = z.object({
	period: z.string().regex(/^\d{4}-Q[1-4]$/, 'plans.notQuarter'),
	doneQuantity: z
		.string()
		.trim()
		.transform((v) => (v === '' ? 0 : Number(v)))
		.refine((v) => Number.isInteger(v) && v >= 0 && v <= 1_000_000, 'plans.form.quantityInvalid'),
	completed: z
		.string()
		.optional()
		.transform((v) => v === 'on' || v === 'true'),
	note: text(5_000).default(''),
	evidenceLinks: z
		.string()
		.default('')
		.transform((v) =>
			v
				.split('\n')
				.map((line) => line.trim())
				.filter(Boolean)
		)
		.refine((links) => links.length <= 20 && links.every((l) => l.length <= 2_000), 'plans.form.tooLong')
});

const yearNumber = z.number().int().min(1900).max(2200);
const yearMonth = z.object({ year: yearNumber, month: z.number().int().min(1).max(12) });
const yearQuarter = z.object({ year: yearNumber, quarter: z.number().int().min(1).max(4) });
const isoDate = z.iso.date();

const timelineSchema = z
	.discriminatedUnion('kind', [
		z.object({ kind: z.literal('month'), from: yearMonth, to: yearMonth }),
		z.object({ kind: z.literal('quarter'), from: yearQuarter, to: yearQuarter }),
		z.object({ kind: z.literal('year'), year: yearNumber }),
		z.object({ kind: z.literal('date'), from: isoDate.nullable(), to: isoDate }),
		z.object({ kind: z.literal('recurring'), every: z.enum(['weekly', 'monthly', 'quarterly', 'continuous']), year: yearNumber })
	])
	.refine((timeline) => {
		const { start, end } = timelineSpan(timeline);
		return start <= end;
	}, 'plans.timeline.backwards');

const L = ANNEX_LIMITS;
const names = z.array(z.string().min(1).max(L.agencyName)).max(L.agencies);

/**
 * The previewed annex the import page posts back to commit, with the units a person chose: client data,
 * checked again, against the limits the preview already checked (`annexLimitErrors`).
 */
export const annexCommitSchema = z.object({
	annex: jsonField(
		z.object({
			sections: z
				.array(z.object({ label: z.string().max(L.sectionLabel), title: z.string().min(1).max(L.sectionTitle), row: z.number().int() }))
				.max(L.sections),
			tasks: z
				.array(
					z.object({
						row: z.number().int(),
						section: z.number().int().nonnegative().nullable(),
						stt: z.string().max(L.stt),
						content: z.string().min(1).max(L.content),
						product: z
							.object({
								kind: z.string().max(L.productWord),
								target: z.number().int().nonnegative().max(L.target).nullable(),
								unit: z.string().max(L.productWord),
								detail: z.string().max(L.productDetail)
							})
							.nullable(),
						productText: z.string().max(L.productText),
						timeline: timelineSchema,
						timelineText: z.string().max(L.timelineText),
						leadText: z.string().min(1).max(L.leadText),
						leadAgencies: names,
						partnersText: z.string().max(L.partnersText),
						cooperatingAgencies: names,
						note: z.string().max(L.note)
					})
				)
				.min(1)
				.max(L.tasks)
		})
	),
	mapping: jsonField(z.record(z.string(), z.number().int().positive()))
});

/** The plan task a contest carries out, chosen on the contest's page; empty unlinks it. */
export const contestTaskSchema = z.object({
	taskId: z
		.union([
			z.literal(''),
			z.coerce
				.number()
				.int()
				.positive()
				.max(2 ** 31 - 1)
		])
		.transform((id) => (id === '' ? null : id))
});

/** An evidence file's id as `attachEvidence` makes it (base32, lower case): checked before any query. */
export const evidenceIdSchema = z.string().regex(/^[a-z2-7]{1,64}$/);

/** Taking one file back from a quarter's report. */
export const removeEvidenceSchema = z.object({
	progressId: z.coerce
		.number()
		.int()
		.positive()
		.max(2 ** 31 - 1),
	mediaId: evidenceIdSchema
});

/** "12", or "12/BC-SNV": a number, then a ký hiệu of capitals and digits joined by hyphens. */
const REPORT_NUMBER = /^\d{1,6}(\/[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*)?$/u;

/**
 * What the person downloading a report puts into its header and signature: the số / ký hiệu (read in
 * capitals; blank leaves the dotted blank for the clerk), the signer's name and title.
 */
export const reportHeadingSchema = z.object({
	number: z
		.string()
		.trim()
		.default('')
		.transform((v) => v.toLocaleUpperCase('vi'))
		.refine((v) => v === '' || REPORT_NUMBER.test(v), 'plans.report.numberInvalid'),
	signer: text(100).default(''),
	signerTitle: text(100).default('')
});
