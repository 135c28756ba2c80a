/**
 * The audit trail's one service: `audit.record(db, entry)` from any area after it changed something (a
 * route passes `actorOf(event)`), `audit.list` and `audit.workbook` for /admin/audit. Rows are only ever
 * inserted; the database refuses an UPDATE, DELETE or TRUNCATE of `audit_event` (migration 0015).
 */
import type { RequestEvent } from '@sveltejs/kit';
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditKind } from '$lib/audit/kinds';
import { t, type MessageKey } from '$lib/i18n';
import { formatDateTime } from '$lib/i18n/format';
import { workbookOf } from '$lib/server/import/spreadsheet';
import type { Db } from '$lib/server/db';
import { auditEvent, user } from '$lib/server/db/schema';
import { getUnit } from '$lib/server/units/service';
import type { AuditQuery } from './schemas';

/** Who acted: a signed-in person, or nobody yet (a failed login) with only an address. */
export interface AuditActor {
	user: { id: string; fullName: string; unitId: number } | null;
	address: string | null;
}

export interface AuditEntry {
	kind: AuditKind;
	object?: { type: string; id: string | number; label?: string | null };
	/** The object's fields before and after a change: only those that changed, ideally. */
	before?: unknown;
	after?: unknown;
}

/** The actor of a request: its signed-in user and its client address. */
export function actorOf(event: Pick<RequestEvent, 'locals' | 'getClientAddress'>): AuditActor {
	let address: string | null = null;
	try {
		address = event.getClientAddress();
	} catch {
		// no address outside a real request (tests)
	}
	return { user: event.locals.user, address };
}

/** The actor of a sign-in, whose session does not exist yet when the request began. */
async function actorById(db: Db, userId: string, address: string | null): Promise<AuditActor> {
	const [found] = await db.select({ id: user.id, fullName: user.fullName, unitId: user.unitId }).from(user).where(eq(user.id, userId));
	return { user: found ?? null, address };
}

async function record(db: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
	await db.insert(auditEvent).values({
		actorId: actor.user?.id ?? null,
		actorName: actor.user?.fullName ?? null,
		actorUnitId: actor.user?.unitId ?? null,
		address: actor.address,
		kind: entry.kind,
		objectType: entry.object?.type ?? null,
		objectId: entry.object ? String(entry.object.id) : null,
		objectLabel: entry.object?.label ?? null,
		before: entry.before ?? null,
		after: entry.after ?? null
	});
}

export interface AuditFilter {
	/** Part of the actor's name, diacritics and case ignored. */
	person?: string;
	/** The actor's unit and its subtree, by the unit's path (`/1/4/`). */
	unitPath?: string;
	kind?: AuditKind;
	/** Vietnam dates, `yyyy-mm-dd`, both included. */
	from?: string;
	to?: string;
}

const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00+07:00`);

function where(filter: AuditFilter): SQL | undefined {
	const conditions: SQL[] = [];
	if (filter.person)
		conditions.push(
			sql`f_unaccent(coalesce(${auditEvent.actorName}, '')) ilike f_unaccent(${'%' + filter.person.replace(/[\\%_]/g, '\\$&') + '%'})`
		);
	if (filter.kind) conditions.push(eq(auditEvent.kind, filter.kind));
	if (filter.unitPath) conditions.push(sql`${auditEvent.actorUnitId} in (select id from unit where path like ${filter.unitPath + '%'})`);
	if (filter.from) conditions.push(gte(auditEvent.at, dayStart(filter.from)));
	if (filter.to) conditions.push(lt(auditEvent.at, new Date(dayStart(filter.to).getTime() + 86_400_000)));
	return conditions.length ? and(...conditions) : undefined;
}

export type AuditRow = typeof auditEvent.$inferSelect;

/** The newest rows first, `limit` of them from before row `beforeId` (keyset paging). */
async function list(db: Db, filter: AuditFilter, page: { limit: number; beforeId?: number } = { limit: 100 }): Promise<AuditRow[]> {
	const condition = and(where(filter), page.beforeId ? lt(auditEvent.id, page.beforeId) : undefined);
	return db.select().from(auditEvent).where(condition).orderBy(desc(auditEvent.id)).limit(page.limit);
}

/** The rows an export holds at most: a year of a province's activity, still a workbook a person opens. */
export const EXPORT_LIMIT = 50_000;

/** The filtered trail as .xlsx, newest first. */
async function workbook(db: Db, filter: AuditFilter): Promise<Buffer> {
	const rows = await list(db, filter, { limit: EXPORT_LIMIT });
	const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));
	return workbookOf(
		t('audit.title'),
		['audit.at', 'audit.person', 'audit.address', 'audit.kind', 'audit.object', 'audit.before', 'audit.after'].map((key) =>
			t(key as MessageKey)
		),
		rows.map((r) => [
			formatDateTime(r.at),
			r.actorName ?? '',
			r.address ?? '',
			t(`audit.kind.${r.kind}`),
			objectText(r),
			json(r.before),
			json(r.after)
		])
	);
}

/** "Người dùng Lê Văn A (#u123)": what the row is about, as a person reads it. */
export function objectText(row: Pick<AuditRow, 'objectType' | 'objectId' | 'objectLabel'>): string {
	if (!row.objectType) return '';
	const label = row.objectLabel ? ` ${row.objectLabel}` : '';
	return `${t(`audit.object.${row.objectType}` as MessageKey)}${label} (#${row.objectId})`;
}

export const audit = { record, list, actorById, workbook };

/** The filter a query asks for: its unit as that unit's subtree. */
export async function filterOf(db: Db, query: AuditQuery): Promise<AuditFilter> {
	const unitPath = query.unit ? (await getUnit(db, query.unit))?.path : undefined;
	return { person: query.person || undefined, kind: query.kind, from: query.from, to: query.to, unitPath };
}
