/**
 * The demo province's communication plan for the current year: a few tasks as a plan's annex writes
 * them (imported the way a person pastes them), some progress in Quý I, and the demo contest linked to
 * its contest task so that the contest's results show in the reports.
 */
import { eq } from 'drizzle-orm';
import { vietnamDate } from '$lib/plans/periods';
import type { Db } from '$lib/server/db';
import { unit } from '$lib/server/db/schema';
import { commitAnnexImport, previewAnnexImport } from './import';
import { createPlan, planAnnex } from './plans';
import { recordProgress } from './progress';
import { linkContestToTask } from './roll-in';

/** Columns separated by tabs, as copied from a Word table; texts without a year take the plan's. */
const DEMO_ANNEX = [
	'STT\tNội dung\tSản phẩm\tThời gian triển khai\tThời gian hoàn thành\tCơ quan chủ trì\tCơ quan phối hợp\tGhi chú',
	'1\tXây dựng Kế hoạch thông tin, tuyên truyền về cải cách hành chính năm {year}\tKế hoạch\tTháng 01\tTháng 01\tSở Nội vụ\tCác sở, ban, ngành tỉnh\t',
	'2\tĐăng tin, bài về cải cách hành chính trên Cổng thông tin điện tử tỉnh\tTin, bài (số lượng 24 bài)\tTháng 01\tTháng 12\tSở TT&TT\tSở Nội vụ\t',
	'3\tTổ chức Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm {year}\tCuộc thi\tQuý I\tQuý IV\tSở Nội vụ\tTỉnh Đoàn Bến Tre; Công đoàn Viên chức tỉnh\tKết quả cuộc thi tự động đưa vào báo cáo',
	'4\tMở lớp tập huấn kiến thức cải cách hành chính cho công chức cấp xã\tLớp (số lượng 03 lớp)\tQuý II\tQuý III\tSở Nội vụ\tUBND các huyện, thành phố\t',
	'5\tSinh hoạt chuyên đề cải cách hành chính trong đoàn viên thanh niên\tBuổi (số lượng 12 buổi)\tĐịnh kỳ hàng tháng\tĐịnh kỳ hàng tháng\tĐoàn Khối các cơ quan tỉnh\tTỉnh Đoàn Bến Tre\t',
	'6\tCập nhật chuyên mục cải cách hành chính trên trang thông tin của Ủy ban nhân dân tỉnh\tChuyên mục (số lượng: Không giới hạn)\tThường xuyên trong năm\tThường xuyên trong năm\tVăn phòng UBND tỉnh\tSở Nội vụ\t'
].join('\n');

const DEMO_PLAN_TEXT = {
	basis:
		'Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;\nCăn cứ Kế hoạch cải cách hành chính năm {year} của Ủy ban nhân dân tỉnh.',
	purpose:
		'Nâng cao nhận thức của cán bộ, công chức, viên chức, người dân và doanh nghiệp về cải cách hành chính; thông tin, tuyên truyền phải kịp thời, thiết thực, đa dạng hình thức.',
	content:
		'Tuyên truyền các chủ trương, chính sách về cải cách hành chính trên báo, đài, Cổng thông tin điện tử; tổ chức cuộc thi tìm hiểu về cải cách hành chính; tập huấn, bồi dưỡng kiến thức.',
	organization:
		'Sở Nội vụ chủ trì, theo dõi, đôn đốc và tổng hợp kết quả thực hiện; các sở, ban, ngành tỉnh và Ủy ban nhân dân cấp huyện báo cáo định kỳ hằng quý, 6 tháng, 9 tháng và năm.',
	funding: 'Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho các cơ quan, đơn vị trong dự toán năm {year}.'
};

const withYear = (text: string, year: number) => text.replaceAll('{year}', String(year));

/** `contestId`: the demo's online contest, linked to the plan's contest task. */
export async function seedDemoPlan(db: Db, organizerId: string, contestId: number, now = new Date()): Promise<void> {
	const year = Number(vietnamDate(now).slice(0, 4));
	const [province] = await db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'BTR'));
	const text = Object.fromEntries(
		Object.entries(DEMO_PLAN_TEXT).map(([key, value]) => [key, withYear(value, year)])
	) as typeof DEMO_PLAN_TEXT;
	const planId = await createPlan(
		db,
		{
			unitId: province.id,
			year,
			number: '105/KH-UBND',
			issuedOn: `${year - 1}-12-30`,
			title: `Kế hoạch thông tin, tuyên truyền về cải cách hành chính năm ${year}`,
			...text
		},
		organizerId
	);
	// Every agency of the demo annex is a demo unit by its exact name, so nothing waits for a confirmation.
	const preview = await previewAnnexImport(db, planId, { text: withYear(DEMO_ANNEX, year) });
	if (preview.errors.length > 0) throw new Error(`demo annex: ${JSON.stringify(preview.errors)}`);
	await commitAnnexImport(db, planId, preview, {});

	const tasks = (await planAnnex(db, planId)).tasks;
	const numbered = (stt: string) => tasks.find((task) => task.stt === stt)!.id;
	const q1 = `${year}-Q1`;
	await recordProgress(
		db,
		numbered('1'),
		{ period: q1, doneQuantity: 1, completed: true, note: 'Kế hoạch đã ban hành.', evidenceLinks: [] },
		organizerId
	);
	await recordProgress(
		db,
		numbered('2'),
		{ period: q1, doneQuantity: 6, completed: false, note: 'Đã đăng 6 tin, bài.', evidenceLinks: ['https://www.bentre.gov.vn/'] },
		organizerId
	);
	await linkContestToTask(db, contestId, numbered('3'));
}
