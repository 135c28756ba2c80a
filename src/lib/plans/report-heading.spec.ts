import { describe, expect, test } from 'vitest';
import { period } from './periods';
import {
	issuerName,
	issuerSymbol,
	recipients,
	reportClosing,
	reportNumber,
	reportOpening,
	reportSummary,
	signatureLines,
	superiorName
} from './report-heading';

const province = { name: 'Ủy ban nhân dân tỉnh Bến Tre', kind: 'province' as const };
const homeAffairs = { name: 'Sở Nội vụ', kind: 'department' as const };
const district = { name: 'Huyện Châu Thành', kind: 'district' as const };

describe('who issues a report', () => {
	test('a district or commune issues through its People’s Committee, without a body above in the header', () => {
		expect(issuerName(district)).toBe('Ủy ban nhân dân huyện Châu Thành');
		expect(issuerName({ name: 'Xã Tân Thạch', kind: 'commune' })).toBe('Ủy ban nhân dân xã Tân Thạch');
		expect(issuerName(province)).toBe('Ủy ban nhân dân tỉnh Bến Tre');
		expect(superiorName(district, province)).toBeUndefined();
	});

	test('a department issues in its own name, under its province’s committee', () => {
		expect(issuerName(homeAffairs)).toBe('Sở Nội vụ');
		expect(superiorName(homeAffairs, province)).toBe('Ủy ban nhân dân tỉnh Bến Tre');
		expect(superiorName(homeAffairs, null)).toBeUndefined();
	});

	test('the number leaves room for the clerk and carries the issuer’s ký hiệu', () => {
		expect(reportNumber(province)).toBe('Số:        /BC-UBND');
		expect(reportNumber(homeAffairs)).toBe('Số:        /BC-SNV');
		expect(issuerSymbol({ name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'department' })).toBe('SVHTTDL');
	});

	test('a number typed by the person downloading is printed, a bare number with the issuer’s ký hiệu', () => {
		expect(reportNumber(homeAffairs, '12/BC-SNV')).toBe('Số: 12/BC-SNV');
		expect(reportNumber(homeAffairs, '12')).toBe('Số: 12/BC-SNV');
		expect(reportNumber(province, '7')).toBe('Số: 7/BC-UBND');
	});

	test('the signature block signs for the committee or the director', () => {
		expect(signatureLines(province)).toEqual(['TM. Ủy ban nhân dân', 'KT. Chủ tịch', 'Phó Chủ tịch']);
		expect(signatureLines(homeAffairs)).toEqual(['KT. Giám đốc', 'Phó Giám đốc']);
		expect(signatureLines({ name: 'Tỉnh Đoàn', kind: 'youth_union' })).toEqual(['Thủ trưởng đơn vị']);
	});

	test('a signer’s title replaces the usual one; the head signing in person needs no KT.', () => {
		expect(signatureLines(homeAffairs, 'Giám đốc')).toEqual(['Giám đốc']);
		expect(signatureLines(homeAffairs, 'Phó Giám đốc Thường trực')).toEqual(['KT. Giám đốc', 'Phó Giám đốc Thường trực']);
		expect(signatureLines(province, 'chủ tịch')).toEqual(['TM. Ủy ban nhân dân', 'Chủ tịch']);
		expect(signatureLines(district, 'Phó Chủ tịch')).toEqual(['TM. Ủy ban nhân dân', 'KT. Chủ tịch', 'Phó Chủ tịch']);
		expect(signatureLines({ name: 'Tỉnh Đoàn', kind: 'youth_union' }, 'Bí thư')).toEqual(['Bí thư']);
	});

	test('a province reports to the ministry, others to the body above them', () => {
		expect(recipients(null)).toEqual(['Bộ Nội vụ', 'Lưu: VT.']);
		expect(recipients(province)).toEqual(['Ủy ban nhân dân tỉnh Bến Tre', 'Lưu: VT.']);
	});
});

describe('what a report says', () => {
	test('its summary and sentences name the period as a sentence does', () => {
		expect(reportSummary(period(2026, 'Q1'))).toBe('Kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính quý I năm 2026');
		expect(reportSummary(period(2026, 'H1'))).toBe(
			'Kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính 6 tháng đầu năm 2026'
		);
		const plan = {
			number: '105/KH-UBND',
			issuedOn: '2025-12-30',
			title: 'Kế hoạch thông tin, tuyên truyền CCHC năm 2026',
			unitName: 'Ủy ban nhân dân tỉnh Bến Tre'
		};
		expect(reportOpening(homeAffairs, [plan], period(2026, 'Y'))).toBe(
			'Thực hiện Kế hoạch số 105/KH-UBND ngày 30/12/2025 của Ủy ban nhân dân tỉnh Bến Tre, Sở Nội vụ báo cáo kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính năm 2026 như sau:'
		);
		expect(reportOpening(district, [{ ...plan, number: '' }], period(2026, '9M'))).toContain(
			'Thực hiện Kế hoạch thông tin, tuyên truyền CCHC năm 2026 của Ủy ban nhân dân tỉnh Bến Tre, Ủy ban nhân dân huyện Châu Thành báo cáo'
		);
		expect(reportClosing(homeAffairs, period(2026, 'Q3'))).toBe(
			'Trên đây là báo cáo kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính quý III năm 2026 của Sở Nội vụ./.'
		);
	});
});
