/**
 * All repositories over one database, plus the transaction that makes an update's effects atomic.
 * better-sqlite3 transactions are synchronous: nothing inside may await, which is also what keeps
 * two updates for the same report from interleaving on one node.
 */
import type { Db } from "./client.ts";
import { createConsolidationRepository } from "./consolidation-repository.ts";
import { createConversationRepository } from "./conversation-repository.ts";
import { createDirectoryRepository } from "./directory-repository.ts";
import { createDocumentRepository } from "./document-repository.ts";
import { createExportRepository } from "./export-repository.ts";
import { createLocalMessageRepository } from "./local-message-repository.ts";
import { createOfficerRepository } from "./officer-repository.ts";
import { createOutboxRepository } from "./outbox-repository.ts";
import { createRateWindowRepository } from "./rate-window-repository.ts";
import { createSettingsRepository } from "./settings-repository.ts";
import { createSubmissionRepository } from "./submission-repository.ts";

export function createRepositories(db: Db) {
  return {
    conversations: createConversationRepository(db),
    consolidation: createConsolidationRepository(db),
    directory: createDirectoryRepository(db),
    submissions: createSubmissionRepository(db),
    documents: createDocumentRepository(db),
    outbox: createOutboxRepository(db),
    rateWindows: createRateWindowRepository(db),
    localMessages: createLocalMessageRepository(db),
    settings: createSettingsRepository(db),
    officers: createOfficerRepository(db),
    exports: createExportRepository(db),
    /** Runs `work` in one IMMEDIATE transaction: all of it is stored, or none. */
    transaction<T>(work: () => T): T {
      return db.transaction(work, { behavior: "immediate" });
    },
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
