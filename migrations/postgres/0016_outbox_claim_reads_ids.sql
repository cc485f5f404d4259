-- outbox_claim_reads (0015) also returns the platform window's counts with their ids, as
-- 'globalCounts' ([id, sent_at] pairs, latest first): the rate limiter matches them to its sends in
-- flight by id (in-flight-counts.ts); by time alone, another count at the same millisecond was taken
-- for one of its own. 'global' (the times) stays, for an instance still running the code before.
CREATE OR REPLACE FUNCTION outbox_claim_reads(p_channel text, p_chat text, p_now bigint, p_limit integer,
  p_global_since bigint, p_global_count integer, p_chats_since bigint)
RETURNS json LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_heads json;
  v_global json := '[]';
  v_global_counts json := '[]';
  v_free integer;
  v_chats json := '[]';
  v_chats_read integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('outbox:' || p_channel, 0));
  IF p_chat IS NULL THEN
    SELECT coalesce(json_agg(json_build_object('row', to_json(o), 'chatActive',
        (SELECT c.is_active FROM chats c WHERE c.channel = o.channel AND c.external_id = o.chat_external_id))
        ORDER BY o.send_rank, o.ready_at, o.id), '[]')
      INTO v_heads
      FROM (SELECT h.* FROM outbox h WHERE h.channel = p_channel AND h.status IN ('pending', 'sending') AND h.ready_at IS NOT NULL
        AND ((h.status = 'pending' AND h.next_attempt_at <= p_now) OR (h.status = 'sending' AND h.lease_until <= p_now))
        AND h.id = (SELECT min(p.id) FROM outbox p WHERE p.channel = h.channel AND p.chat_external_id = h.chat_external_id
          AND p.status IN ('pending', 'sending'))
        ORDER BY h.send_rank, h.ready_at, h.id LIMIT p_limit) o;
  ELSE
    SELECT coalesce(json_agg(json_build_object('row', to_json(o), 'chatActive',
        (SELECT c.is_active FROM chats c WHERE c.channel = o.channel AND c.external_id = o.chat_external_id))), '[]')
      INTO v_heads
      FROM (SELECT h.* FROM outbox h WHERE h.channel = p_channel AND h.chat_external_id = p_chat AND h.status IN ('pending', 'sending')
        ORDER BY h.id LIMIT 1) o
      WHERE (o.status = 'pending' AND o.next_attempt_at <= p_now) OR (o.status = 'sending' AND coalesce(o.lease_until, 0) <= p_now);
  END IF;
  v_free := json_array_length(v_heads);
  IF p_global_since IS NOT NULL THEN
    SELECT coalesce(json_agg(t.sent_at), '[]'), coalesce(json_agg(json_build_array(t.id, t.sent_at)), '[]'), p_global_count - count(*)
      INTO v_global, v_global_counts, v_free
      FROM (SELECT e.id, e.sent_at FROM rate_events e WHERE e.channel = p_channel AND e.scope = '*' AND e.sent_at > p_global_since
        ORDER BY e.sent_at DESC LIMIT p_global_count) t;
  END IF;
  IF p_chats_since IS NOT NULL THEN
    v_chats_read := least(greatest(8, 2 * v_free), json_array_length(v_heads));
    SELECT coalesce(json_agg(json_build_array(e.scope, e.sent_at)), '[]') INTO v_chats
      FROM rate_events e WHERE e.channel = p_channel AND e.sent_at > p_chats_since
      AND e.scope IN (SELECT x.head -> 'row' ->> 'chat_external_id' FROM json_array_elements(v_heads) WITH ORDINALITY AS x(head, n) WHERE x.n <= v_chats_read);
  END IF;
  RETURN json_build_object('heads', v_heads, 'global', v_global, 'globalCounts', v_global_counts, 'chats', v_chats, 'chatsRead', v_chats_read);
END $$;
