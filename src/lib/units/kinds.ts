/** Kinds of unit (đơn vị) in a Vietnamese province's tree, plus mass organisations beside it. */
export const UNIT_KINDS = ['province', 'department', 'district', 'commune', 'youth_union', 'trade_union', 'association', 'other'] as const;

export type UnitKind = (typeof UNIT_KINDS)[number];

export function isUnitKind(value: string): value is UnitKind {
	return (UNIT_KINDS as readonly string[]).includes(value);
}
