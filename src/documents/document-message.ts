/** The chat message that carries one submitted version's document, captioned with its version. */
import type { OutboundMessage } from "../channels/channel.ts";
import { vi } from "../sentences/vi.ts";

export function documentMessage(documentId: number, fileName: string, version: number): OutboundMessage {
  return { kind: "document", documentId, fileName, caption: vi.report.documentCaption(version) };
}
