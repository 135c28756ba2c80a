import type { QuestionType } from './question';
import type { DisplayContent } from './content-split';

/**
 * The only shape of a question that may reach a participant before answers are locked: no key, no
 * explanation, no correctness. Built on the server from `question_version.display` alone.
 */
export interface ParticipantQuestion {
	versionId: number;
	type: QuestionType;
	stem: string;
	/** A picture served at /media/<id>, or null. */
	imageId: string | null;
	display: DisplayContent;
}
