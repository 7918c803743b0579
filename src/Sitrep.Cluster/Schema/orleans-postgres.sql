-- Orleans' tables for a Sitrep cluster in PostgreSQL: membership (ADO.NET clustering) and grain
-- state (ADO.NET persistence). Orleans' ADO.NET providers run only the statements they find in
-- orleansquery, by key, binding their parameters by name (@DeploymentId, ...) and reading result
-- columns by name; the statements below are written for those names. Every statement here can
-- run again on a database that has them (OrleansSchema runs this file at each silo start).

CREATE TABLE IF NOT EXISTS orleansquery (
    querykey varchar(64) PRIMARY KEY,
    querytext text NOT NULL
);

-- membership: one version row per cluster, bumped by every change (optimistic concurrency)
CREATE TABLE IF NOT EXISTS orleansmembershipversiontable (
    deploymentid varchar(150) PRIMARY KEY,
    timestamp timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0
);

-- one row per silo incarnation (address, port, generation)
CREATE TABLE IF NOT EXISTS orleansmembershiptable (
    deploymentid varchar(150) NOT NULL REFERENCES orleansmembershipversiontable (deploymentid),
    address varchar(45) NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    siloname varchar(150) NOT NULL,
    hostname varchar(150) NOT NULL,
    status integer NOT NULL,
    proxyport integer,
    suspecttimes text,
    starttime timestamptz NOT NULL,
    iamalivetime timestamptz NOT NULL,
    PRIMARY KEY (deploymentid, address, port, generation)
);

-- A silo's row is added only together with the version bump it was read at; a failed half
-- (another silo changed the table first, or the row exists) undoes the other and answers 0.
CREATE OR REPLACE FUNCTION sitrep_orleans_join(
    p_deployment text, p_address text, p_port integer, p_generation integer, p_silo text, p_host text,
    p_status integer, p_proxy integer, p_start timestamptz, p_alive timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orleansmembershipversiontable SET version = version + 1, timestamp = now()
    WHERE deploymentid = p_deployment AND version = p_version;
    IF NOT FOUND THEN RETURN 0; END IF;
    INSERT INTO orleansmembershiptable (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime)
    VALUES (p_deployment, p_address, p_port, p_generation, p_silo, p_host, p_status, p_proxy, p_start, p_alive)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN RAISE EXCEPTION 'silo row exists' USING ERRCODE = 'SR001'; END IF;
    RETURN 1;
EXCEPTION WHEN SQLSTATE 'SR001' THEN
    RETURN 0; -- the block's changes, the version bump included, are rolled back
END $$;

CREATE OR REPLACE FUNCTION sitrep_orleans_update(
    p_deployment text, p_address text, p_port integer, p_generation integer,
    p_status integer, p_suspects text, p_alive timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orleansmembershipversiontable SET version = version + 1, timestamp = now()
    WHERE deploymentid = p_deployment AND version = p_version;
    IF NOT FOUND THEN RETURN 0; END IF;
    UPDATE orleansmembershiptable SET status = p_status, suspecttimes = p_suspects, iamalivetime = p_alive
    WHERE deploymentid = p_deployment AND address = p_address AND port = p_port AND generation = p_generation;
    IF NOT FOUND THEN RAISE EXCEPTION 'no silo row' USING ERRCODE = 'SR001'; END IF;
    RETURN 1;
EXCEPTION WHEN SQLSTATE 'SR001' THEN
    RETURN 0;
END $$;

-- grain state: one row per grain, its version the etag Orleans checks on every write
CREATE TABLE IF NOT EXISTS orleansstorage (
    serviceid varchar(150) NOT NULL,
    graintypestring varchar(512) NOT NULL,
    grainidn0 bigint NOT NULL,
    grainidn1 bigint NOT NULL,
    grainidextensionstring varchar(512) NOT NULL DEFAULT '', -- '' for a grain without a string key
    payloadbinary bytea,
    modifiedon timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL,
    PRIMARY KEY (serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring)
);

INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey', $q$
    WITH added AS (
        INSERT INTO orleansmembershipversiontable (deploymentid) VALUES (@DeploymentId)
        ON CONFLICT DO NOTHING RETURNING 1)
    SELECT count(*)::integer FROM added
$q$),
('InsertMembershipKey', $q$
    SELECT sitrep_orleans_join(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
$q$),
('UpdateMembershipKey', $q$
    SELECT sitrep_orleans_update(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version)
$q$),
('UpdateIAmAlivetimeKey', $q$
    UPDATE orleansmembershiptable SET iamalivetime = @IAmAliveTime
    WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$q$),
-- the version row comes back even when the silo has no row (Orleans reads the version from it)
('MembershipReadRowKey', $q$
    SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
        m.suspecttimes, m.starttime, m.iamalivetime, v.version
    FROM orleansmembershipversiontable v
    LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
        AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    WHERE v.deploymentid = @DeploymentId
$q$),
('MembershipReadAllKey', $q$
    SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
        m.suspecttimes, m.starttime, m.iamalivetime, v.version
    FROM orleansmembershipversiontable v
    LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
    WHERE v.deploymentid = @DeploymentId
$q$),
('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId;
    DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId
$q$),
-- status 3: active
('GatewaysQueryKey', $q$
    SELECT address, proxyport, generation FROM orleansmembershiptable
    WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0
$q$),
-- only rows of dead silos (status 6) silent since the cutoff
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM orleansmembershiptable
    WHERE deploymentid = @DeploymentId AND iamalivetime < @IAmAliveTime AND status = 6
$q$),
-- a write with the version read succeeds and bumps it; a first write (no version) inserts
-- version 1; anything else answers the old version, which Orleans reports as a conflict
('WriteToStorageKey', $q$
    WITH updated AS (
        UPDATE orleansstorage SET payloadbinary = @PayloadBinary, modifiedon = now(), version = version + 1
        WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
            AND grainidextensionstring = coalesce(CAST(@GrainIdExtensionString AS text), '')
            AND version = CAST(@GrainStateVersion AS integer)
        RETURNING version),
    inserted AS (
        INSERT INTO orleansstorage (serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring, payloadbinary, version)
        SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, coalesce(CAST(@GrainIdExtensionString AS text), ''), @PayloadBinary, 1
        WHERE CAST(@GrainStateVersion AS integer) IS NULL
        ON CONFLICT DO NOTHING
        RETURNING version)
    SELECT coalesce((SELECT version FROM updated), (SELECT version FROM inserted), CAST(@GrainStateVersion AS integer)) AS newgrainstateversion
$q$),
('ReadFromStorageKey', $q$
    SELECT payloadbinary, version FROM orleansstorage
    WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
        AND grainidextensionstring = coalesce(CAST(@GrainIdExtensionString AS text), '')
$q$),
('ClearStorageKey', $q$
    UPDATE orleansstorage SET payloadbinary = NULL, modifiedon = now(), version = version + 1
    WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
        AND grainidextensionstring = coalesce(CAST(@GrainIdExtensionString AS text), '')
        AND version = CAST(@GrainStateVersion AS integer)
    RETURNING version AS newgrainstateversion
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;
