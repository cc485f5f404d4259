/**
 * What the officers' web page is built from: the same repositories, officer service, documents and
 * outbox as the chat, so an action on the page is the action in the chat, with the same checks.
 */
import type { Actor } from "../db/activity-repository.ts";
import type { Repositories } from "../db/repositories.ts";
import type { DocumentService } from "../documents/document-service.ts";
import type { OfficerDeps } from "../officers/officer-context.ts";

export interface WebDeps extends OfficerDeps {
  repos: Repositories;
  documents: DocumentService;
  now: () => number;
  /** Where officers reach the server (sign-in links); https makes the session cookie Secure. */
  publicUrl: () => string;
  /** Sends what an action queued right away (the outbox worker retries whatever it leaves). */
  deliver: (outboxIds: number[]) => Promise<unknown>;
  /** Server secret that binds each CSRF token to its session. */
  csrfKey: string;
}

/** The signed-in officer of a request, checked against the database on every request. */
export interface WebOfficer {
  channel: string;
  externalId: string;
  displayName: string;
  /** The session's secret id, from its cookie (CSRF tokens are bound to it). */
  sessionId: string;
}

/** The officer as the activity log names them: the same person as in the chat, acting on the page. */
export const webActor = (officer: WebOfficer): Actor => ({ id: `${officer.channel}:${officer.externalId}`, name: officer.displayName, source: "web" });
