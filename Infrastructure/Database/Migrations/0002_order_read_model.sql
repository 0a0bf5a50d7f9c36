-- Read model of collected orders (issue 4): one row per SmartStore product order, written by the order grain after
-- each persisted transition and idempotent by the order's version. Lists, filters, counts and the dashboard read it;
-- commands go to the grains.
CREATE TABLE order_read (
    product_order_id text        PRIMARY KEY,
    seller_id        text        NOT NULL,
    status           text        NOT NULL,
    orderable        boolean     NOT NULL,
    product_code     text        NOT NULL,
    ordered_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL,
    -- The error codes shown on the order, for filters such as 전체 판매신청 (SaleNotApplied).
    error_codes      text[]      NOT NULL DEFAULT '{}',
    -- The whole http-api Order shape, so a page is served from this table alone.
    view             jsonb       NOT NULL
);

-- A page of a seller's orders in one status, newest first; also answers the counts per status (index-only).
CREATE INDEX order_read_seller_status_ordered
    ON order_read (seller_id, status, ordered_at DESC, product_order_id DESC);

-- Orders waiting on a product, re-validated when the catalog changes or the seller applies for sale.
CREATE INDEX order_read_product_open
    ON order_read (product_code, seller_id)
    WHERE status IN ('CollectionFailed', 'Waiting');
