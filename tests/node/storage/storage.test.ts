// requestPersistentStorage: asks only when not already persistent.
import { afterEach, describe, expect, it, vi } from "vitest";
import { requestPersistentStorage } from "../../../src/storage";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("requestPersistentStorage", () => {
  it("is unsupported without navigator.storage", async () => {
    vi.stubGlobal("navigator", {});
    expect(await requestPersistentStorage()).toBe("unsupported");
  });

  it("does not ask again when already persistent", async () => {
    const persist = vi.fn(async () => false);
    vi.stubGlobal("navigator", { storage: { persisted: async () => true, persist } });
    expect(await requestPersistentStorage()).toBe("granted");
    expect(persist).not.toHaveBeenCalled();
  });

  it("reports the browser's answer", async () => {
    vi.stubGlobal("navigator", {
      storage: { persisted: async () => false, persist: async () => true },
    });
    expect(await requestPersistentStorage()).toBe("granted");
    vi.stubGlobal("navigator", {
      storage: { persisted: async () => false, persist: async () => false },
    });
    expect(await requestPersistentStorage()).toBe("denied");
  });
});
