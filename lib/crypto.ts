import { CompactEncrypt, compactDecrypt, decodeProtectedHeader } from "jose";
import { type EncryptionKey, getSecrets } from "./secrets";

// Secrets at rest (TrainingPeaks cookies and tokens) as JWE: dir + A256GCM, with the key id in
// the protected header so old ciphertexts still open after a key rotation.

export async function encryptSecret(plaintext: string, keys: EncryptionKey[] = getSecrets().encryptionKeys): Promise<string> {
  const current = keys[0];
  if (!current) throw new Error("No encryption key configured.");
  return new CompactEncrypt(new TextEncoder().encode(plaintext))
    .setProtectedHeader({ alg: "dir", enc: "A256GCM", kid: current.id })
    .encrypt(current.key);
}

/** Opens a ciphertext; `isCurrentKey` false means it should be encrypted again with the current key. */
export async function decryptSecret(
  ciphertext: string,
  keys: EncryptionKey[] = getSecrets().encryptionKeys,
): Promise<{ plaintext: string; isCurrentKey: boolean }> {
  const { kid } = decodeProtectedHeader(ciphertext);
  const key = keys.find((candidate) => candidate.id === kid);
  if (!key) throw new Error(`No encryption key "${String(kid)}" is configured to open this secret.`);
  const { plaintext } = await compactDecrypt(ciphertext, key.key, {
    keyManagementAlgorithms: ["dir"],
    contentEncryptionAlgorithms: ["A256GCM"],
  });
  return { plaintext: new TextDecoder().decode(plaintext), isCurrentKey: key.id === keys[0]?.id };
}
