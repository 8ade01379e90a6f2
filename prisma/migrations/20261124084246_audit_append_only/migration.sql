-- ---------------------------------------------------------------------------
-- Hand-written below this line (issue 6.2, docs/decisions/0010-trust.md).
-- The audit log is append-only in the database itself: no code path, not even
-- a bug or a hand-written query through the app's connection, can change or
-- remove an entry. (A superuser can still drop the trigger: that is a
-- database administrator's act, outside the app.)
-- ---------------------------------------------------------------------------

CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION \'AuditLog is append-only: % refused\', TG_OP USING ERRCODE = \'insufficient_privilege\'\x3b
END ';

CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
