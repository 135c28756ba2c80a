/**
 * Files a unit attaches as evidence of a task's progress: a scan (PDF), a photo, or an office document.
 * The type is read from the first bytes; the name only tells a Word file from an Excel one, since both
 * are ZIP archives.
 */
import { checkImage } from '$lib/bank/image';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OFFICE: Record<string, string> = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
};

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

export function checkEvidence(
	fileName: string,
	bytes: Uint8Array
): { mime: string } | { error: 'plans.evidence.tooLarge' | 'plans.evidence.type' } {
	if (bytes.length > MAX_EVIDENCE_BYTES) return { error: 'plans.evidence.tooLarge' };
	if (startsWith(bytes, PDF)) return { mime: 'application/pdf' };
	const extension = fileName.toLowerCase().split('.').pop() ?? '';
	if (startsWith(bytes, ZIP) && OFFICE[extension]) return { mime: OFFICE[extension] };
	// Only the signature: the picture limit of question images does not apply to evidence.
	const image = checkImage(bytes.subarray(0, 16));
	return 'mime' in image ? image : { error: 'plans.evidence.type' };
}
