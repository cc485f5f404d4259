/**
 * A small report type with one table question, for the table tests (engine, document, consolidation,
 * export): activities with a text, a whole number, a decimal, a percentage and a date column.
 */
import { type Template, templateSchema } from "../../src/templates/template-schema.ts";

export const ACTIVITY_COLUMNS = [
  { id: "name", title: "Tên hoạt động", type: "text" },
  { id: "sessions", title: "Số buổi", type: "integer" },
  { id: "participants", title: "Số người tham gia", type: "integer" },
  { id: "hours", title: "Số giờ", type: "decimal" },
  { id: "satisfied", title: "Tỉ lệ hài lòng", type: "percent" },
  { id: "held_on", title: "Ngày tổ chức", type: "date" },
] as const;

const document = { type: "BÁO CÁO", typeCode: "BC", summary: "Kết quả hoạt động năm {year}" };
const closing = { fields: [{ id: "signer_name", type: "short-text", prompt: "Họ và tên người ký?" }], signerName: "signer_name" };

export function tableTemplate(key = "hoat-dong", extra: Record<string, unknown> = {}): Template {
  return templateSchema.parse({
    key,
    version: 1,
    title: "Báo cáo hoạt động",
    document,
    sections: [
      {
        heading: "Kết quả",
        fields: [
          { id: "activities", type: "table", prompt: "Các hoạt động đã tổ chức?", columns: ACTIVITY_COLUMNS, totals: true, maxRows: 5, ...extra },
          { id: "note", type: "paragraph", prompt: "Ghi chú?" },
        ],
      },
    ],
    closing,
  });
}
