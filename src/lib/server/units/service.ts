import { and, eq, like, sql } from 'drizzle-orm';
import { AppError, type Refusal } from '$lib/errors';
import type { MessageKey } from '$lib/i18n';
import type { Db } from '$lib/server/db';
import { unit } from '$lib/server/db/schema';
import { matchesText } from '$lib/server/db/search';
import type { UnitKind } from '$lib/units/kinds';
import type { ImportedUnit } from '$lib/units/import-rows';
import { buildTree, childPath, flattenTree, isWithin, unitLabel, type UnitRecord } from '$lib/units/tree';

/** Each refusal with the form field it belongs to; an import whose preview went stale is a conflict. */
const UNIT_ERRORS = {
	'units.codeTaken': { field: 'code' },
	'units.notFound': { field: 'parentId' },
	'units.moveIntoOwnSubtree': { field: 'parentId' },
	'import.stale': { status: 409 }
} satisfies Partial<Record<MessageKey, Refusal>>;

export class UnitError extends AppError<keyof typeof UNIT_ERRORS> {
	constructor(code: keyof typeof UNIT_ERRORS) {
		super(code, UNIT_ERRORS[code]);
	}
}

const columns = {
	id: unit.id,
	name: unit.name,
	kind: unit.kind,
	code: unit.code,
	parentId: unit.parentId,
	path: unit.path,
	headcount: unit.headcount
};

export function listUnits(db: Db): Promise<UnitRecord[]> {
	return db.select(columns).from(unit);
}

export async function getUnit(db: Db, id: number): Promise<UnitRecord | null> {
	const [found] = await db.select(columns).from(unit).where(eq(unit.id, id));
	return found ?? null;
}

/** Diacritics-free search by name or code, optionally within a subtree. */
export function searchUnits(db: Db, query: string, withinPath?: string, limit = 20): Promise<UnitRecord[]> {
	const conditions = [sql`(${matchesText(unit.name, query)} OR ${unit.code} = ${query.trim()})`];
	if (withinPath) conditions.push(like(unit.path, `${withinPath}%`));
	return db
		.select(columns)
		.from(unit)
		.where(and(...conditions))
		.limit(limit);
}

export interface UnitInput {
	name: string;
	kind: UnitKind;
	code: string;
	parentId: number | null;
	headcount: number;
}

async function codeTaken(db: Db, code: string, exceptId?: number): Promise<boolean> {
	const id = await unitIdByCode(db, code);
	return id !== null && id !== exceptId;
}

async function pathOf(db: Db, parentId: number | null): Promise<string> {
	if (parentId === null) return '/';
	const parent = await getUnit(db, parentId);
	if (!parent) throw new UnitError('units.notFound');
	return parent.path;
}

/** The path needs the new id: insert with a placeholder and set it, inside the caller's transaction. */
async function insertUnit(tx: Db, input: UnitInput): Promise<UnitRecord> {
	if (await codeTaken(tx, input.code)) throw new UnitError('units.codeTaken');
	const parentPath = await pathOf(tx, input.parentId);
	const [created] = await tx
		.insert(unit)
		.values({ ...input, path: parentPath })
		.returning(columns);
	const path = childPath(parentPath, created.id);
	await tx.update(unit).set({ path }).where(eq(unit.id, created.id));
	return { ...created, path };
}

export function createUnit(db: Db, input: UnitInput): Promise<UnitRecord> {
	return db.transaction((tx) => insertUnit(tx, input));
}

/** Edits a unit's own fields; moving it is `moveUnit`. */
export async function updateUnit(db: Db, id: number, input: Omit<UnitInput, 'parentId'>): Promise<void> {
	await db.transaction(async (tx) => {
		if (!(await getUnit(tx, id))) throw new UnitError('units.notFound');
		if (await codeTaken(tx, input.code, id)) throw new UnitError('units.codeTaken');
		await tx.update(unit).set(input).where(eq(unit.id, id));
	});
}

/** Re-parents a unit and rewrites the paths of its whole subtree in one statement. */
export async function moveUnit(db: Db, id: number, newParentId: number | null): Promise<void> {
	await db.transaction(async (tx) => {
		const moving = await getUnit(tx, id);
		if (!moving) throw new UnitError('units.notFound');
		const parentPath = await pathOf(tx, newParentId);
		if (isWithin(parentPath, moving.path)) throw new UnitError('units.moveIntoOwnSubtree');
		const newPath = childPath(parentPath, id);
		await tx.update(unit).set({ parentId: newParentId }).where(eq(unit.id, id));
		await tx
			.update(unit)
			.set({ path: sql`${newPath} || substr(${unit.path}, ${moving.path.length + 1})` })
			.where(like(unit.path, `${moving.path}%`));
	});
}

export async function existingUnitCodes(db: Db): Promise<Set<string>> {
	const rows = await db.select({ code: unit.code }).from(unit);
	return new Set(rows.map((r) => r.code));
}

/**
 * Inserts validated rows (parents first) in one transaction: all of them or none. Codes are
 * checked again inside it, so a unit created (or a parent removed) since the preview makes the whole
 * import fail: the preview is stale.
 */
export async function importUnits(db: Db, rows: ImportedUnit[]): Promise<number> {
	try {
		return await db.transaction(async (tx) => {
			const idByCode = new Map<string, number>();
			for (const { code, name, kind, headcount, parentCode } of rows) {
				let parentId: number | null = null;
				if (parentCode) {
					parentId = idByCode.get(parentCode) ?? (await unitIdByCode(tx, parentCode));
					if (parentId === null) throw new UnitError('units.notFound');
				}
				const created = await insertUnit(tx, { code, name, kind, headcount, parentId });
				idByCode.set(code, created.id);
			}
			return rows.length;
		});
	} catch (error) {
		throw error instanceof UnitError ? new UnitError('import.stale') : error;
	}
}

async function unitIdByCode(db: Db, code: string): Promise<number | null> {
	const [found] = await db.select({ id: unit.id }).from(unit).where(eq(unit.code, code));
	return found?.id ?? null;
}

/**
 * Units as picker options, in tree order, labelled with their parent where that helps. `within` keeps
 * only a subtree (what a scoped user may pick); `excludeSubtree` leaves one out (where a unit cannot move).
 */
export async function unitOptions(
	db: Db,
	{ within, excludeSubtree }: { within?: string; excludeSubtree?: string } = {}
): Promise<{ id: number; label: string }[]> {
	const units = await listUnits(db);
	const byId = new Map(units.map((u) => [u.id, u]));
	return flattenTree(buildTree(units))
		.filter((u) => (!within || isWithin(u.path, within)) && (!excludeSubtree || !isWithin(u.path, excludeSubtree)))
		.map((u) => ({ id: u.id, label: unitLabel(u, byId) }));
}
