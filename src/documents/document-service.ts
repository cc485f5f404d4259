/**
 * Turns a pending document row into its bytes (.docx report, .xlsx status list) and keeps them. Called by the background document
 * worker right after a submit, by a download that finds the document still pending, and by channels
 * that upload files. In one process a document is rendered once however many ask for it at once;
 * two instances may both render it, and the one stored first is the document: the other instance
 * sends those bytes too (a .docx's bytes differ from one render to the next, by its timestamps, and
 * the officers got another file than the unit and /vanban).
 */
import type { CampaignFileKind, DocumentRepository } from "../db/document-repository.ts";
import type { PhotoRepository } from "../db/photo-repository.ts";
import { loadDocumentPhotos } from "./document-photos.ts";
import type { Answers } from "../templates/field-visibility.ts";
import type { Template } from "../templates/template-schema.ts";
import { localDateTime } from "../vietnamese/vietnamese-dates.ts";
import { campaignPeriod, campaignYear } from "./campaign-period.ts";
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

/** Documents rendered per pass of the worker's timer. */
const PASS_SIZE = 20;
/** A failed document's first pause before it is tried again, doubling up to the last. */
const FIRST_RETRY_MS = 5_000;
const LAST_RETRY_MS = 15 * 60_000;

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

  /** Renders in progress, by document: the worker and each message sending it (the unit's, the officers') share one. */
  const inFlight = new Map<number, Promise<RenderedDocument | undefined>>();
  const ensureRendered = (id: number): Promise<RenderedDocument | undefined> => {
    let rendering = inFlight.get(id);
    if (!rendering) {
      rendering = renderOnce(id).finally(() => inFlight.delete(id));
      inFlight.set(id, rendering);
    }
    return rendering;
  };

  /** `content` stored as the document's, or the bytes another instance stored first. */
  const keep = async (id: number, content: Buffer): Promise<Buffer> => {
    if ((await documents.storeRendered(id, content, deps.now())) !== false) return content;
    return (await documents.get(id))?.content ?? content;
  };

  const renderOnce = async (id: number): Promise<RenderedDocument | undefined> => {
    const row = await documents.get(id);
    if (!row) return undefined;
    if (row.status === "ready" && row.content) return { fileName: row.fileName, content: row.content };
    if (row.kind !== "report" && row.campaignId !== null) {
      const content = await deps.renderCampaignFile(row.kind, row.campaignId);
      return { fileName: row.fileName, content: await keep(id, content) };
    }
    const input = await documents.renderInput(id);
    if (!input) return undefined;
    const template = await deps.templateFor(input.templateId);
    const answers = input.answers as Answers;
    const photos = row.submissionId === null ? undefined : await loadDocumentPhotos(deps.photos, row.submissionId, template, answers);
    const content = buildReportContent(template, answers, {
      photos,
      unit: input.unit,
      campaign: { ...input.campaign, year: campaignYear(input.campaign, timeZone), period: campaignPeriod(input.campaign, timeZone) },
      issuedOn: localDateTime(new Date(input.submittedAt), timeZone).iso,
      ownCampaign: input.issuerUnitId === input.unitId,
    });
    const bytes = await deps.renderDocx(content);
    return { fileName: row.fileName, content: await keep(id, bytes) };
  };

  /**
   * Documents whose rendering failed, tried again after a pause that doubles: one that always fails
   * (a template's bug, say) would otherwise take a render every second for ever, and twenty such,
   * the oldest pending, would hold every later document back. Kept in memory: a restart tries once more.
   */
  const failing = new Map<number, { failures: number; retryAt: number }>();

  /** Renders the pending documents due now, oldest first; returns how many it rendered. */
  const renderPending = async (): Promise<number> => {
    let count = 0;
    const now = deps.now();
    const limit = PASS_SIZE + failing.size;
    const pending = await documents.pendingIds(limit);
    // Every pending id seen: a failing one no longer among them was rendered elsewhere (a download,
    // another instance) and is forgotten, or the map would only grow.
    if (pending.length < limit) for (const id of failing.keys()) if (!pending.includes(id)) failing.delete(id);
    const due = pending.filter((id) => (failing.get(id)?.retryAt ?? 0) <= now).slice(0, PASS_SIZE);
    for (const id of due) {
      // Stopping: the document in hand is finished, the others wait for the next start.
      if (stopped) break;
      try {
        await ensureRendered(id);
        failing.delete(id);
        count++;
      } catch (error) {
        const failures = (failing.get(id)?.failures ?? 0) + 1;
        const pauseMs = Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
        failing.set(id, { failures, retryAt: deps.now() + pauseMs });
        deps.logger.error({ err: error, documentId: id, failures, retryInMs: pauseMs }, "document rendering failed");
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
