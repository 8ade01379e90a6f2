// API keys in the admin console (issue 15): made for one branch with a name
// and scopes, shown once; revoked at once, or rotated (the old key works one
// more day beside the new one). scripts/api-key.ts stays for automation.
import { z } from "zod";
import { defineAction } from "../actions/define";
import { API_KEY_SCOPES } from "../api/key-scopes";
import { createApiKey, rotateApiKey } from "../api/keys";
import { recordAudit } from "../audit/record";
import { FieldConflict, NotFound, Refusal } from "../failures";
import { text } from "../validation/person";

/** The form's value for "every scope a key can have". */
export const ALL_SCOPES = "all";

export const createKeySchema = z.object({
  name: text(80).pipe(z.string().min(3, "errors.required")),
  branchId: z.uuid("errors.admin.branch"),
  // One choice: everything a key can do, or one of those permissions alone.
  scope: z.enum([ALL_SCOPES, ...API_KEY_SCOPES], "errors.admin.scopes"),
});

export const createKey = defineAction({
  permission: "admin.apiKeys",
  input: createKeySchema,
  handler: async (form, { tx, actor }) => {
    if (!(await tx.branch.findUnique({ where: { id: form.branchId }, select: { id: true } })))
      throw new FieldConflict("branchId", "errors.admin.branch");
    const scopes = API_KEY_SCOPES.filter((scope) => form.scope === ALL_SCOPES || form.scope === scope);
    const created = await createApiKey(tx, { name: form.name, branchId: form.branchId, scopes });
    await recordAudit(tx, actor, {
      action: "admin.api_key_created",
      entity: "ApiKey",
      entityId: created.id,
      after: { name: created.name, prefix: created.prefix, branchId: created.branchId, scopes: created.scopes },
    });
    return { prefix: created.prefix, key: created.key };
  },
  revalidate: () => ["/admin/kunci-api"],
});

const keyIdSchema = z.object({ keyId: z.uuid("errors.admin.noKey") });

/** The key stops working now (a leak, a system retired). */
export const revokeKey = defineAction({
  permission: "admin.apiKeys",
  input: keyIdSchema,
  handler: async ({ keyId }, { tx, now, actor }) => {
    const key = await tx.apiKey.findUnique({ where: { id: keyId }, select: { id: true, prefix: true, revokedAt: true } });
    if (!key) throw new NotFound("errors.admin.noKey");
    // Revoked already, or rotated and still in its last day: it ends now either way.
    if (!key.revokedAt || key.revokedAt > now) {
      await tx.apiKey.update({ where: { id: keyId }, data: { revokedAt: now } });
      await recordAudit(tx, actor, {
        action: "admin.api_key_revoked",
        entity: "ApiKey",
        entityId: keyId,
        before: { revokedAt: key.revokedAt?.toISOString() ?? null },
        after: { prefix: key.prefix, revokedAt: now.toISOString() },
      });
    }
    return { prefix: key.prefix };
  },
  revalidate: () => ["/admin/kunci-api"],
});

/** A new key for the same system, shown once; the old one works for one more day. */
export const rotateKey = defineAction({
  permission: "admin.apiKeys",
  input: keyIdSchema,
  handler: async ({ keyId }, { tx, now, actor }) => {
    const rotated = await rotateApiKey(tx, keyId, now);
    if (!rotated) {
      // Rotated already (a second click, a replayed request): its successor is the key to rotate next.
      const key = await tx.apiKey.findUnique({ where: { id: keyId }, select: { revokedAt: true } });
      if (key?.revokedAt && key.revokedAt > now) throw new Refusal("errors.admin.keyRotated");
      throw new NotFound("errors.admin.noKey");
    }
    await recordAudit(tx, actor, {
      action: "admin.api_key_rotated",
      entity: "ApiKey",
      entityId: rotated.id,
      after: { prefix: rotated.prefix, replaced: rotated.replaced, oldKeyEnds: rotated.oldKeyEnds.toISOString() },
    });
    return { prefix: rotated.prefix, key: rotated.key, replaced: rotated.replaced, oldKeyEnds: rotated.oldKeyEnds.toISOString() };
  },
  revalidate: () => ["/admin/kunci-api"],
});
