import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../../server/serve.mjs";

// Raw requests: fetch() would normalise "/../" away before it reaches the server.
function request(
  port: number,
  target: string,
  method = "GET",
  headers: Record<string, string> = {},
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        { host: "127.0.0.1", port, path: target, method, headers },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => {
            body += chunk;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on("error", reject);
      req.end();
    },
  );
}

describe("server/serve.mjs", () => {
  const base = mkdtempSync(path.join(tmpdir(), "toc-serve-"));
  const root = path.join(base, "dist");
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    mkdirSync(path.join(root, "assets"), { recursive: true });
    writeFileSync(path.join(root, "index.html"), "<!doctype html><title>t</title>");
    writeFileSync(path.join(root, "assets", "app-1a2b.js"), "export {};");
    writeFileSync(path.join(root, "sw.js"), "// sw");
    writeFileSync(path.join(root, "manifest.webmanifest"), "{}");
    writeFileSync(path.join(base, "secret.txt"), "secret");
    symlinkSync(path.join(base, "secret.txt"), path.join(root, "link.txt"));
    server = await startServer({ host: "127.0.0.1", port: 0, root });
  });
  afterAll(async () => {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  });

  it("serves index.html for / with no-cache and the security headers", async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const res = await request(server.port, "/");
    expect(res.status).toBe(200);
    expect(res.body).toContain("<title>t</title>");
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("uses the right types and cache rules", async () => {
    const asset = await request(server.port, "/assets/app-1a2b.js?x=1");
    expect(asset.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(asset.headers["cache-control"]).toContain("immutable");
    const sw = await request(server.port, "/sw.js");
    expect(sw.headers["cache-control"]).toBe("no-cache");
    const manifest = await request(server.port, "/manifest.webmanifest");
    expect(manifest.headers["content-type"]).toBe("application/manifest+json; charset=utf-8");
    expect(manifest.headers["cache-control"]).toBe("no-cache");
  });

  it.each([
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/assets/%2E%2E/%2e%2e/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/..%5csecret.txt",
    "/%00",
    "/index.html%00.js",
    "/%E0%A4%A",
    "http://example.com/index.html",
  ])("rejects %s", async (target) => {
    const res = await request(server.port, target);
    expect(res.status).toBe(400);
    expect(res.body).not.toContain("secret");
  });

  it("answers 404 for missing files, directories and symlinks leaving the root", async () => {
    for (const target of ["/nope.js", "/assets/", "/assets", "/link.txt"]) {
      const res = await request(server.port, target);
      expect(res.status, target).toBe(404);
      expect(res.body).not.toContain("secret");
    }
  });

  it("supports HEAD and conditional GET; refuses other methods", async () => {
    const head = await request(server.port, "/index.html", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    const etag = String(head.headers.etag);
    expect((await request(server.port, "/", "GET", { "If-None-Match": etag })).status).toBe(304);
    const post = await request(server.port, "/", "POST");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
  });

  it("refuses WebSocket upgrades until a signaling server is attached", async () => {
    const res = await request(server.port, "/signal", "GET", {
      Connection: "Upgrade",
      Upgrade: "websocket",
      "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
      "Sec-WebSocket-Version": "13",
    });
    expect(res.status).toBe(404);
  });
});
