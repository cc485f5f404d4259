/**
 * A small template that uses every section and field option a template can give (runIn,
 * whenEmpty, documentHeading) and a bullet list, for the document and conversation tests.
 */
import { parseAnswer } from "../../src/templates/answer-parsers.ts";
import type { Answers } from "../../src/templates/field-visibility.ts";
import { parseTemplate } from "../../src/templates/load-template.ts";
import { fieldById } from "../../src/templates/template-fields.ts";

export const OPTIONS_TEMPLATE = parseTemplate({
  key: "tuy-chon",
  version: 1,
  title: "Báo cáo thử các tùy chọn",
  document: { type: "BÁO CÁO", typeCode: "BC", summary: "Thử" },
  sections: [
    {
      heading: "Kết quả",
      sections: [
        { heading: "Công tác chỉ đạo", runIn: true, fields: [{ id: "chi_dao", type: "paragraph", prompt: "Chỉ đạo?" }] },
        { heading: "Hoạt động", runIn: true, fields: [{ id: "hoat_dong", type: "bullet-list", prompt: "Hoạt động?" }] },
        { heading: "Tồn tại, hạn chế (nếu có)", whenEmpty: "Không có.", fields: [{ id: "ton_tai", type: "paragraph", prompt: "Tồn tại?", required: false }] },
        { heading: "Đề xuất", runIn: true, whenEmpty: "Không.", fields: [{ id: "de_xuat", type: "paragraph", prompt: "Đề xuất?", required: false }] },
        { heading: "Khác", fields: [{ id: "khac", type: "paragraph", prompt: "Khác?", required: false }] },
      ],
    },
    {
      heading: "Đối tượng",
      fields: [
        { id: "giao_vien", type: "paragraph", prompt: "Giáo viên?", documentHeading: "Đối với giáo viên" },
        { id: "hoc_sinh", type: "paragraph", prompt: "Học sinh?", required: false, documentHeading: "Đối với học sinh" },
      ],
      sections: [{ heading: "Đối với Tổ chuyên môn", fields: [{ id: "to_cm", type: "paragraph", prompt: "Tổ chuyên môn?" }] }],
    },
  ],
  closing: { fields: [] },
});

/** Answers as the parsers store what was typed; null = skipped. */
export function typedAnswers(typed: Record<string, string | null>): Answers {
  const answers: Answers = {};
  for (const [id, text] of Object.entries(typed)) {
    if (text === null) answers[id] = null;
    else {
      const parsed = parseAnswer(fieldById(OPTIONS_TEMPLATE, id)!, text);
      if (!parsed.ok) throw new Error(`${id}: ${parsed.error}`);
      answers[id] = parsed.value;
    }
  }
  return answers;
}
