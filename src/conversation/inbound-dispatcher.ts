/**
 * One entry for every parsed inbound event on every channel: messages go to the report
 * conversation, chat events to the chat events service; what they queued is delivered right after,
 * without holding the webhook's answer (the outbox worker retries whatever this attempt leaves).
 */
import type { ChannelEvent, ChannelName } from "../channels/channel.ts";
import { type FileFetcher, needsFetch, withFileContent } from "../files/fetch-inbound-file.ts";
import { createInFlight } from "../async-queue.ts";
import { isStorageFailure } from "../db/storage-failure.ts";
import type { OutboxWorker } from "../outbox/outbox-worker.ts";
import { needsWordRead, type WordReader, withWordParagraphs } from "../word-import/read-inbound-word.ts";
import type { ChatEventsService } from "./chat-events-service.ts";
import type { ConversationService, HandleHooks, HandleResult } from "./conversation-service.ts";

export interface InboundDispatcherDeps {
  conversations: ConversationService;
  chatEvents: ChatEventsService;
  outboxWorker: OutboxWorker;
  logger: { error: (obj: object, msg: string) => void };
  /** How each channel fetches a file a user sent (done here, before the message's transaction). */
  fileFetchers?: Partial<Record<ChannelName, FileFetcher>>;
  /** Reads a .docx a user sent into paragraphs (in the render worker); without it none is read. */
  readWord?: WordReader;
}

export function createInboundDispatcher(deps: InboundDispatcherDeps) {
  const inFlight = createInFlight();
  return {
    /** Resolves once every delivery started so far has finished (tests, graceful shutdown). */
    async settled(): Promise<void> {
      await inFlight.settled();
    },

    /**
     * Stores the event's effects; returns what was queued and a promise of its first delivery
     * attempt. `hooks` run in the message's transaction (the local chat records it there).
     * `complete`: that promise waits until the chat has nothing in flight (the local chat's POST
     * answers with the replies sent; see OutboxWorker.deliver).
     */
    async dispatch(received: ChannelEvent, hooks?: HandleHooks, { complete = false } = {}): Promise<{ result: HandleResult | { status: "ignored" }; delivered: Promise<unknown> }> {
      let result: HandleResult | { status: "ignored" };
      // Only a message with a file waits here: every other event keeps its place in line.
      const fetched = needsFetch(received) && (await deps.conversations.acceptsFile(received.message)) ? await withFileContent(received, deps.fileFetchers ?? {}) : received;
      const event = deps.readWord && needsWordRead(fetched) ? await withWordParagraphs(fetched, deps.readWord) : fetched;
      try {
        result =
          event.kind === "ignored"
            ? { status: "ignored" }
            : event.kind === "message"
              ? await deps.conversations.handle(event.message, hooks)
              : await deps.chatEvents.handle(event);
      } catch (error) {
        // The database is down: not stored, so not acknowledged (the webhook answers 500, and the
        // platform delivers it again).
        if (isStorageFailure(error)) throw error;
        // Logged, not rethrown: a webhook must not answer 500 for our bug (the platform would redeliver forever).
        deps.logger.error({ err: error, event: event.kind }, "inbound event failed");
        result = { status: "ignored" };
      }
      const ids = result.status === "handled" ? result.outboxIds : [];
      if (ids.length === 0) return { result, delivered: Promise.resolve() };
      const acknowledge = event.kind === "acknowledge" || (event.kind === "message" && event.message.acknowledgeId !== undefined);
      const delivered = deps.outboxWorker.deliver(ids, acknowledge, complete).catch((error) => deps.logger.error({ err: error }, "immediate delivery failed"));
      inFlight.track(delivered);
      return { result, delivered };
    },
  };
}

export type InboundDispatcher = ReturnType<typeof createInboundDispatcher>;
