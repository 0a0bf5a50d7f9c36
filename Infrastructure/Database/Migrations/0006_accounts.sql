-- Login accounts of the gateway (issue 9): the operator, sellers and suppliers.
--
-- One row per login id. A seller account's login id is its seller id, a supplier's its supplier id, so the two share
-- one namespace and an id can never name two accounts. password_hash is ASP.NET Core Identity's PasswordHasher
-- output (PBKDF2 with a per-password salt); the clear password is never stored. security_stamp changes whenever the
-- account is disabled, enabled or gets a new password: access tokens carry the stamp they were issued with, and a
-- token whose stamp differs from the row's stops working on every gateway.
--
-- Idempotent: run again it keeps the accounts.

CREATE TABLE IF NOT EXISTS accounts (
    login_id       text        PRIMARY KEY CHECK (login_id ~ '^[a-z0-9_-]{3,32}$'),
    role           text        NOT NULL CHECK (role IN ('operator', 'seller', 'supplier')),
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    password_hash  text        NOT NULL,
    disabled       boolean     NOT NULL DEFAULT false,
    security_stamp integer     NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- The operator's lists of sellers and of suppliers, in login id order (keyset paging).
CREATE INDEX IF NOT EXISTS accounts_role_login ON accounts (role, login_id);
