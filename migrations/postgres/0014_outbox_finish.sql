-- Finishes one outbox row (sent or failed) and gives its chat's next row its turn, in one call
-- (outbox-turns.ts, `finish`): the transaction it replaces made six round trips, each waiting its
-- turn in a busy event loop, and held the chat's queueing lock across them while the webhook's
-- updates queued for that chat waited. As in outbox_enqueue (0009): the lock is `lockSql`'s
-- (postgres-database.ts) on `chatLockKey` (outbox-turns.ts), and each statement after it takes a
-- snapshot of its own, so sees what the transaction it waited for committed.
-- The chat is the row's chat now (a group's migration may have moved it); p_channel and p_chat,
-- the chat it was claimed in, stand for a row no longer there. p_lease: only while that claim
-- holds the row (outbox-leases.ts, HELD); null: whoever holds it. Returns whether the row changed.
CREATE FUNCTION outbox_finish(p_id integer, p_channel text, p_chat text, p_status text, p_sent_at bigint, p_message_id text,
  p_parts integer, p_error text, p_lease integer, p_now bigint)
RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  claimed_channel text;
  claimed_chat text;
  now_chat text;
  changed integer;
BEGIN
  SELECT channel, chat_external_id INTO claimed_channel, claimed_chat FROM outbox WHERE id = p_id;
  IF NOT FOUND THEN
    claimed_channel := p_channel;
    claimed_chat := p_chat;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('outbox:' || claimed_channel || ':' || claimed_chat, 0));
  -- Read again under the lock: a move that held it has committed by now.
  SELECT chat_external_id INTO now_chat FROM outbox WHERE id = p_id;
  IF NOT FOUND THEN
    now_chat := claimed_chat;
  ELSIF now_chat <> claimed_chat THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('outbox:' || claimed_channel || ':' || now_chat, 0));
  END IF;
  UPDATE outbox SET status = p_status, sent_at = coalesce(p_sent_at, sent_at), sent_message_id = coalesce(p_message_id, sent_message_id),
    parts_sent = coalesce(p_parts, parts_sent), lease_until = NULL, last_error = p_error
  WHERE id = p_id AND (p_lease IS NULL OR (status = 'sending' AND attempts = p_lease));
  GET DIAGNOSTICS changed = ROW_COUNT;
  UPDATE outbox SET ready_at = p_now WHERE ready_at IS NULL AND id = (SELECT min(p.id) FROM outbox p
    WHERE p.channel = claimed_channel AND p.chat_external_id = now_chat AND p.status IN ('pending', 'sending'));
  RETURN changed = 1;
END $$;
