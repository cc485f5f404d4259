-- Takes the lock of one unit's report, then reads the report (its conversation row, its submission,
-- that submission's answers), in one call (directory-repository.ts, `senderInChat`): an update
-- answering a question makes one round trip fewer. As in outbox_enqueue (0009), the read cannot
-- share a statement with the lock: a statement's snapshot is taken before any lock it waits for,
-- so it would miss what the transaction it waited for committed. Each statement of a VOLATILE
-- function takes a snapshot of its own, after the lock. The lock is the one `lockSql` takes
-- (postgres-database.ts). The read is `loadReport`'s (conversation-repository.ts), with each row
-- as to_json gives it (by column name; null when there is none). No row when p_key is null:
-- `report_locked` tells a report read, even one not started, from none.
CREATE FUNCTION report_after_lock(p_key text, p_campaign_id integer, p_unit_id integer)
RETURNS TABLE (report_locked boolean, report_conversation json, report_submission json, report_answers json) LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF p_key IS NULL THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended(p_key, 0));
  RETURN QUERY
    SELECT true, CASE WHEN c.key IS NULL THEN NULL ELSE to_json(c) END,
      CASE WHEN s.id IS NULL THEN NULL ELSE to_json(s) END,
      (SELECT json_object_agg(a.field_id, a.value) FROM answers a WHERE a.submission_id = s.id)
    FROM (SELECT 1 AS one) here
    LEFT JOIN conversations c ON c.key = p_key
    LEFT JOIN submissions s ON s.campaign_id = p_campaign_id AND s.unit_id = p_unit_id;
END $$;
