/**
 * All repositories over one database, plus the transaction that makes an update's effects atomic
 * and the locks that keep several instances out of each other's way (see database.ts).
 */
import type { Database } from "./database.ts";
import { createActivityRepository } from "./activity-repository.ts";
import { createCampaignChoiceRepository } from "./campaign-choice-repository.ts";
import { createConsolidationRepository } from "./consolidation-repository.ts";
import { createConversationRepository } from "./conversation-repository.ts";
import { createDirectoryRepository } from "./directory-repository.ts";
import { createDocumentRepository } from "./document-repository.ts";
import { createExportRepository } from "./export-repository.ts";
import { createLocalMessageRepository } from "./local-message-repository.ts";
import { createOfficerRepository } from "./officer-repository.ts";
import { createOutboxRepository } from "./outbox-repository.ts";
import { createPhotoRepository } from "./photo-repository.ts";
import { createPreviousReportRepository } from "./previous-report-repository.ts";
import { createRateWindowRepository } from "./rate-window-repository.ts";
import { createRetentionRepository } from "./retention-repository.ts";
import { createSettingsRepository } from "./settings-repository.ts";
import { createSubmissionRepository } from "./submission-repository.ts";
import { createTemplateRepository } from "./template-repository.ts";
import { createWebSessionRepository } from "./web-session-repository.ts";

export function createRepositories(database: Database) {
  const { guard } = database;
  return {
    dialect: database.dialect,
    conversations: guard(createConversationRepository(database)),
    consolidation: guard(createConsolidationRepository(database)),
    directory: guard(createDirectoryRepository(database)),
    campaignChoice: guard(createCampaignChoiceRepository(database)),
    submissions: guard(createSubmissionRepository(database)),
    documents: guard(createDocumentRepository(database)),
    outbox: guard(createOutboxRepository(database)),
    rateWindows: guard(createRateWindowRepository(database)),
    localMessages: guard(createLocalMessageRepository(database)),
    settings: guard(createSettingsRepository(database)),
    officers: guard(createOfficerRepository(database)),
    exports: guard(createExportRepository(database)),
    templates: guard(createTemplateRepository(database)),
    photos: guard(createPhotoRepository(database)),
    previousReports: guard(createPreviousReportRepository(database)),
    webSessions: guard(createWebSessionRepository(database)),
    activity: guard(createActivityRepository(database)),
    retention: guard(createRetentionRepository(database)),
    /** Runs `work` as one transaction: all of it is stored, or none (nested calls join). */
    transaction: <T>(work: () => Promise<T>): Promise<T> => database.transaction(work),
    /** Inside a transaction: keeps other instances off `key` (a report) until it ends. */
    lock: (key: string): Promise<void> => database.lock(key),
    /** Runs `work` on connections kept for background work (the outbox), apart from the webhooks'. */
    background: <T>(work: () => Promise<T>): Promise<T> => database.background(work),
    /** Runs `work` on one instance at a time (e.g. a token refresh, which may wait on the network). */
    exclusive: <T>(name: string, work: () => Promise<T>): Promise<T> => database.exclusive(name, work),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
