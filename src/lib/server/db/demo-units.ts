import type { UnitKind } from '$lib/units/kinds';

export interface DemoUnit {
	code: string;
	name: string;
	kind: UnitKind;
	headcount: number;
	children?: DemoUnit[];
}

const communes = (prefix: string, names: [string, number][]): DemoUnit[] =>
	names.map(([name, headcount], i) => ({
		code: `${prefix}.${String(i + 1).padStart(2, '0')}`,
		name,
		kind: 'commune',
		headcount
	}));

/** A province shaped like the seed plans' Bến Tre: departments, three districts, mass organisations. */
export const DEMO_PROVINCE: DemoUnit = {
	code: 'BTR',
	name: 'Ủy ban nhân dân tỉnh Bến Tre',
	kind: 'province',
	headcount: 60,
	children: [
		{ code: 'BTR.SNV', name: 'Sở Nội vụ', kind: 'department', headcount: 85 },
		{ code: 'BTR.STP', name: 'Sở Tư pháp', kind: 'department', headcount: 62 },
		{ code: 'BTR.STC', name: 'Sở Tài chính', kind: 'department', headcount: 70 },
		{ code: 'BTR.SKHDT', name: 'Sở Kế hoạch và Đầu tư', kind: 'department', headcount: 58 },
		{ code: 'BTR.STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'department', headcount: 45 },
		{ code: 'BTR.SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'department', headcount: 96 },
		{ code: 'BTR.SYT', name: 'Sở Y tế', kind: 'department', headcount: 110 },
		{ code: 'BTR.SCT', name: 'Sở Công Thương', kind: 'department', headcount: 64 },
		{ code: 'BTR.SNN', name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'department', headcount: 120 },
		{ code: 'BTR.STNMT', name: 'Sở Tài nguyên và Môi trường', kind: 'department', headcount: 75 },
		{ code: 'BTR.SXD', name: 'Sở Xây dựng', kind: 'department', headcount: 52 },
		{ code: 'BTR.SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'department', headcount: 80 },
		{ code: 'BTR.VP', name: 'Văn phòng Ủy ban nhân dân tỉnh', kind: 'department', headcount: 55 },
		{
			code: 'BTR.TPBT',
			name: 'Thành phố Bến Tre',
			kind: 'district',
			headcount: 140,
			children: communes('BTR.TPBT', [
				['Phường An Hội', 24],
				['Phường Phú Khương', 22],
				['Phường Phú Tân', 21],
				['Xã Bình Phú', 20],
				['Xã Mỹ Thạnh An', 19],
				['Xã Sơn Đông', 18]
			])
		},
		{
			code: 'BTR.CT',
			name: 'Huyện Châu Thành',
			kind: 'district',
			headcount: 130,
			children: communes('BTR.CT', [
				['Thị trấn Châu Thành', 23],
				['Xã Tân Thạch', 20],
				['Xã An Khánh', 19],
				['Xã Phú Túc', 21],
				['Xã Tường Đa', 18],
				['Xã Quới Sơn', 19]
			])
		},
		{
			code: 'BTR.GT',
			name: 'Huyện Giồng Trôm',
			kind: 'district',
			headcount: 125,
			children: communes('BTR.GT', [
				['Thị trấn Giồng Trôm', 22],
				['Xã Bình Hòa', 18],
				['Xã Châu Hòa', 19],
				['Xã Lương Quới', 17],
				['Xã Sơn Phú', 18],
				['Xã Tân Hào', 20]
			])
		},
		{ code: 'BTR.DOAN', name: 'Tỉnh Đoàn Bến Tre', kind: 'youth_union', headcount: 900 },
		{ code: 'BTR.DKCQ', name: 'Đoàn Khối các cơ quan tỉnh', kind: 'youth_union', headcount: 650 },
		{ code: 'BTR.CDVC', name: 'Công đoàn Viên chức tỉnh', kind: 'trade_union', headcount: 1200 }
	]
};

export const DEMO_PASSWORD = 'hoithi2026';

/** One account per role; README lists them. */
export const DEMO_ACCOUNTS = [
	{ role: 'admin', fullName: 'Quản trị hệ thống', phone: '0900000001', email: 'admin@hoithi.vn', unitCode: 'BTR.SNV' },
	// Organizer rights reach the unit's subtree: the province's organizer sits at its root.
	{ role: 'organizer', fullName: 'Nguyễn Thị Hồng', phone: '0900000002', email: 'btc@hoithi.vn', unitCode: 'BTR' },
	{ role: 'editor', fullName: 'Trần Văn Minh', phone: '0900000003', email: 'bientap@hoithi.vn', unitCode: 'BTR.SNV' },
	{ role: 'judge', fullName: 'Lê Thị Thu', phone: '0900000004', email: 'giamkhao@hoithi.vn', unitCode: 'BTR.STP' },
	{ role: 'participant', fullName: 'Phạm Quốc Bảo', phone: '0900000005', email: 'thisinh@hoithi.vn', unitCode: 'BTR.CT.02' }
] as const;
