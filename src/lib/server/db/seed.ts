import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Difficulty } from '$lib/bank/question';
import { createUser } from '$lib/server/auth/users';
import { createBank } from '$lib/server/bank/banks';
import { bulkUpdate, createQuestion } from '$lib/server/bank/questions';
import { createImportTopics } from '$lib/server/bank/topics';
import { createContest, createRound, setContestStatus } from '$lib/server/contests/contests';
import demoQuestions from './demo-questions.json';
import { createUnit } from '$lib/server/units/service';
import { seedDemoPlan } from '$lib/server/plans/demo-plan';
import { seedDemoLiveGame } from '$lib/server/live/demo-game';
import type { Db } from './client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROVINCE, type DemoUnit } from './demo-units';
import { unit } from './schema';

/** Demo data by default on the embedded database; on a real server only with HOITHI_DEMO=1. */
export function demoMode(env = process.env, engine: 'pglite' | 'postgres'): boolean {
	if (env.HOITHI_DEMO !== undefined) return env.HOITHI_DEMO === '1' || env.HOITHI_DEMO === 'true';
	return engine === 'pglite';
}

async function insertTree(db: Db, node: DemoUnit, parentId: number | null): Promise<void> {
	const { children = [], ...fields } = node;
	const created = await createUnit(db, { ...fields, parentId });
	for (const child of children) await insertTree(db, child, created.id);
}

const DIFFICULTY: Record<string, Difficulty> = { dễ: 'easy', 'trung bình': 'medium', khó: 'hard' };

/** The PAR question bank of the demo province's Sở Nội vụ, approved and ready for contests. */
async function seedDemoBank(db: Db, unitId: number, authorId: string, reviewerId: string): Promise<number> {
	const bankId = await createBank(db, {
		unitId,
		name: 'Ngân hàng câu hỏi cải cách hành chính',
		description: 'Câu hỏi tìm hiểu CCHC dùng cho các cuộc thi của tỉnh.'
	});
	const { idOf } = await createImportTopics(
		db,
		demoQuestions.map((q) => q.topic)
	);
	const ids: number[] = [];
	for (const q of demoQuestions) {
		const topicId = idOf(q.topic);
		const content = { type: 'single' as const, options: q.options, correct: q.correct };
		const difficulty = DIFFICULTY[q.difficulty] ?? 'medium';
		const input = { stem: q.text, content, explanation: '', difficulty, source: q.source, tags: [], topicId, imageId: null };
		ids.push(await createQuestion(db, bankId, input, authorId));
	}
	await bulkUpdate(db, bankId, ids, { kind: 'approve' }, reviewerId);
	return bankId;
}

const DAY = 86_400_000;

/** An open online contest for the whole province: one round running from an hour ago for 30 days. */
async function seedDemoContest(db: Db, organizerUnitId: number, scopeUnitId: number, bankId: number, organizerId: string): Promise<number> {
	const contestId = await createContest(
		db,
		{
			title: 'Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026',
			rules:
				'Mỗi đợt gồm 10 câu hỏi trắc nghiệm, làm trong 15 phút, mỗi người một lần.\nXếp hạng theo số câu đúng, rồi dự đoán gần đúng nhất số người trả lời đúng tất cả, rồi thời gian làm bài ngắn hơn, rồi nộp bài sớm hơn.',
			organizerUnitId,
			scopeUnitId,
			leaderboardPublic: true
		},
		organizerId
	);
	await setContestStatus(db, contestId, 'open');
	const now = Date.now();
	await createRound(db, contestId, {
		name: 'Đợt 1',
		bankId,
		opensAt: new Date(now - DAY / 24),
		closesAt: new Date(now + 30 * DAY),
		timeLimitSeconds: 15 * 60,
		blueprint: [{ topicId: null, difficulty: null, count: 10 }],
		shuffleQuestions: true,
		shuffleOptions: true,
		attemptsAllowed: 1,
		countingAttempt: 'best',
		showAnswers: 'after_submit',
		predictionEnabled: true,
		trackFocus: true,
		prizes: { first: 1, second: 2, third: 3, consolation: 5 }
	});
	return contestId;
}

export async function seedDemo(db: Db): Promise<void> {
	await insertTree(db, DEMO_PROVINCE, null);
	const idByRole = new Map<string, string>();
	for (const { unitCode, ...account } of DEMO_ACCOUNTS) {
		const [{ id: unitId }] = await db.select({ id: unit.id }).from(unit).where(eq(unit.code, unitCode));
		idByRole.set(account.role, await createUser(db, { ...account, birthDate: null, unitId, password: DEMO_PASSWORD }));
	}
	const [{ id: homeAffairs }] = await db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'BTR.SNV'));
	const [{ id: province }] = await db.select({ id: unit.id }).from(unit).where(eq(unit.code, 'BTR'));
	const bankId = await seedDemoBank(db, homeAffairs, idByRole.get('editor')!, idByRole.get('organizer')!);
	const contestId = await seedDemoContest(db, homeAffairs, province, bankId, idByRole.get('organizer')!);
	await seedDemoPlan(db, idByRole.get('organizer')!, contestId);
	await seedDemoLiveGame(db, { contestId, bankId, organizerId: idByRole.get('organizer')!, judgeId: idByRole.get('judge')! });
}

/** A bare server gets one root unit and one admin; the password is ADMIN_PASSWORD or printed once. */
export async function seedAdminOnly(db: Db, env = process.env): Promise<void> {
	const root = await createUnit(db, {
		code: 'ROOT',
		name: env.ROOT_UNIT_NAME ?? 'Đơn vị gốc',
		kind: 'province',
		headcount: 0,
		parentId: null
	});
	const password = env.ADMIN_PASSWORD ?? `hoithi-${randomBytes(9).toString('base64url')}1`;
	await createUser(db, {
		fullName: 'Quản trị hệ thống',
		phone: env.ADMIN_PHONE ?? '0900000001',
		email: env.ADMIN_EMAIL ?? null,
		birthDate: null,
		unitId: root.id,
		role: 'admin',
		password
	});
	if (!env.ADMIN_PASSWORD) {
		console.log(`hoithi: created admin ${env.ADMIN_PHONE ?? '0900000001'} with password ${password} (shown once)`);
	}
}

/** Seeds only an empty database, so restarts and later migrations never duplicate anything. */
export async function seedOnFirstStart(db: Db, engine: 'pglite' | 'postgres', env = process.env): Promise<void> {
	const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(unit);
	if (count > 0) return;
	// One transaction: a start interrupted mid-seed leaves an empty database, seeded next time.
	await db.transaction((tx) => (demoMode(env, engine) ? seedDemo(tx) : seedAdminOnly(tx, env)));
}
