-- Counts per status kept as data, and the orders whose projection is due (issue 4, read model at 1,000,000 orders).
--
-- 1. seller_order_counts: the tabs' counts were count(*) over every order of the seller on each page (linear in the
--    seller's orders: 11 ms at 100,000). They are now rows, kept exact by statement triggers on order_read that see
--    the real old and new rows (OLD/NEW transition tables), whatever the writer: inserts, re-projections of the same
--    version (no change), status changes, refused older versions (not in the transition tables, since nothing was
--    written), a row moving to another seller (-1 there, +1 here) and deletes.
-- 2. order_read.projected_at: when the row was last written; every accepted upsert sets it, a same-version re-write
--    included.
-- 3. order_projection_due: the order grains whose state was written after their row was last projected. A trigger
--    on OrleansStorage adds an order when its "order" state is written; a trigger on order_read removes it when a
--    later write of the row is accepted. StaleOrderIdsAsync reads it by time, so it costs the same at 1,000,000
--    orders.
--
-- Idempotent: the migrator runs it once in a transaction, and run again it rebuilds the same objects and recomputes
-- the counts from the rows.

-- Writers of order_read wait until this commits and then run the triggers: the backfill below is exact.
LOCK TABLE order_read IN SHARE ROW EXCLUSIVE MODE;
LOCK TABLE OrleansStorage IN SHARE ROW EXCLUSIVE MODE;

------------------------------------------------------------------------------------------------ counts per status --

-- One row per seller and status. Rows with count 0 stay (the writer locks them, see below); readers skip them.
CREATE TABLE IF NOT EXISTS seller_order_counts (
    seller_id text    NOT NULL,
    status    text    NOT NULL,
    count     integer NOT NULL,
    PRIMARY KEY (seller_id, status)
);

-- Applies the changes of one statement on order_read as one delta per (seller, status), in key order.
CREATE OR REPLACE FUNCTION order_read_apply_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO seller_order_counts AS c (seller_id, status, count)
        SELECT seller_id, status, count(*)::integer FROM new_rows GROUP BY seller_id, status ORDER BY seller_id, status
        ON CONFLICT (seller_id, status) DO UPDATE SET count = c.count + EXCLUDED.count;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO seller_order_counts AS c (seller_id, status, count)
        SELECT seller_id, status, sum(delta)::integer
          FROM (SELECT seller_id, status, -1 AS delta FROM old_rows
                UNION ALL
                SELECT seller_id, status, 1 FROM new_rows) AS changes
         GROUP BY seller_id, status
        HAVING sum(delta) <> 0
         ORDER BY seller_id, status
        ON CONFLICT (seller_id, status) DO UPDATE SET count = c.count + EXCLUDED.count;
    ELSE
        UPDATE seller_order_counts AS c
           SET count = c.count - gone.n
          FROM (SELECT seller_id, status, count(*)::integer AS n FROM old_rows GROUP BY seller_id, status) AS gone
         WHERE c.seller_id = gone.seller_id AND c.status = gone.status;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS order_read_counts_insert ON order_read;
DROP TRIGGER IF EXISTS order_read_counts_update ON order_read;
DROP TRIGGER IF EXISTS order_read_counts_delete ON order_read;
CREATE TRIGGER order_read_counts_insert AFTER INSERT ON order_read
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION order_read_apply_counts();
CREATE TRIGGER order_read_counts_update AFTER UPDATE ON order_read
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION order_read_apply_counts();
CREATE TRIGGER order_read_counts_delete AFTER DELETE ON order_read
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION order_read_apply_counts();

DELETE FROM seller_order_counts;
INSERT INTO seller_order_counts (seller_id, status, count)
SELECT seller_id, status, count(*)::integer FROM order_read GROUP BY seller_id, status;

------------------------------------------------------------------------------------------------- projection time --

-- Rows written before this migration count as projected now: when they were is not known.
ALTER TABLE order_read ADD COLUMN IF NOT EXISTS projected_at timestamptz NOT NULL DEFAULT now();

---------------------------------------------------------------------------------------------- projections due --

-- An order grain whose "order" state (OrleansStorage: state name "order", string key "order:{productOrderId}",
-- stored as grain_id_ext with n0 = n1 = 0) was written at written_at and not projected since.
CREATE TABLE IF NOT EXISTS order_projection_due (
    product_order_id text        PRIMARY KEY,
    written_at       timestamptz NOT NULL
);

-- StaleOrderIdsAsync: the oldest first, older than the grace period.
CREATE INDEX IF NOT EXISTS order_projection_due_written ON order_projection_due (written_at, product_order_id);

-- now() is the write's transaction start, the same as the provider's modified_at (set by WriteToStorageKey's
-- UPDATE and by the column default on its INSERT). A cleared or deleted state is no longer due.
CREATE OR REPLACE FUNCTION orleans_storage_order_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM order_projection_due WHERE product_order_id = substr(OLD.grain_id_ext, 7);
    ELSIF NEW.payload IS NULL THEN
        DELETE FROM order_projection_due WHERE product_order_id = substr(NEW.grain_id_ext, 7);
    ELSE
        INSERT INTO order_projection_due AS d (product_order_id, written_at)
        VALUES (substr(NEW.grain_id_ext, 7), now())
        ON CONFLICT (product_order_id) DO UPDATE SET written_at = EXCLUDED.written_at;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS orleans_storage_order_written ON OrleansStorage;
DROP TRIGGER IF EXISTS orleans_storage_order_deleted ON OrleansStorage;
CREATE TRIGGER orleans_storage_order_written AFTER INSERT OR UPDATE ON OrleansStorage
    FOR EACH ROW WHEN (NEW.grain_type = 'order' AND NEW.grain_id_ext LIKE 'order:%')
    EXECUTE FUNCTION orleans_storage_order_written();
CREATE TRIGGER orleans_storage_order_deleted AFTER DELETE ON OrleansStorage
    FOR EACH ROW WHEN (OLD.grain_type = 'order' AND OLD.grain_id_ext LIKE 'order:%')
    EXECUTE FUNCTION orleans_storage_order_written();

-- A row written (inserted, or updated because its version was not older) is projected: the states written before
-- this write's transaction started are no longer due. A refused older version updates nothing and fires nothing.
CREATE OR REPLACE FUNCTION order_read_projected() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM order_projection_due WHERE product_order_id = NEW.product_order_id AND written_at <= now();
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS order_read_projected ON order_read;
CREATE TRIGGER order_read_projected AFTER INSERT OR UPDATE ON order_read
    FOR EACH ROW EXECUTE FUNCTION order_read_projected();

-- Order states persisted before this migration without any row: due since they were written.
INSERT INTO order_projection_due (product_order_id, written_at)
SELECT substr(s.grain_id_ext, 7), s.modified_at
  FROM OrleansStorage AS s
 WHERE s.grain_type = 'order' AND s.grain_id_ext LIKE 'order:%' AND s.payload IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM order_read AS r WHERE r.product_order_id = substr(s.grain_id_ext, 7))
ON CONFLICT (product_order_id) DO NOTHING;
