import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

// What a new password must be (NIST SP 800-63B, 5.1.1.2): at least 10 characters, any
// characters, no composition rules, and not one of the commonly used passwords. The list is the
// 49,000 most common passwords that @zxcvbn-ts/language-common maintains; it is loaded on first use.

export const MIN_PASSWORD_LENGTH = 10;
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"]);
  const folded = password.normalize("NFKC").toLowerCase();
  return common.has(folded) || common.has(folded.replace(/\s+/g, ""));
}

export const newPasswordSchema = z
  .string()
  .max(200, "Use a password of at most 200 characters.")
  .refine(
    (password) => password.replace(/\s/g, "").length >= MIN_PASSWORD_LENGTH,
    `Use a password of at least ${MIN_PASSWORD_LENGTH} characters, not counting spaces.`,
  )
  .refine((password) => new Set(password).size > 1, "Use a password that is not one character repeated.")
  .refine((password) => !isCommonPassword(password), "This password is one of the most commonly used; choose one that is harder to guess.");
