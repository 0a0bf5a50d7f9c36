-- Tables, functions and query texts for the Orleans 10.4.2 ADO.NET providers (clustering, reminders, grain
-- persistence) on PostgreSQL 15+. Written from docs/orleans-adonet-contract.md: the providers fix only the
-- OrleansQuery catalog, its keys, the parameter names and the result column names; everything else is ours.

-- Query catalog read by every provider at start. Unquoted names, so they fold to lower case and are found through
-- search_path exactly as the providers spell them.
CREATE TABLE OrleansQuery (
    QueryKey  text PRIMARY KEY,
    QueryText text NOT NULL
);

---------------------------------------------------------------------------------------------------- clustering --

-- One row per cluster (ClusterId). Version is the membership table version: int32, starts at 0, +1 per write.
CREATE TABLE OrleansMembershipVersionTable (
    deployment_id text        PRIMARY KEY,
    version       integer     NOT NULL DEFAULT 0 CHECK (version >= 0),
    changed_at    timestamptz NOT NULL DEFAULT now()
);

-- One row per silo incarnation.
CREATE TABLE OrleansMembershipTable (
    deployment_id   text        NOT NULL REFERENCES OrleansMembershipVersionTable (deployment_id),
    address         text        NOT NULL,
    port            integer     NOT NULL,
    generation      integer     NOT NULL,
    silo_name       text        NOT NULL,
    host_name       text        NOT NULL,
    status          integer     NOT NULL,
    proxy_port      integer     NOT NULL DEFAULT 0,
    suspect_times   text,
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

-- Advance the cluster's membership version by exactly one, only from the version the caller read; never past int32.
-- Callers run it inside their exception block, so a later failure undoes the bump too.
CREATE FUNCTION orleans_membership_bump(p_deployment_id text, p_version integer) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE OrleansMembershipVersionTable
       SET version = version + 1, changed_at = now()
     WHERE deployment_id = p_deployment_id AND version = p_version AND version < 2147483647;
    RETURN FOUND;
END
$$;

-- Insert a member row and bump the version in one step, only when the caller's version is current and the row
-- is new. Any failure leaves nothing behind (the exception block rolls back to its implicit savepoint).
CREATE FUNCTION orleans_membership_insert(
    p_deployment_id text, p_address text, p_port integer, p_generation integer, p_silo_name text,
    p_host_name text, p_status integer, p_proxy_port integer, p_start_time timestamptz,
    p_i_am_alive_time timestamptz, p_version integer) RETURNS integer
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT orleans_membership_bump(p_deployment_id, p_version) THEN
        RETURN 0;
    END IF;
    INSERT INTO OrleansMembershipTable (deployment_id, address, port, generation, silo_name, host_name, status,
                                        proxy_port, suspect_times, start_time, i_am_alive_time)
    VALUES (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status,
            coalesce(p_proxy_port, 0), NULL, p_start_time, p_i_am_alive_time);
    RETURN 1;
EXCEPTION WHEN unique_violation OR foreign_key_violation THEN
    RETURN 0;
END
$$;

-- Update a member row and bump the version in one step, only when the caller's version is current and the row
-- exists; otherwise change nothing, the version included.
CREATE FUNCTION orleans_membership_update(
    p_deployment_id text, p_address text, p_port integer, p_generation integer, p_status integer,
    p_suspect_times text, p_i_am_alive_time timestamptz, p_version integer) RETURNS integer
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT orleans_membership_bump(p_deployment_id, p_version) THEN
        RETURN 0;
    END IF;
    UPDATE OrleansMembershipTable
       SET status = p_status, suspect_times = p_suspect_times, i_am_alive_time = p_i_am_alive_time
     WHERE deployment_id = p_deployment_id AND address = p_address AND port = p_port
       AND generation = p_generation;
    IF NOT FOUND THEN
        -- Undo the version bump made above.
        RAISE EXCEPTION 'member row missing' USING ERRCODE = 'no_data_found';
    END IF;
    RETURN 1;
EXCEPTION WHEN no_data_found THEN
    RETURN 0;
END
$$;

------------------------------------------------------------------------------------------------------ reminders --

CREATE TABLE OrleansRemindersTable (
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    start_time    timestamptz NOT NULL,
    period        bigint      NOT NULL,
    grain_hash    integer     NOT NULL,
    version       integer     NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

-- Range reads go by the signed grain hash.
CREATE INDEX ix_orleans_reminders_hash ON OrleansRemindersTable (service_id, grain_hash);

------------------------------------------------------------------------------------------------- grain storage --

CREATE TABLE OrleansStorage (
    service_id       text        NOT NULL,
    grain_type       text        NOT NULL,
    grain_id_n0      bigint      NOT NULL,
    grain_id_n1      bigint      NOT NULL,
    grain_id_ext     text,
    grain_id_hash    integer     NOT NULL,
    grain_type_hash  integer     NOT NULL,
    payload          bytea,
    version          integer     NOT NULL,
    modified_at      timestamptz NOT NULL DEFAULT now()
);

-- The hashes lead the index for selectivity; uniqueness is over the full identity (the hashes are derived from
-- it), with a NULL extension equal to another NULL so that two first writes cannot both insert.
CREATE UNIQUE INDEX ux_orleans_storage_identity ON OrleansStorage
    (grain_id_hash, grain_type_hash, service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext)
    NULLS NOT DISTINCT;

------------------------------------------------------------------------------------------------- query catalog --

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO OrleansMembershipVersionTable (deployment_id, version) VALUES (@DeploymentId, 0)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1)
SELECT count(*)::integer FROM created;
$q$),
('MembershipReadAllKey', $q$
SELECT v.version AS Version, m.address AS Address, m.port AS Port, m.generation AS Generation,
       m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
       m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime
  FROM OrleansMembershipVersionTable v
  LEFT JOIN OrleansMembershipTable m ON m.deployment_id = v.deployment_id
 WHERE v.deployment_id = @DeploymentId;
$q$),
('MembershipReadRowKey', $q$
SELECT v.version AS Version, m.address AS Address, m.port AS Port, m.generation AS Generation,
       m.silo_name AS SiloName, m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort,
       m.suspect_times AS SuspectTimes, m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime
  FROM OrleansMembershipVersionTable v
  LEFT JOIN OrleansMembershipTable m
         ON m.deployment_id = v.deployment_id AND m.address = @Address AND m.port = @Port
        AND m.generation = @Generation
 WHERE v.deployment_id = @DeploymentId;
$q$),
('InsertMembershipKey', $q$
SELECT orleans_membership_insert(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
                                 @ProxyPort, @StartTime, @IAmAliveTime, @Version);
$q$),
('UpdateMembershipKey', $q$
SELECT orleans_membership_update(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
                                 @IAmAliveTime, @Version);
$q$),
('UpdateIAmAlivetimeKey', $q$
UPDATE OrleansMembershipTable SET i_am_alive_time = @IAmAliveTime
 WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;
$q$),
('GatewaysQueryKey', $q$
SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
  FROM OrleansMembershipTable
 WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0;
$q$),
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM OrleansMembershipTable WHERE deployment_id = @DeploymentId;
DELETE FROM OrleansMembershipVersionTable WHERE deployment_id = @DeploymentId;
$q$),
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM OrleansMembershipTable
 WHERE deployment_id = @DeploymentId AND status = 6
   AND i_am_alive_time < @IAmAliveTime AND start_time < @IAmAliveTime
   AND coalesce(suspect_times, '') = '';
$q$),
('CleanupDefunctSiloEntryKey', $q$
DELETE FROM OrleansMembershipTable
 WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
   AND status = 6 AND start_time = @StartTime AND i_am_alive_time = @IAmAliveTime
   AND coalesce(suspect_times, '') = coalesce(@SuspectTimes, '');
$q$),
('ReadReminderRowsKey', $q$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period,
       version AS Version
  FROM OrleansRemindersTable
 WHERE service_id = @ServiceId AND grain_id = @GrainId;
$q$),
('ReadReminderRowKey', $q$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period,
       version AS Version
  FROM OrleansRemindersTable
 WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName;
$q$),
('ReadRangeRows1Key', $q$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period,
       version AS Version
  FROM OrleansRemindersTable
 WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash;
$q$),
('ReadRangeRows2Key', $q$
SELECT grain_id AS GrainId, reminder_name AS ReminderName, start_time AS StartTime, period AS Period,
       version AS Version
  FROM OrleansRemindersTable
 WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash);
$q$),
('UpsertReminderRowKey', $q$
INSERT INTO OrleansRemindersTable AS r (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
   SET start_time = EXCLUDED.start_time, period = EXCLUDED.period, grain_hash = EXCLUDED.grain_hash,
       version = CASE WHEN r.version >= 2147483647 THEN 0 ELSE r.version + 1 END
RETURNING version AS Version;
$q$),
('DeleteReminderRowKey', $q$
WITH removed AS (
    DELETE FROM OrleansRemindersTable
     WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
       AND version = @Version
    RETURNING 1)
SELECT count(*)::integer FROM removed;
$q$),
('DeleteReminderRowsKey', $q$
DELETE FROM OrleansRemindersTable WHERE service_id = @ServiceId;
$q$),
('ReadFromStorageKey', $q$
SELECT payload AS PayloadBinary, version AS Version
  FROM OrleansStorage
 WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash AND service_id = @ServiceId
   AND grain_type = @GrainTypeString AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND grain_id_ext IS NOT DISTINCT FROM @GrainIdExtensionString;
$q$),
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE OrleansStorage
       SET payload = @PayloadBinary, version = version + 1, modified_at = now()
     WHERE @GrainStateVersion IS NOT NULL
       AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash AND service_id = @ServiceId
       AND grain_type = @GrainTypeString AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
       AND grain_id_ext IS NOT DISTINCT FROM @GrainIdExtensionString
       AND version = @GrainStateVersion
    RETURNING version),
inserted AS (
    INSERT INTO OrleansStorage (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext, grain_id_hash,
                                grain_type_hash, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString, @GrainIdHash,
           @GrainTypeHash, @PayloadBinary, 1
     WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version)
SELECT version AS NewGrainStateVersion FROM updated
UNION ALL
SELECT version FROM inserted;
$q$),
('ClearStorageKey', $q$
UPDATE OrleansStorage
   SET payload = NULL, version = version + 1, modified_at = now()
 WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash AND service_id = @ServiceId
   AND grain_type = @GrainTypeString AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND grain_id_ext IS NOT DISTINCT FROM @GrainIdExtensionString
   AND version = @GrainStateVersion
RETURNING version AS NewGrainStateVersion;
$q$),
('DeleteStorageKey', $q$
DELETE FROM OrleansStorage
 WHERE grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash AND service_id = @ServiceId
   AND grain_type = @GrainTypeString AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND grain_id_ext IS NOT DISTINCT FROM @GrainIdExtensionString
   AND version = @GrainStateVersion
RETURNING version + 1 AS NewGrainStateVersion;
$q$);
