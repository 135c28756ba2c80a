export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

const SIGNATURES: { mime: string; bytes: number[]; offset?: number }[] = [
	{ mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
	{ mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
	{ mime: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
	{ mime: 'image/webp', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 }
];

/**
 * The picture's type read from its first bytes (never from the name or the browser's claim), or the
 * reason it is refused: too large, or not a PNG, JPEG, GIF or WebP picture.
 */
export function checkImage(bytes: Uint8Array): { mime: string } | { error: 'bank.imageTooLarge' | 'bank.imageType' } {
	if (bytes.length > MAX_IMAGE_BYTES) return { error: 'bank.imageTooLarge' };
	const found = SIGNATURES.find(({ bytes: signature, offset = 0 }) => signature.every((b, i) => bytes[offset + i] === b));
	return found ? { mime: found.mime } : { error: 'bank.imageType' };
}
