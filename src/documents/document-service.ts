/**
 * Turns a pending document row into its bytes (.docx report, .xlsx status list) and keeps them. Called by the background document
 * worker right after a submit, by a download that finds the document still pending, and by channels
 * that upload files; rendering is idempotent, so a race only costs a second render.
 */
import type { CampaignFileKind, DocumentRepository } from "../db/document-repository.ts";
import type { PhotoRepository } from "../db/photo-repository.ts";
import { loadDocumentPhotos } from "./document-photos.ts";
import type { Answers } from "../templates/field-visibility.ts";
import type { Template } from "../templates/template-schema.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { zonedYear } from "../vietnamese/zoned-time.ts";
import { campaignPeriod } from "./campaign-period.ts";
import { buildReportContent, type ReportContent } from "./report-content.ts";

export interface DocumentServiceDeps {
  documents: DocumentRepository;
  /** The photos a report places (photo questions). */
  photos: PhotoRepository;
  timeZone: string;
  /** Parsed template of a stored template row (the shared cache). */
  templateFor: (templateId: number) => Promise<Template>;
  now: () => number;
  logger: { error: (obj: object, msg: string) => void };
  /** Packs a report's content into .docx bytes (in the render worker). */
  renderDocx: (content: ReportContent) => Promise<Buffer>;
  /** Renders a campaign-wide file (the full status list as a spreadsheet). */
  renderCampaignFile: (kind: CampaignFileKind, campaignId: number) => Promise<Buffer>;
}

export interface RenderedDocument {
  fileName: string;
  content: Buffer;
}

export function createDocumentService(deps: DocumentServiceDeps) {
  const { documents, timeZone } = deps;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  /** The timer's pass in progress. */
  let pass: Promise<unknown> = Promise.resolve();
  let busy = false;

  const ensureRendered = async (id: number): Promise<RenderedDocument | undefined> => {
    const row = await documents.get(id);
    if (!row) return undefined;
    if (row.status === "ready" && row.content) return { fileName: row.fileName, content: row.content };
    if (row.kind !== "report" && row.campaignId !== null) {
      const content = await deps.renderCampaignFile(row.kind, row.campaignId);
      await documents.storeRendered(id, content, deps.now());
      return { fileName: row.fileName, content };
    }
    const input = await documents.renderInput(id);
    if (!input) return undefined;
    const template = await deps.templateFor(input.templateId);
    const answers = input.answers as Answers;
    const photos = row.submissionId === null ? undefined : await loadDocumentPhotos(deps.photos, row.submissionId, template, answers);
    const content = buildReportContent(template, answers, {
      photos,
      unit: input.unit,
      campaign: { ...input.campaign, year: zonedYear(input.campaign.deadlineAt, timeZone), period: campaignPeriod(input.campaign, timeZone) },
      issuedOn: localDateTime(new Date(input.submittedAt), timeZone).iso,
    });
    const bytes = await deps.renderDocx(content);
    await documents.storeRendered(id, bytes, deps.now());
    return { fileName: row.fileName, content: bytes };
  };

  /** Renders every pending document; returns how many it rendered. */
  const renderPending = async (): Promise<number> => {
    let count = 0;
    for (const id of await documents.pendingIds(20)) {
      // Stopping: the document in hand is finished, the others wait for the next start.
      if (stopped) break;
      try {
        await ensureRendered(id);
        count++;
      } catch (error) {
        deps.logger.error({ err: error, documentId: id }, "document rendering failed");
      }
    }
    return count;
  };

  return {
    ensureRendered,
    renderPending,
    start(intervalMs = 1000): void {
      stopped = false;
      timer ??= setInterval(() => {
        if (busy) return;
        busy = true;
        pass = renderPending()
          .catch((error) => deps.logger.error({ err: error }, "document pass failed"))
          .finally(() => (busy = false));
      }, intervalMs);
    },
    /** Ends the passes; resolves once the one in progress has stored its document (before the database closes). */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await pass;
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
