import { z } from 'zod';
import { jsonField } from '$lib/server/forms';
import { UNIT_KINDS } from '$lib/units/kinds';

const optionalParent = z
	.string()
	.transform((v) => (v === '' ? null : Number(v)))
	.refine((v) => v === null || (Number.isInteger(v) && v > 0), 'units.parentInvalid');

const unitFields = {
	name: z.string().trim().min(1, 'units.nameRequired').max(200, 'units.nameRequired'),
	code: z.string().trim().min(1, 'units.codeRequired').max(50, 'units.codeRequired'),
	kind: z.enum(UNIT_KINDS, { message: 'units.kindInvalid' }),
	headcount: z
		.string()
		.trim()
		.transform((v) => (v === '' ? 0 : Number(v)))
		.refine((v) => Number.isInteger(v) && v >= 0, 'units.headcountInvalid')
};

export const createUnitSchema = z.object({ ...unitFields, parentId: optionalParent });
export const updateUnitSchema = z.object(unitFields);
export const moveUnitSchema = z.object({ parentId: optionalParent });

/** The previewed rows the import page posts back to commit: client data, so checked again. */
export const importPayloadSchema = jsonField(
	z
		.array(
			z.object({
				row: z.number().int(),
				code: z.string().min(1),
				name: z.string().min(1),
				kind: z.enum(UNIT_KINDS),
				parentCode: z.string().min(1).nullable(),
				headcount: z.number().int().nonnegative()
			})
		)
		.min(1)
);
