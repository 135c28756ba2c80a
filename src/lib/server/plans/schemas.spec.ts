import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseAnnexText } from '$lib/plans/annex-text';
import { annexCommitSchema, planFormSchema, progressFormSchema, reportHeadingSchema } from './schemas';
import { seedPlan } from '../../../../tests/fixtures/seeds';

const planForm = {
	unitId: '4',
	year: '2021',
	number: ' 105/KH-UBND ',
	issuedOn: '30/12/2020',
	title: 'Kế hoạch',
	basis: '',
	purpose: '',
	content: '',
	organization: '',
	funding: ''
};
const messages = (result: { success: boolean; error?: z.ZodError }) =>
	result.error ? Object.values(z.flattenError(result.error).fieldErrors).flat() : [];

describe('planFormSchema', () => {
	test('reads the date as Vietnamese write it, and no date as not issued yet', () => {
		expect(planFormSchema.parse(planForm)).toMatchObject({ unitId: 4, year: 2021, number: '105/KH-UBND', issuedOn: '2020-12-30' });
		expect(planFormSchema.parse({ ...planForm, issuedOn: '' }).issuedOn).toBeNull();
	});

	test('says what is wrong in Vietnamese keys', () => {
		const result = planFormSchema.safeParse({ ...planForm, unitId: '', year: '1999', issuedOn: '31/02/2021', title: ' ' });
		expect(messages(result).sort()).toEqual([
			'plans.form.dateInvalid',
			'plans.form.titleRequired',
			'plans.form.unitInvalid',
			'plans.form.yearInvalid'
		]);
	});
});

describe('progressFormSchema', () => {
	test('takes a quarter, a whole quantity, the checkbox and one link per line', () => {
		expect(
			progressFormSchema.parse({
				period: '2021-Q2',
				doneQuantity: '8',
				completed: 'on',
				note: 'Đã đăng',
				evidenceLinks: 'https://a.vn/1\n\n https://a.vn/2 '
			})
		).toEqual({
			period: '2021-Q2',
			doneQuantity: 8,
			completed: true,
			note: 'Đã đăng',
			evidenceLinks: ['https://a.vn/1', 'https://a.vn/2']
		});
		expect(progressFormSchema.parse({ period: '2021-Q2', doneQuantity: '' })).toMatchObject({
			doneQuantity: 0,
			completed: false,
			evidenceLinks: []
		});
	});

	test('refuses a longer period and a part of an article', () => {
		expect(messages(progressFormSchema.safeParse({ period: '2021-H1', doneQuantity: '1.5' })).sort()).toEqual([
			'plans.form.quantityInvalid',
			'plans.notQuarter'
		]);
	});
});

describe('annexCommitSchema', () => {
	test('accepts the preview the page posts back, and refuses what was tampered with', () => {
		const { sections, tasks } = parseAnnexText(seedPlan('002_77040273e88d3b8a.txt'), 2021);
		const posted = { annex: JSON.stringify({ sections, tasks }), mapping: JSON.stringify({ 'Đài Phát thanh và Truyền hình tỉnh': 7 }) };
		const parsed = annexCommitSchema.parse(posted);
		expect(parsed.annex.tasks).toEqual(tasks);
		expect(parsed.mapping).toEqual({ 'Đài Phát thanh và Truyền hình tỉnh': 7 });
		const tampered = tasks.map((t, i) =>
			i === 0 ? { ...t, timeline: { kind: 'month', from: { year: 2021, month: 13 }, to: { year: 2021, month: 1 } } } : t
		);
		expect(annexCommitSchema.safeParse({ ...posted, annex: JSON.stringify({ sections, tasks: tampered }) }).success).toBe(false);
		const backwards = tasks.map((t, i) =>
			i === 0 ? { ...t, timeline: { kind: 'quarter', from: { year: 2021, quarter: 3 }, to: { year: 2021, quarter: 1 } } } : t
		);
		expect(annexCommitSchema.safeParse({ ...posted, annex: JSON.stringify({ sections, tasks: backwards }) }).success).toBe(false);
		expect(messages(annexCommitSchema.safeParse({ ...posted, mapping: '{' }))).toEqual(['import.stale']);
	});
});

describe('reportHeadingSchema', () => {
	test('takes a number with its ký hiệu in capitals, a bare number, or nothing', () => {
		expect(reportHeadingSchema.parse({ number: ' 12/bc-snv ', signer: ' Nguyễn Văn A ', signerTitle: 'Phó Giám đốc' })).toEqual({
			number: '12/BC-SNV',
			signer: 'Nguyễn Văn A',
			signerTitle: 'Phó Giám đốc'
		});
		expect(reportHeadingSchema.parse({ number: '12' }).number).toBe('12');
		expect(reportHeadingSchema.parse({ number: '05/BC-BCĐ-VP' }).number).toBe('05/BC-BCĐ-VP');
		expect(reportHeadingSchema.parse({})).toEqual({ number: '', signer: '', signerTitle: '' });
	});

	test('refuses a malformed number with a message saying how it is written', () => {
		for (const number of ['12 / BC-SNV', 'BC-SNV', '12/', '12/BC--SNV', '12/BC SNV', 'số 12']) {
			expect(messages(reportHeadingSchema.safeParse({ number })), number).toEqual(['plans.report.numberInvalid']);
		}
		expect(messages(reportHeadingSchema.safeParse({ signer: 'A'.repeat(101) }))).toEqual(['plans.form.tooLong']);
	});
});
