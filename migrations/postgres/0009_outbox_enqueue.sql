-- Queues one outbox row under its chat's queueing lock in one round trip (outbox-repository.ts,
-- `enqueue`). The lock cannot go into the INSERT itself: a statement's snapshot is taken before
-- any lock it waits for, so it would miss a row committed meanwhile by the transaction it waited
-- for. Each statement of a VOLATILE function takes a snapshot of its own, after the lock.
-- The lock is the one `lockSql` takes (postgres-database.ts): the same key, hashed the same way.
CREATE FUNCTION outbox_enqueue(lock_key text, p_channel text, p_chat text, p_payload text, p_next_attempt_at bigint, p_broadcast_id integer, p_rank integer, p_now bigint)
RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  queued integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(lock_key, 0));
  -- A row queued into a chat with nothing unfinished is its head at once.
  INSERT INTO outbox (channel, chat_external_id, payload, next_attempt_at, broadcast_id, send_rank, ready_at)
  VALUES (p_channel, p_chat, p_payload, p_next_attempt_at, p_broadcast_id, p_rank,
    CASE WHEN EXISTS (SELECT 1 FROM outbox p WHERE p.channel = p_channel AND p.chat_external_id = p_chat AND p.status IN ('pending', 'sending'))
      THEN NULL ELSE p_now END)
  RETURNING id INTO queued;
  RETURN queued;
END $$;
