/**
 * `{period}` in a document: the campaign's own period as the officer typed it, or for a campaign
 * opened without one the school year its deadline falls in, through the document service.
 */
import { describe, expect, it } from "vitest";
import { schoolYearPeriod } from "../../src/documents/campaign-period.ts";
import { createDocumentService } from "../../src/documents/document-service.ts";
import { buildReportContent, type ReportContent } from "../../src/documents/report-content.ts";
import { parseTemplate } from "../../src/templates/load-template.ts";
import { LIEN_CHAU_CONTEXT } from "../helpers/sample-reports.ts";

const TIME_ZONE = "Asia/Ho_Chi_Minh";
const template = parseTemplate({
  key: "nam-hoc",
  version: 1,
  title: "Báo cáo năm học",
  document: { type: "BÁO CÁO", typeCode: "BC", summary: "Tổng kết {period}", closingText: "Trên đây là báo cáo {period} (năm {year})./." },
  sections: [{ heading: "Kết quả", fields: [{ id: "ket_qua", type: "paragraph", prompt: "?" }] }],
  closing: { fields: [] },
});

/** What the document service hands the renderer for a campaign with this period and deadline, opened on 25/09/2026. */
async function renderedContent(period: string | null, deadline: string, title = "Báo cáo năm học"): Promise<ReportContent> {
  let rendered: ReportContent | undefined;
  const documents = {
    get: async () => ({ id: 1, status: "pending", content: null, fileName: "bc.docx", kind: "report", campaignId: null }),
    renderInput: async () => ({
      templateId: 1,
      answers: { ket_qua: "Hoàn thành." },
      submittedAt: Date.parse("2026-10-08T03:15:00Z"),
      unit: LIEN_CHAU_CONTEXT.unit,
      campaign: { title, issuerName: "UBND phường Nam Triệu", referenceText: "", deadlineAt: Date.parse(deadline), createdAt: Date.parse("2026-09-25T03:00:00Z"), period },
    }),
    storeRendered: async () => undefined,
  };
  const service = createDocumentService({
    documents: documents as never,
    photos: {} as never,
    timeZone: TIME_ZONE,
    templateFor: async () => template,
    now: () => 0,
    logger: { error: () => undefined },
    renderDocx: async (content) => {
      rendered = content;
      return Buffer.from("docx");
    },
    renderCampaignFile: async () => Buffer.from(""),
  });
  await service.ensureRendered(1);
  if (!rendered) throw new Error("nothing was rendered");
  return rendered;
}

describe("{period}", () => {
  it("prints the campaign's period where the template says {period}, beside {year}", async () => {
    const content = await renderedContent("giai đoạn 2023 - 2025", "2026-10-30T10:00:00Z");
    expect(content.summary).toBe("Tổng kết giai đoạn 2023 - 2025");
    expect(content.closing).toBe("Trên đây là báo cáo giai đoạn 2023 - 2025 (năm 2026)./.");
  });

  it("prints the year the campaign's title names, not its deadline's once extended into the next year (a 2026 campaign printed 'năm 2027')", async () => {
    const content = await renderedContent("giai đoạn 2023 - 2025", "2027-01-05T10:00:00Z", "Báo cáo Tuần lễ học tập suốt đời năm 2026");
    expect(content.closing).toBe("Trên đây là báo cáo giai đoạn 2023 - 2025 (năm 2026)./.");
    // Without a year in the title, the year it was opened in (2026), not the extended deadline's.
    expect((await renderedContent("giai đoạn 2023 - 2025", "2027-01-05T10:00:00Z")).closing).toBe("Trên đây là báo cáo giai đoạn 2023 - 2025 (năm 2026)./.");
  });

  it("falls back to the deadline's school year for a campaign opened without a period", async () => {
    expect((await renderedContent(null, "2026-10-30T10:00:00Z")).summary).toBe("Tổng kết năm học 2026 - 2027");
    expect((await renderedContent(null, "2026-05-20T10:00:00Z")).summary).toBe("Tổng kết năm học 2025 - 2026");
  });

  it("reads the school year on Vietnam's clock: 31/08 is the old year, 01/09 17:30 UTC already the new one", () => {
    expect(schoolYearPeriod(Date.parse("2026-08-31T10:00:00Z"), TIME_ZONE)).toBe("năm học 2025 - 2026");
    expect(schoolYearPeriod(Date.parse("2026-08-31T17:30:00Z"), TIME_ZONE)).toBe("năm học 2026 - 2027");
  });

  it("reads 'năm {year}' when a content is built without any period", () => {
    expect(buildReportContent(template, { ket_qua: "x" }, LIEN_CHAU_CONTEXT).summary).toBe("Tổng kết năm 2026");
  });
});
