import { describe, expect, it } from "vitest";
import { textSendableFrom } from "../../lib/domain/quiet-hours";

const wib = (local: string) => new Date(`${local}+07:00`);

describe("quiet hours for SMS and WhatsApp (21:00–07:00 WIB)", () => {
  it("sends at once during the day, up to 20:59", () => {
    expect(textSendableFrom(wib("2026-12-02T07:00:00"))).toEqual(wib("2026-12-02T07:00:00"));
    expect(textSendableFrom(wib("2026-12-02T13:30:00"))).toEqual(wib("2026-12-02T13:30:00"));
    expect(textSendableFrom(wib("2026-12-02T20:59:59"))).toEqual(wib("2026-12-02T20:59:59"));
  });

  it("holds what is queued at night until 07:00 WIB, across midnight and the year's end", () => {
    expect(textSendableFrom(wib("2026-12-02T21:00:00"))).toEqual(wib("2026-12-03T07:00:00"));
    expect(textSendableFrom(wib("2026-12-02T23:59:00"))).toEqual(wib("2026-12-03T07:00:00"));
    expect(textSendableFrom(wib("2026-12-03T00:10:00"))).toEqual(wib("2026-12-03T07:00:00"));
    expect(textSendableFrom(wib("2026-12-03T06:59:59"))).toEqual(wib("2026-12-03T07:00:00"));
    expect(textSendableFrom(wib("2026-12-31T22:00:00"))).toEqual(wib("2027-01-01T07:00:00"));
  });
});
