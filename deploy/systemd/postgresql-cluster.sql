-- The cluster's database, on the PostgreSQL machine (15 or later), run as the postgres user:
--   sudo -u postgres psql -f postgresql-cluster.sql
-- then allow the three nodes in pg_hba.conf (host sitrep sitrep 10.0.0.0/24 scram-sha-256) and
-- set listen_addresses. The first node to start creates every table (the store's schema steps
-- and Orleans' tables), under advisory locks, so nodes may start in any order.
CREATE ROLE sitrep LOGIN PASSWORD 'SECRET';
CREATE DATABASE sitrep OWNER sitrep;
