/**
 * A document asked for by several at once (the worker, the unit's message, the officers' copy) is
 * rendered once in a process, and every one of them sends the bytes stored: two instances rendering
 * the same document sent the officers another file than the unit's (a .docx differs from one render
 * to the next by its timestamps). Over the real repository, on both databases.
 */
import { expect, it } from "vitest";
import { createDocumentService } from "../../src/documents/document-service.ts";
import { useTestApps } from "../helpers/build-test-app.ts";

const apps = useTestApps();

it("renders a document once for callers at the same time, and gives each instance the bytes stored first", async () => {
  const app = await apps.start();
  const { repos } = app;
  const renders: string[] = [];
  /** An instance's document service, whose every render gives bytes of its own. */
  const instance = (name: string) =>
    createDocumentService({
      documents: repos.documents,
      renderCampaignFile: async () => {
        renders.push(name);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return Buffer.from(`${name}-${renders.length}`);
      },
      now: () => Date.now(),
      logger: { error: () => {} },
    } as never);
  const [a, b] = [instance("a"), instance("b")];

  const id = await repos.documents.createCampaignFile("export", 1, "tong-hop.xlsx");
  const inA = await Promise.all([a.ensureRendered(id), a.ensureRendered(id), a.ensureRendered(id)]);
  expect(renders).toEqual(["a"]);
  expect(inA.map((d) => d?.content.toString())).toEqual(["a-1", "a-1", "a-1"]);

  // Two instances at once: each renders, the first stored is what both send.
  const other = await repos.documents.createCampaignFile("export", 1, "tong-hop-2.xlsx");
  const both = await Promise.all([a.ensureRendered(other), b.ensureRendered(other)]);
  const stored = (await repos.documents.get(other))!.content!.toString();
  expect(both.map((d) => d?.content.toString())).toEqual([stored, stored]);
  expect(renders.slice(1).sort()).toEqual(["a", "b"]);
});
