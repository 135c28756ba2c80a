/** Vietnamese texts for winners lists and certificates (giấy chứng nhận); keys start with `certificates.`. */
export const certificates = {} as const;
