import type { QuestionContent } from './question';

interface VersionFields {
	stem: string;
	imageId: string | null;
	content: QuestionContent;
	explanation: string;
	difficulty: string;
	source: string;
	tags: string[];
}

export type ChangedField = 'stem' | 'imageId' | 'content' | 'explanation' | 'difficulty' | 'source' | 'tags';

/** Which fields differ between two versions, in the order a reader looks at them. */
export function changedFields(before: VersionFields, after: VersionFields): ChangedField[] {
	const fields: ChangedField[] = ['stem', 'imageId', 'content', 'explanation', 'difficulty', 'source', 'tags'];
	return fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}
