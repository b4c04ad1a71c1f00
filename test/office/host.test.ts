import { detectHost } from "../../src/office/host";

// A stand-in for the global that office.js defines, with only what host detection reads.
function installOffice(onReady: () => Promise<{ host: unknown; platform: unknown }>) {
  const office = {
    onReady,
    HostType: { Excel: "Excel", Word: "Word" },
    context: { displayLanguage: "nl-BE" },
  };
  (globalThis as Record<string, unknown>).Office = office;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("host detection", () => {
  it("is outside Office when office.js did not load at all", async () => {
    await expect(detectHost(50)).resolves.toEqual({ kind: "outside-office" });
  });

  it("is outside Office when onReady reports no host", async () => {
    installOffice(() => Promise.resolve({ host: null, platform: null }));
    await expect(detectHost(50)).resolves.toEqual({ kind: "outside-office" });
  });

  it("is Excel with its platform and display language", async () => {
    installOffice(() => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }));
    await expect(detectHost(50)).resolves.toEqual({
      kind: "excel",
      platform: "OfficeOnline",
      displayLanguage: "nl-BE",
    });
  });

  it("names another Office application", async () => {
    installOffice(() => Promise.resolve({ host: "Word", platform: "PC" }));
    await expect(detectHost(50)).resolves.toEqual({ kind: "other-host", host: "Word" });
  });

  it("stops waiting when onReady never settles", async () => {
    installOffice(() => new Promise(() => undefined));
    await expect(detectHost(50)).resolves.toEqual({ kind: "outside-office" });
  });

  it("is outside Office when onReady fails", async () => {
    installOffice(() => Promise.reject(new Error("office.js failed")));
    await expect(detectHost(50)).resolves.toEqual({ kind: "outside-office" });
  });
});
