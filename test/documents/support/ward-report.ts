/**
 * The ward's consolidated report of the Trần Liễu seed, built through the real engine and content
 * builder on the ward-level template: the document the audit of issue #10 looked at.
 */
import { buildReportContent, type ReportContext } from "../../../src/documents/report-content.ts";
import { loadBuiltInTemplates } from "../../../src/templates/built-in-templates.ts";
import type { Template } from "../../../src/templates/template-schema.ts";
import { TRAN_LIEU_2025 } from "../../fixtures/seed-answers.ts";
import { createTranscript } from "../../helpers/report-transcript.ts";

export const TRAN_LIEU_CONTEXT: ReportContext = {
  unit: { name: "Ủy ban nhân dân phường Trần Liễu", parentName: "UBND THÀNH PHỐ HẢI PHÒNG", placeName: "Trần Liễu" },
  campaign: {
    issuerName: "Sở Giáo dục và Đào tạo Hải Phòng",
    referenceText: "Công văn số 7418/SGDĐT-GDTX,GDNN&ĐH ngày 07/10/2025 của Sở Giáo dục và Đào tạo Hải Phòng",
    year: 2025,
  },
  issuedOn: "2025-10-14",
};

export function wardTemplate(): Template {
  const template = loadBuiltInTemplates().find((t) => t.key === "tuan-le-hoc-tap-suot-doi-cap-phuong");
  if (!template) throw new Error("ward-level template missing");
  return template;
}

/** The stored answers after typing `typed` into the ward template; a refused answer throws. */
export function wardAnswers(typed: readonly string[] = TRAN_LIEU_2025.answers) {
  const transcript = createTranscript(wardTemplate(), new Date("2025-10-14T02:00:00Z"));
  transcript.say("/baocao");
  for (const text of typed) {
    const reply = transcript.say(text);
    if (/Vui lòng|không hợp lệ|quá dài/.test(reply)) throw new Error(`"${text.slice(0, 40)}" was refused: ${reply}`);
  }
  return transcript.state.answers;
}

export function wardReportContent(typed: readonly string[] = TRAN_LIEU_2025.answers, context: ReportContext = TRAN_LIEU_CONTEXT) {
  return buildReportContent(wardTemplate(), wardAnswers(typed), context);
}
