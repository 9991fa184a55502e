// LAN mode's certificate names this machine's LAN addresses, is reused while
// it still fits, is made again when the addresses change, and keeps its
// private key readable by the owner only.
import { X509Certificate } from "node:crypto";
import { mkdtemp, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lanCertificate } from "../../../server/lanCertificate.mjs";

describe("LAN certificate", () => {
  it("names the addresses, is reused, and is remade for new addresses", async () => {
    const folder = join(await mkdtemp(join(tmpdir(), "toc-cert-")), "certs");
    const first = await lanCertificate(folder, ["192.168.1.20"]);
    expect(first.created).toBe(true);
    const names = new X509Certificate(first.cert).subjectAltName ?? "";
    expect(names).toContain("IP Address:192.168.1.20");
    expect(names).toContain("DNS:localhost");
    expect((await stat(join(folder, "key.pem"))).mode & 0o077).toBe(0);

    const again = await lanCertificate(folder, ["192.168.1.20"]);
    expect(again.created).toBe(false);
    expect(again.fingerprint).toBe(first.fingerprint);

    const moved = await lanCertificate(folder, ["10.0.0.7"]);
    expect(moved.created).toBe(true);
    expect(new X509Certificate(moved.cert).subjectAltName).toContain("IP Address:10.0.0.7");
  }, 30_000);
});
