-- The catalog list (issue 9): one row per catalog product, projected by its grain after every persisted change.
--
-- catalog_read holds what the operator's product list shows (name, supplier, status, option count, total stock, last
-- change) so that listing reads one table instead of activating every product grain. The grain persists, then writes
-- its row; a row is replaced only by the same or a later version, so a late or repeated write never goes back in
-- time. A write that failed after the persist is repeated by the grain's next change and on its next activation.
--
-- Idempotent: run again it keeps the rows and rebuilds the same objects.

CREATE TABLE IF NOT EXISTS catalog_read (
    code         text        PRIMARY KEY,
    name         text        NOT NULL,
    supplier_id  text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('OnSale', 'SoldOut', 'Discontinued')),
    option_count integer     NOT NULL CHECK (option_count >= 0),
    total_stock  bigint      NOT NULL CHECK (total_stock >= 0),
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    projected_at timestamptz NOT NULL DEFAULT now()
);

-- The list pages in code order through the primary key. A search by name scans the catalog, which stays in the
-- thousands of rows; the supplier's products have their own index for the supplier's views.
CREATE INDEX IF NOT EXISTS catalog_read_supplier ON catalog_read (supplier_id, code);
