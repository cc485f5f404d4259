/**
 * An operator's file with a built-in's `key` replaces that built-in report type, which is how a
 * built-in is changed. Copied as a starting point for a new report type and left with the key, it
 * silently withdrew the built-in (no longer offered when a campaign is opened) and left the
 * consolidated report it feeds with no units' report; the check said "hợp lệ" and /mau nap
 * "Đã đổi". A title other than the built-in's is the sign: said by the check tool and /mau nap.
 */
import { foldVietnamese } from "../vietnamese/fold-vietnamese.ts";
import type { Template } from "./template-schema.ts";
import { vi } from "../sentences/vi.ts";

/** What to tell the operator when `template` takes the key of `builtIn` under another title, else undefined. */
export function replacedBuiltInNote(template: Template, builtIn: Template): string | undefined {
  if (template.key !== builtIn.key || template.title === builtIn.title) return undefined;
  // The built-in's consolidated report reads the units' answers of this key: it would read this file's.
  const feeds = builtIn.consolidatedBy !== undefined && builtIn.consolidatedBy !== template.consolidatedBy ? builtIn.consolidatedBy : undefined;
  return vi.template.replacesBuiltIn(template.key, builtIn.title, keyFor(template.title), feeds);
}

/** A key made of a title, as an example the operator may take: "Báo cáo PCCC" → "bao-cao-pccc". */
export function keyFor(title: string): string {
  return foldVietnamese(title).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "bao-cao-moi";
}
