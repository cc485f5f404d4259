/**
 * OFFICER_IDS: the first officers, "telegram:123456,zalo-bot:6ede9afa66b88fe6d6a9", each id of the
 * form the platform sends; per channel once read.
 */
import { z } from "zod";
import { emptyAsUndefined } from "./empty-setting.ts";


export const officerIdsSetting = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .regex(
      /^\s*(telegram|zalo-oa|zalo-bot|local):[^,\s]+(\s*,\s*(telegram|zalo-oa|zalo-bot|local):[^,\s]+)*\s*$/,
      "must be a comma-separated list of platform:userId, the platform one of telegram, zalo-oa, zalo-bot, local; e.g. telegram:123456,zalo-bot:6ede9afa66b88fe6d6a9",
    )
    .superRefine((value, context) => {
      for (const entry of value.split(",").map((s) => s.trim())) {
        const problem = officerIdProblem(entry);
        if (problem) context.addIssue({ code: "custom", message: problem });
      }
    })
    .optional(),
);

/**
 * A user id the platform never sends: a Telegram or Zalo OA user's id is a number, a Zalo Bot user's
 * letters and digits. Accepted, "telegram:@kha" made an officer of nobody, and shut BOOTSTRAP_CODE.
 */
function officerIdProblem(entry: string): string | undefined {
  const [platform, id = ""] = [entry.slice(0, entry.indexOf(":")), entry.slice(entry.indexOf(":") + 1)];
  if ((platform === "telegram" || platform === "zalo-oa") && !/^\d{1,20}$/.test(id)) {
    return `${entry}: a ${platform === "telegram" ? "Telegram" : "Zalo OA"} user id is a number, not a @username or a name (leave it out and claim with BOOTSTRAP_CODE: /canbo nhan CODE)`;
  }
  if (platform === "zalo-bot" && !/^[0-9a-z]{1,64}$/i.test(id)) return `${entry}: a Zalo Bot user id is letters and digits, e.g. zalo-bot:6ede9afa66b88fe6d6a9`;
  return undefined;
}

export function parseOfficerIds(value: string | undefined): Partial<Record<string, ReadonlySet<string>>> {
  const byChannel: Record<string, Set<string>> = {};
  for (const entry of (value ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const at = entry.indexOf(":");
    (byChannel[entry.slice(0, at)] ??= new Set()).add(entry.slice(at + 1));
  }
  return byChannel;
}

