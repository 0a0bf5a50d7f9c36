-- The point ledger and OnChannel order numbers (issue 8: placing orders), and what placing needs from the read model.
--
-- 1. point_ledger / point_balance / point_post(): an append-only ledger of every top-up, charge, refund and
--    adjustment, unique per (seller, kind, reference), with the seller's balance kept as a row. point_post() is the
--    only writer: it locks the seller's balance row first, so a seller's postings run one after another, and within
--    that lock it answers a known reference with the entry written the first time, refuses a debit the balance
--    cannot cover (writing no entry), or appends the entry and moves the balance, in one statement.
-- 2. onch_order_numbers: the last OnChannel order number given on each KST day.
-- 3. order_read: supplier, placing time, OnChannel order number and amount as columns, copied from the view by every
--    upsert, with the indexes of the supplier's list, the lookup by order number, the orderable orders of a seller
--    (auto ordering, resuming 포인트 부족) and the orders placed without a tracking number (발송 지연 위험).
--
-- Idempotent: run again it keeps the ledger and the numbers, rebuilds the same objects and copies the same values.

----------------------------------------------------------------------------------------------------- point ledger --

-- A seller's balance; the row every posting of the seller locks first. Always the sum of the seller's entries.
CREATE TABLE IF NOT EXISTS point_balance (
    seller_id text   PRIMARY KEY,
    balance   bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS point_ledger (
    id               bigserial   PRIMARY KEY,
    seller_id        text        NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('TopUp', 'Charge', 'Refund', 'Adjustment')),
    -- What makes a posting unique for its seller and kind: the request id of a top-up, the product order id of a charge.
    reference        text        NOT NULL,
    amount           bigint      NOT NULL,
    balance_after    bigint      NOT NULL,
    product_order_id text        NULL,
    memo             text        NULL,
    at               timestamptz NOT NULL DEFAULT now(),
    UNIQUE (seller_id, kind, reference)
);

-- A seller's entries, newest first (EntriesAsync).
CREATE INDEX IF NOT EXISTS point_ledger_seller_id ON point_ledger (seller_id, id DESC);

-- Posts one entry; returns one row: the outcome ('Posted', 'AlreadyPosted' or 'Insufficient'), the seller's balance
-- after the call and the entry (the earlier one when already posted; nulls when refused).
CREATE OR REPLACE FUNCTION point_post(
    p_seller_id text, p_kind text, p_reference text, p_amount bigint, p_product_order_id text, p_memo text,
    p_allow_negative boolean,
    OUT o_outcome text, OUT o_balance bigint, OUT o_id bigint, OUT o_at timestamptz, OUT o_amount bigint,
    OUT o_balance_after bigint, OUT o_product_order_id text, OUT o_memo text)
LANGUAGE plpgsql AS $$
DECLARE
    entry point_ledger%ROWTYPE;
BEGIN
    -- The seller's lock: create the row (a concurrent creator makes this wait for its commit), then lock it. From here
    -- until commit no other posting of the seller runs, and each statement below sees every earlier posting, since
    -- in READ COMMITTED each statement of a function takes a new snapshot.
    INSERT INTO point_balance (seller_id, balance) VALUES (p_seller_id, 0) ON CONFLICT (seller_id) DO NOTHING;
    SELECT b.balance INTO o_balance FROM point_balance AS b WHERE b.seller_id = p_seller_id FOR UPDATE;

    SELECT * INTO entry FROM point_ledger AS l
     WHERE l.seller_id = p_seller_id AND l.kind = p_kind AND l.reference = p_reference;
    IF FOUND THEN
        o_outcome := 'AlreadyPosted';
    -- Only a debit can be refused: a top-up of a balance an adjustment took below zero is welcome.
    ELSIF p_amount < 0 AND NOT p_allow_negative AND o_balance + p_amount < 0 THEN
        o_outcome := 'Insufficient';
        RETURN;
    ELSE
        INSERT INTO point_ledger (seller_id, kind, reference, amount, balance_after, product_order_id, memo)
        VALUES (p_seller_id, p_kind, p_reference, p_amount, o_balance + p_amount, p_product_order_id, p_memo)
        RETURNING * INTO entry;
        UPDATE point_balance AS b SET balance = entry.balance_after WHERE b.seller_id = p_seller_id;
        o_outcome := 'Posted';
        o_balance := entry.balance_after;
    END IF;

    o_id := entry.id;
    o_at := entry.at;
    o_amount := entry.amount;
    o_balance_after := entry.balance_after;
    o_product_order_id := entry.product_order_id;
    o_memo := entry.memo;
END;
$$;

---------------------------------------------------------------------------------------------------- order numbers --

-- The last daily sequence number given on each KST day (ON + yyyyMMdd + six digits).
CREATE TABLE IF NOT EXISTS onch_order_numbers (
    day  date   PRIMARY KEY,
    last bigint NOT NULL
);

------------------------------------------------------------------------------------------------- read model columns --

ALTER TABLE order_read ADD COLUMN IF NOT EXISTS supplier_id   text        NULL;
ALTER TABLE order_read ADD COLUMN IF NOT EXISTS placed_at     timestamptz NULL;
ALTER TABLE order_read ADD COLUMN IF NOT EXISTS onch_order_no text        NULL;
ALTER TABLE order_read ADD COLUMN IF NOT EXISTS amount        bigint      NULL;

-- Rows written before this migration: the values from their views. The rows stay as projected as they were, so the
-- trigger that clears due projections (migration 0004) must not see this update; the counts trigger sees no change.
ALTER TABLE order_read DISABLE TRIGGER order_read_projected;
UPDATE order_read
   SET supplier_id = view ->> 'supplierId', placed_at = (view ->> 'placedAt')::timestamptz,
       onch_order_no = view ->> 'onchOrderNo', amount = (view ->> 'amount')::bigint
 WHERE (supplier_id, placed_at, onch_order_no, amount) IS DISTINCT FROM
       (view ->> 'supplierId', (view ->> 'placedAt')::timestamptz, view ->> 'onchOrderNo', (view ->> 'amount')::bigint);
ALTER TABLE order_read ENABLE TRIGGER order_read_projected;

-- The supplier's list in one status and the counts per status (ListForSupplierAsync), newest placed first.
CREATE INDEX IF NOT EXISTS order_read_supplier_status_placed
    ON order_read (supplier_id, status, placed_at DESC, product_order_id DESC)
    WHERE supplier_id IS NOT NULL AND placed_at IS NOT NULL;

-- The supplier's list over every status, newest placed first.
CREATE INDEX IF NOT EXISTS order_read_supplier_placed
    ON order_read (supplier_id, placed_at DESC, product_order_id DESC)
    WHERE supplier_id IS NOT NULL AND placed_at IS NOT NULL;

-- The supplier's tracking and delivery commands name orders by OnChannel number (FindByOnchOrderNoAsync). Not
-- unique: a projection must never fail, and the number sequence and the order grain own its uniqueness; should a
-- number ever repeat, the latest placed order answers.
CREATE INDEX IF NOT EXISTS order_read_onch_order_no
    ON order_read (onch_order_no, placed_at DESC NULLS LAST, product_order_id)
    WHERE onch_order_no IS NOT NULL;

-- A seller's orderable orders, oldest first, with their amounts (OrderableIdsAsync, PointsNeededAsync: index-only).
CREATE INDEX IF NOT EXISTS order_read_seller_orderable
    ON order_read (seller_id, ordered_at, product_order_id) INCLUDE (amount)
    WHERE status = 'Waiting' AND orderable;

-- Placed orders without a supplier tracking number, oldest placed first (LateShipmentsAsync), for a seller, for a
-- supplier, or all of them. Partial: only the orders waiting for a tracking number are in them.
CREATE INDEX IF NOT EXISTS order_read_late_by_seller
    ON order_read (seller_id, placed_at, product_order_id)
    WHERE status = 'Ordered' AND jsonb_typeof(view -> 'onchTracking') IS DISTINCT FROM 'object';
CREATE INDEX IF NOT EXISTS order_read_late_by_supplier
    ON order_read (supplier_id, placed_at, product_order_id)
    WHERE status = 'Ordered' AND jsonb_typeof(view -> 'onchTracking') IS DISTINCT FROM 'object';
CREATE INDEX IF NOT EXISTS order_read_late
    ON order_read (placed_at, product_order_id)
    WHERE status = 'Ordered' AND jsonb_typeof(view -> 'onchTracking') IS DISTINCT FROM 'object';
