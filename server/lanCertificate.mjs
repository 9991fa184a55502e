// LAN workshop mode needs HTTPS: browsers allow WebCrypto (the session
// secret) and service workers only on secure origins, and a phone reaches
// the facilitator's laptop by its LAN address, not localhost. We make a
// self-signed certificate for this machine's addresses, keep it in
// `.lan-certificate/` beside the app (private key readable by the owner only),
// and reuse it while it is valid and still names every current address.
import { X509Certificate } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { networkInterfaces } from "node:os";
import { join } from "node:path";

const VALID_DAYS = 365;

/** IPv4 addresses other devices on the venue network can reach. */
export function lanAddresses() {
  const found = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.family === "IPv4" && !info.internal) found.push(info.address);
    }
  }
  return found;
}

function stillFits(certPem, addresses) {
  try {
    const cert = new X509Certificate(certPem);
    if (new Date(cert.validTo).getTime() < Date.now() + 24 * 3600 * 1000) return false;
    const names = cert.subjectAltName ?? "";
    return addresses.every((ip) => names.includes(`IP Address:${ip}`));
  } catch {
    return false;
  }
}

/** @returns {Promise<{ key: string, cert: string, fingerprint: string, created: boolean }>} */
export async function lanCertificate(folder, addresses = lanAddresses()) {
  const keyPath = join(folder, "key.pem");
  const certPath = join(folder, "cert.pem");
  try {
    const [key, cert] = await Promise.all([readFile(keyPath, "utf8"), readFile(certPath, "utf8")]);
    if (stillFits(cert, addresses)) {
      return { key, cert, fingerprint: new X509Certificate(cert).fingerprint256, created: false };
    }
  } catch {
    // No usable certificate yet: make one below.
  }
  const { generate } = await import("selfsigned");
  const notAfter = new Date(Date.now() + VALID_DAYS * 24 * 3600 * 1000);
  const pems = await generate([{ name: "commonName", value: "ToC Studio workshop" }], {
    keyType: "ec",
    algorithm: "sha256",
    notAfterDate: notAfter,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          ...addresses.map((ip) => ({ type: 7, ip })),
        ],
      },
    ],
  });
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await writeFile(keyPath, pems.private, { mode: 0o600 });
  await writeFile(certPath, pems.cert, { mode: 0o644 });
  return {
    key: pems.private,
    cert: pems.cert,
    fingerprint: new X509Certificate(pems.cert).fingerprint256,
    created: true,
  };
}
