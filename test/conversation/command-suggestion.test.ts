import { describe, expect, it } from "vitest";
import { suggestedCommand } from "../../src/conversation/command-suggestion.ts";
import { parseUserInput } from "../../src/conversation/user-input.ts";
import { createTranscript } from "../helpers/report-transcript.ts";

const suggest = (text: string, chat: "unit" | "officers" = "officers") => {
  const input = parseUserInput(text);
  return input.kind === "unknown-command" ? suggestedCommand(input.name, input.argument, chat) : `(not unknown: ${input.kind})`;
};

describe("a mistyped command", () => {
  it("is matched to the command it most likely meant: typed in two words, a letter too many, too few, changed or swapped", () => {
    expect(suggest("/bao cao")).toBe("baocao");
    expect(suggest("/Báo cáo")).toBe("baocao");
    expect(suggest("/quay lai")).toBe("quaylai");
    expect(suggest("/trang thai")).toBe("trangthai");
    expect(suggest("/nopp")).toBe("nop");
    expect(suggest("/xme")).toBe("xem");
    expect(suggest("/trangthia")).toBe("trangthai");
    expect(suggest("/dotbaocoa")).toBe("dotbaocao");
  });

  it("gets no guess when nothing is close, or two commands are equally close", () => {
    expect(suggest("/zzz")).toBeUndefined();
    expect(suggest("/s")).toBeUndefined();
    expect(suggest("/hello there")).toBeUndefined();
    // "/mua" is one letter from both "mau" and "sua": no guess.
    expect(suggest("/mua")).toBeUndefined();
  });

  it("in a unit's chat is matched only to commands its staff may use", () => {
    expect(suggest("/thongbo", "officers")).toBe("thongbao");
    expect(suggest("/thongbo", "unit")).toBeUndefined();
    expect(suggest("/trang thai", "unit")).toBe("trangthai");
  });

  it("is answered in the chat with the suggestion and the question asked", () => {
    const t = createTranscript();
    t.say("/baocao");
    expect(t.say("/nopp")).toMatch(/^Không có lệnh \/nopp\. Có phải ý bạn là \/nop\? Gõ \/trogiup để xem các lệnh\.\n[\s\S]*Câu 1\/21/);
    expect(t.say("/zzz")).toMatch(/^Không có lệnh \/zzz\. Gõ \/trogiup để xem các lệnh\./);
  });

  it("meant as /them (add items to a list) is answered with /them, in a unit's chat and the officers'", () => {
    const t = createTranscript();
    t.say("/baocao");
    expect(t.say("/theem 7 Thi kể chuyện")).toMatch(/^Không có lệnh \/theem\. Có phải ý bạn là \/them\? Gõ \/trogiup/);
    expect(t.say("/thme7")).toMatch(/^Không có lệnh \/thme7\. Có phải ý bạn là \/them\?/);
    expect(suggest("/themm 7", "officers")).toBe("them");
  });
});
