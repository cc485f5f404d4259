/** A Word file read before its message is handled: what the conversation hears when the reading fails, and how it names that. */
import { describe, expect, it } from "vitest";
import type { ChannelEvent } from "../../src/channels/channel.ts";
import { RenderPoolBusy } from "../../src/documents/render-pool.ts";
import { withWordParagraphs } from "../../src/word-import/read-inbound-word.ts";
import { docxFromParagraphs } from "../helpers/seed-docx.ts";
import { builtInTemplate } from "../helpers/report-transcript.ts";
import { receiveFile } from "../../src/conversation/receive-file.ts";
import { INITIAL_STATE } from "../../src/conversation/conversation-state.ts";
import type { PhotoRepository } from "../../src/db/photo-repository.ts";

const wordEvent = async (): Promise<ChannelEvent> => ({
  kind: "message",
  message: {
    channel: "local",
    chatId: "th-lien-chau",
    chatType: "group",
    updateKey: "1",
    sender: { id: "u1", displayName: "Nguyễn Thị Hoa" },
    text: "",
    sentAt: new Date("2026-10-08T03:15:00Z"),
    file: { fileName: "bao-cao.docx", content: new Uint8Array(await docxFromParagraphs(["1. Công tác chỉ đạo", "Kế hoạch số 1"], "typed")) },
  },
});

const problemOf = (event: ChannelEvent) => (event.kind === "message" ? event.message.file : undefined);

describe("a Word file whose reading fails", () => {
  it("is 'unreadable' when the reader fails on it, and the bytes are dropped", async () => {
    const file = problemOf(await withWordParagraphs(await wordEvent(), async () => Promise.reject(new Error("corrupt zip"))));
    expect(file).toMatchObject({ problem: "unreadable" });
    expect(file?.content).toBeUndefined();
  });

  it("is 'busy' (send it again in a few minutes) when too many files wait to be read", async () => {
    const file = problemOf(await withWordParagraphs(await wordEvent(), async () => Promise.reject(new RenderPoolBusy())));
    expect(file).toMatchObject({ problem: "busy" });
    expect(file?.content).toBeUndefined();
  });
});

describe("the conversation's word for a Word file refused as busy", () => {
  it("is 'busy' (not 'unreadable', not a photo), whatever question is asked", async () => {
    const photos = {} as PhotoRepository;
    const scope = { template: builtInTemplate(), state: INITIAL_STATE, submissionId: async () => 1, addedBy: "local:u1", now: 0, wordFiles: true };
    expect(await receiveFile(photos, { ...scope, file: { fileName: "bao-cao.docx", problem: "busy" } })).toEqual({ kind: "word-refused", reason: "busy" });
    expect(await receiveFile(photos, { ...scope, file: { fileName: "bao-cao.docx", problem: "unreadable" } })).toEqual({ kind: "word-refused", reason: "unreadable" });
  });
});
