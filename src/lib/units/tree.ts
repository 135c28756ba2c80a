import { compareVi } from '$lib/i18n/text';
import type { UnitKind } from './kinds';

export interface UnitRecord {
	id: number;
	name: string;
	kind: UnitKind;
	code: string;
	parentId: number | null;
	path: string;
	headcount: number;
}

export interface UnitNode extends UnitRecord {
	depth: number;
	children: UnitNode[];
}

/** The materialised path of a unit under `parentPath` ("/" for a root). */
export const childPath = (parentPath: string, id: number): string => `${parentPath}${id}/`;

/** Whether the unit at `path` is the unit at `ancestorPath` or lies below it. */
export const isWithin = (path: string, ancestorPath: string): boolean => path.startsWith(ancestorPath);

// Kinds listed before others at one level: the administration first, mass organisations last.
const KIND_ORDER: Record<UnitKind, number> = {
	province: 0,
	department: 1,
	district: 2,
	commune: 3,
	youth_union: 4,
	trade_union: 5,
	association: 6,
	other: 7
};

const bySiblingOrder = (a: UnitRecord, b: UnitRecord) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareVi(a.name, b.name);

/** Builds the forest, siblings in kind then Vietnamese alphabetical order. */
export function buildTree(units: UnitRecord[]): UnitNode[] {
	const nodes = new Map<number, UnitNode>(units.map((u) => [u.id, { ...u, depth: 0, children: [] }]));
	const roots: UnitNode[] = [];
	for (const node of nodes.values()) {
		const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
		(parent ? parent.children : roots).push(node);
	}
	const sortLevel = (level: UnitNode[], depth: number) => {
		level.sort(bySiblingOrder);
		for (const node of level) {
			node.depth = depth;
			sortLevel(node.children, depth + 1);
		}
	};
	sortLevel(roots, 0);
	return roots;
}

/** The tree flattened depth-first, for indented lists and pickers. */
export function flattenTree(roots: UnitNode[]): UnitNode[] {
	const out: UnitNode[] = [];
	const walk = (level: UnitNode[]) => {
		for (const node of level) {
			out.push(node);
			walk(node.children);
		}
	};
	walk(roots);
	return out;
}

/** "Xã Tân Thạch · Huyện Châu Thành" style label: the unit and its parent, for pickers. */
export function unitLabel(unit: UnitRecord, byId: Map<number, UnitRecord>): string {
	const parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
	return parent && parent.kind !== 'province' ? `${unit.name} · ${parent.name}` : unit.name;
}
