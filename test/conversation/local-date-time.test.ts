import { describe, expect, it } from "vitest";
import { localDateTime } from "../../src/vietnamese/vietnamese-dates.ts";

// localDateTime remembers the minutes it formatted: what it remembers must never be another
// minute's or another zone's reading.
describe("localDateTime", () => {
  const at = (iso: string) => new Date(iso);

  it("reads the day and the minute in the zone, the next minute and another zone apart", () => {
    expect(localDateTime(at("2026-12-06T16:59:59.999Z"), "Asia/Ho_Chi_Minh")).toEqual({ iso: "2026-12-06", time: "23:59" });
    expect(localDateTime(at("2026-12-06T17:00:00.000Z"), "Asia/Ho_Chi_Minh")).toEqual({ iso: "2026-12-07", time: "00:00" });
    expect(localDateTime(at("2026-12-06T17:00:30.000Z"), "UTC")).toEqual({ iso: "2026-12-06", time: "17:00" });
    expect(localDateTime(at("2026-12-06T17:00:45.000Z"), "Asia/Ho_Chi_Minh")).toEqual({ iso: "2026-12-07", time: "00:00" });
  });

  it("gives the same reading as Intl for instants over several years, asked twice each", () => {
    const formatter = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 7_777_777) {
      const [date, time] = formatter.format(new Date(ms)).split(", ") as [string, string];
      const [day, month, year] = date.split("/");
      for (let round = 0; round < 2; round++) expect(localDateTime(new Date(ms), "Asia/Ho_Chi_Minh")).toEqual({ iso: `${year}-${month}-${day}`, time });
    }
  });

  it("reads an instant before 2000 (not remembered) and refuses an invalid one as before", () => {
    expect(localDateTime(at("1995-04-30T04:30:00Z"), "Asia/Ho_Chi_Minh")).toEqual({ iso: "1995-04-30", time: "11:30" });
    expect(() => localDateTime(new Date(Number.NaN), "Asia/Ho_Chi_Minh")).toThrow(RangeError);
  });

  it("hands out a reading nobody can change for the next caller", () => {
    const reading = localDateTime(at("2026-12-06T10:00:00Z"), "Asia/Ho_Chi_Minh");
    expect(() => {
      (reading as { iso: string }).iso = "2000-01-01";
    }).toThrow(TypeError);
    expect(localDateTime(at("2026-12-06T10:00:10Z"), "Asia/Ho_Chi_Minh").iso).toBe("2026-12-06");
  });
});
