import { asc, eq, like, sql } from 'drizzle-orm';
import { scopePath, type ScopedUser } from '$lib/auth/scope';
import type { Db } from '$lib/server/db';
import { bank, question, unit } from '$lib/server/db/schema';

export interface BankRecord {
	id: number;
	name: string;
	description: string;
	unitId: number;
	unitName: string;
	unitPath: string;
	questionCount: number;
}

const bankColumns = {
	id: bank.id,
	name: bank.name,
	description: bank.description,
	unitId: bank.unitId,
	unitName: unit.name,
	unitPath: unit.path,
	questionCount: sql<number>`(select count(*)::int from ${question} where ${question.bankId} = ${bank.id})`
};

/** The banks a user keeps (`canEditBank`), by name. */
export function listBanksFor(db: Db, user: ScopedUser): Promise<BankRecord[]> {
	const query = db.select(bankColumns).from(bank).innerJoin(unit, eq(unit.id, bank.unitId)).orderBy(asc(bank.name));
	const within = scopePath(user);
	return within ? query.where(like(unit.path, `${within}%`)) : query;
}

export async function getBank(db: Db, id: number): Promise<BankRecord | null> {
	const [found] = await db.select(bankColumns).from(bank).innerJoin(unit, eq(unit.id, bank.unitId)).where(eq(bank.id, id));
	return found ?? null;
}

export async function createBank(db: Db, input: { unitId: number; name: string; description?: string }): Promise<number> {
	const [created] = await db.insert(bank).values(input).returning({ id: bank.id });
	return created.id;
}
