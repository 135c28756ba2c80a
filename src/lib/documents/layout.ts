/**
 * The official document layout of Nghị định 30/2020/NĐ-CP (Phụ lục I), shared by the .docx and PDF
 * writers: A4, margins top/bottom 20 mm, left 30 mm, right 15 mm, the quốc hiệu and tiêu ngữ.
 */
export const A4_MM = { width: 210, height: 297 } as const;
export const OFFICIAL_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
