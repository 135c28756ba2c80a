import { z } from 'zod';
import { AUDIT_KINDS } from '$lib/audit/kinds';

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.optional()
	.catch(undefined);

/** /admin/audit's filters from its query string; anything malformed is simply no filter. */
export const auditQuerySchema = z.object({
	person: z.string().trim().max(100).optional().catch(undefined),
	unit: z.coerce.number().int().positive().optional().catch(undefined),
	kind: z.enum(AUDIT_KINDS).optional().catch(undefined),
	from: isoDate,
	to: isoDate,
	before: z.coerce.number().int().positive().optional().catch(undefined)
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
