import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { type EncryptionKey, getSecrets, newEncryptionKey } from "@/lib/secrets";

const key = (id: string): EncryptionKey => ({ id, key: new Uint8Array(Buffer.from(newEncryptionKey(id).split(":")[1] ?? "", "base64")) });

describe("secrets at rest", () => {
  const k1 = key("k1");
  const k2 = key("k2");

  it("round-trips a cookie through encryption, and the ciphertext does not contain it", async () => {
    const ciphertext = await encryptSecret("fake-cookie-value-123456", [k1]);
    expect(ciphertext).not.toContain("fake-cookie-value");
    expect(await decryptSecret(ciphertext, [k1])).toEqual({ plaintext: "fake-cookie-value-123456", isCurrentKey: true });
  });

  it("refuses a tampered ciphertext", async () => {
    const ciphertext = await encryptSecret("secret", [k1]);
    const parts = ciphertext.split(".");
    const body = Buffer.from(parts[3] ?? "", "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString("base64url");
    await expect(decryptSecret(parts.join("."), [k1])).rejects.toThrow();
  });

  it("still opens secrets after a key rotation, and says they should be encrypted again", async () => {
    const old = await encryptSecret("secret", [k1]);
    const rotated = [k2, k1];
    expect(await decryptSecret(old, rotated)).toEqual({ plaintext: "secret", isCurrentKey: false });
    const renewed = await encryptSecret("secret", rotated);
    expect(await decryptSecret(renewed, [k2])).toEqual({ plaintext: "secret", isCurrentKey: true });
  });

  it("refuses a secret whose key is no longer configured", async () => {
    const old = await encryptSecret("secret", [k1]);
    await expect(decryptSecret(old, [k2])).rejects.toThrow('No encryption key "k1"');
  });
});

describe("the server's secrets", () => {
  const folder = () => mkdtempSync(path.join(os.tmpdir(), "plandrop-secrets-"));

  it("generates both once into a local file when they are not set, and reuses them", () => {
    const file = path.join(folder(), "secrets.json");
    const first = getSecrets({ PLANDROP_SECRETS_FILE: file });
    expect(existsSync(file)).toBe(true);
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(JSON.parse(readFileSync(file, "utf8")).SESSION_SECRET).toBe(first.sessionSecret);
    const again = getSecrets({ PLANDROP_SECRETS_FILE: file, SESSION_SECRET: "" });
    expect(again.sessionSecret).toBe(first.sessionSecret);
  });

  it("names what is too short or malformed", () => {
    const file = path.join(folder(), "secrets.json");
    expect(() => getSecrets({ PLANDROP_SECRETS_FILE: file, SESSION_SECRET: "short", ENCRYPTION_KEYS: "k1:abc" })).toThrow(
      'PlanDrop\'s secrets are not usable: SESSION_SECRET must be at least 32 characters (it has 5). ENCRYPTION_KEYS key "k1" must be 32 bytes, base64-encoded.',
    );
  });

  it("takes configured values over the local file", () => {
    const keys = `${newEncryptionKey("prod2")},${newEncryptionKey("prod1")}`;
    const secrets = getSecrets({
      PLANDROP_SECRETS_FILE: path.join(folder(), "unused.json"),
      SESSION_SECRET: "x".repeat(40),
      ENCRYPTION_KEYS: keys,
    });
    expect(secrets.encryptionKeys.map((k) => k.id)).toEqual(["prod2", "prod1"]);
  });
});

describe("passwords", () => {
  it("are stored as scrypt hashes that check the right password only", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain("correct horse");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("wrong horse battery", stored)).toBe(false);
  });
});
