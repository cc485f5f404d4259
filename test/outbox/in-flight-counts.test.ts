/**
 * A send counted and not answered yet may reach the platform as late as now: a claim sees its count
 * there, so a place is not given again one window after a send the platform may not have counted.
 */
import { describe, expect, it } from "vitest";
import { createInFlightCounts } from "../../src/outbox/in-flight-counts.ts";

describe("counts of sends in flight", () => {
  it("reads an unanswered send's count at the claim's time, an answered one's at its answer, recorded or not", () => {
    const inFlight = createInFlightCounts();
    inFlight.add("telegram", [
      { id: 1, at: 100 },
      { id: 2, at: 100 },
      { id: 3, at: 100 },
    ]);
    // At 900 none answered: all three as late as 900.
    expect(inFlight.latestOf("telegram", [100, 100, 100, 50], 900)).toEqual([900, 900, 900, 50]);
    // Another channel's counts are its own.
    expect(inFlight.latestOf("zalo-oa", [100], 900)).toEqual([100]);
    inFlight.answered([1], 160);
    // 1 answered at 160, its answer not yet recorded (read as 100) or recorded (read as 160): 160 either way.
    expect(inFlight.latestOf("telegram", [100, 100, 100], 900)).toEqual([160, 900, 900]);
    expect(inFlight.latestOf("telegram", [160, 100, 100], 900)).toEqual([160, 900, 900]);
  });

  it("follows a count moved to its claim's end; adds a send slower than the window, no longer read, at now; forgets one never finished after a minute", () => {
    const inFlight = createInFlightCounts();
    inFlight.add("telegram", [{ id: 7, at: 100 }]);
    inFlight.moved([7], 130);
    expect(inFlight.latestOf("telegram", [130], 500)).toEqual([500]);
    // At 1,200 the window read starts at 200: the count at 130 is not read, the send still unanswered.
    expect(inFlight.latestOf("telegram", [], 1_200)).toEqual([1_200]);
    expect(inFlight.latestOf("telegram", [], 70_000)).toEqual([]);
  });

  it("reads a send over without an answer (failed, or never sent) at the time it was over, and an answered one at its answer", () => {
    const inFlight = createInFlightCounts();
    inFlight.add("telegram", [
      { id: 1, at: 100 },
      { id: 2, at: 100 },
    ]);
    inFlight.answered([1], 150);
    inFlight.finished([1, 2], 300);
    expect(inFlight.latestOf("telegram", [100, 100], 900)).toEqual([150, 300]);
    // Neither recorded so yet, past the window read (at 1,250 it starts at 250): both added (the
    // limiter's window leaves out the one at 150), so the one over at 300 still counts.
    expect(inFlight.latestOf("telegram", [], 1_250)).toEqual([150, 300]);
  });
});
