namespace Sitrep.Storage;

/// <summary>
/// The schema of a PostgreSQL store: the steps of <see cref="Migrations"/>, one for one and in the
/// same order, so a version number means the same tables on both engines. Only the types differ:
/// SQLite's INTEGER is 64-bit, so BIGINT; REAL is DOUBLE PRECISION; BLOB is BYTEA; AUTOINCREMENT
/// keys are identity columns; and text is COLLATE "C", so ORDER BY sorts by byte as SQLite does
/// whatever the server's locale. Where SQLite's implicit rowid orders rows (article_lsh), the
/// table has an explicit identity column instead.
/// To add a step: add it to <see cref="Migrations"/>, then its translation here at the same index
/// (<c>PostgresSchemaTests</c> checks that the two lists have the same length and the same tables).
/// </summary>
internal static class PostgresMigrations
{
    private const string Text = "TEXT COLLATE \"C\"";

    public static readonly string[] Steps =
    [
        $"""
        CREATE TABLE articles (
            id {Text} PRIMARY KEY,
            url {Text}, outlet {Text}, title {Text},
            published {Text},
            language {Text} NOT NULL,
            source {Text} NOT NULL,
            text {Text} NOT NULL,
            ingested_at {Text} NOT NULL
        );
        CREATE TABLE annotations (
            article_id {Text} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind {Text} NOT NULL,
            start BIGINT NOT NULL,
            "end" BIGINT NOT NULL,
            rule {Text} NOT NULL,
            data {Text} NOT NULL
        );
        CREATE INDEX annotations_article ON annotations(article_id, kind);
        CREATE TABLE events (
            id {Text} PRIMARY KEY,
            article_id {Text} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_type {Text} NOT NULL, sub_event_type {Text}, plover {Text},
            modality {Text} NOT NULL, counts BIGINT NOT NULL, attributed_to {Text},
            date_start {Text}, date_end {Text}, time_precision BIGINT, date_source {Text},
            country {Text}, admin1 {Text}, admin2 {Text}, location {Text},
            latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, geo_precision BIGINT,
            actor1 {Text}, actor2 {Text},
            fatalities BIGINT, fatalities_low BIGINT, fatalities_high BIGINT, injuries BIGINT,
            confidence DOUBLE PRECISION NOT NULL,
            trigger_text {Text} NOT NULL,
            data {Text} NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_date ON events(date_start);
        CREATE TABLE evidence (
            event_id {Text} NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            field {Text} NOT NULL,
            start BIGINT NOT NULL,
            "end" BIGINT NOT NULL,
            rule {Text} NOT NULL,
            text {Text} NOT NULL
        );
        CREATE INDEX evidence_event ON evidence(event_id);
        """,
        // 2
        $"""
        ALTER TABLE articles ADD COLUMN features {Text};
        """,
        // 3
        $"""
        CREATE TABLE feed_items (
            feed {Text} NOT NULL,
            item_key {Text} NOT NULL,
            first_seen {Text} NOT NULL,
            PRIMARY KEY (feed, item_key)
        );
        """,
        // 4
        $"""
        CREATE TABLE article_fingerprints (
            article_id {Text} PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            minhash BYTEA NOT NULL
        );
        CREATE TABLE article_links (
            article_id {Text} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            duplicate_of {Text} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            similarity DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (article_id, duplicate_of)
        );
        CREATE INDEX article_links_original ON article_links(duplicate_of);
        """,
        // 5: seq stands for SQLite's rowid: candidates are compared in the order they were stored.
        $"""
        CREATE TABLE article_lsh (
            seq BIGINT GENERATED ALWAYS AS IDENTITY,
            band BIGINT NOT NULL,
            bucket BIGINT NOT NULL,
            article_id {Text} NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE INDEX article_lsh_key ON article_lsh(band, bucket);
        """,
        // 6
        $"""
        CREATE TABLE ledger_mentions (
            mention_id {Text} PRIMARY KEY,
            article_id {Text} NOT NULL,
            family {Text} NOT NULL, country {Text} NOT NULL, region {Text} NOT NULL,
            win_first {Text}, week_first BIGINT, week_last BIGINT,
            event_id {Text}, component {Text},
            data {Text} NOT NULL
        );
        CREATE INDEX ledger_mentions_bucket ON ledger_mentions(family, region, week_first);
        CREATE INDEX ledger_mentions_country ON ledger_mentions(family, country, week_first);
        CREATE INDEX ledger_mentions_event ON ledger_mentions(event_id);
        CREATE INDEX ledger_mentions_component ON ledger_mentions(component);
        CREATE INDEX ledger_mentions_window ON ledger_mentions(win_first);
        CREATE TABLE ledger_events (
            id {Text} PRIMARY KEY,
            status {Text} NOT NULL,
            superseded_by {Text},
            event_type {Text} NOT NULL, sub_event_type {Text},
            date_start {Text}, date_end {Text}, time_precision BIGINT,
            country {Text}, admin1 {Text}, admin2 {Text}, location {Text}, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, geo_precision BIGINT,
            actor1 {Text}, actor2 {Text},
            fatalities BIGINT, fatalities_low BIGINT, fatalities_high BIGINT, injuries BIGINT, disputed BIGINT NOT NULL,
            mentions BIGINT NOT NULL, outlets BIGINT NOT NULL, independent_sources BIGINT NOT NULL, partisan_only BIGINT NOT NULL,
            first_report {Text}, last_report {Text},
            data {Text} NOT NULL
        );
        CREATE INDEX ledger_events_date ON ledger_events(status, date_start);
        CREATE TABLE ledger_decisions (
            seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            kind {Text} NOT NULL,
            anchor {Text} NOT NULL,
            others {Text} NOT NULL,
            events {Text} NOT NULL,
            at {Text} NOT NULL,
            note {Text}
        );
        CREATE TABLE ledger_history (
            seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            event_id {Text} NOT NULL,
            at {Text} NOT NULL,
            action {Text} NOT NULL,
            detail {Text} NOT NULL
        );
        CREATE INDEX ledger_history_event ON ledger_history(event_id);
        """,
        // 7
        """
        CREATE INDEX IF NOT EXISTS ledger_events_counts ON ledger_events(status, date_start, partisan_only, event_type, sub_event_type,
            independent_sources, outlets, fatalities_low, fatalities, fatalities_high, admin1, actor1, actor2);
        """,
        // 8
        $"""
        CREATE TABLE IF NOT EXISTS reference_events (
            set_name {Text} NOT NULL,
            id {Text} NOT NULL,
            flavour {Text} NOT NULL,
            file {Text} NOT NULL, line BIGINT NOT NULL,
            event_type {Text}, date_start {Text} NOT NULL, date_end {Text} NOT NULL,
            admin1 {Text},
            content {Text} NOT NULL,
            data {Text} NOT NULL,
            imported_at {Text} NOT NULL,
            PRIMARY KEY (set_name, id)
        );
        CREATE INDEX IF NOT EXISTS reference_events_date ON reference_events(set_name, date_start);
        CREATE TABLE IF NOT EXISTS reference_imports (
            seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            set_name {Text} NOT NULL, flavour {Text} NOT NULL, file {Text} NOT NULL,
            rows_read BIGINT NOT NULL, rows_new BIGINT NOT NULL, rows_updated BIGINT NOT NULL, rows_failed BIGINT NOT NULL,
            at {Text} NOT NULL
        );
        """,
        // 9
        """
        DROP INDEX IF EXISTS ledger_events_counts;
        CREATE INDEX ledger_events_counts ON ledger_events(status, date_start, partisan_only, event_type, sub_event_type,
            independent_sources, outlets, fatalities_low, fatalities, fatalities_high, admin1, actor1, actor2, id);
        """,
        // 10
        $"""
        ALTER TABLE articles ADD COLUMN IF NOT EXISTS framing {Text}; -- IF NOT EXISTS: a store taken back to an older step by hand keeps the column
        """,
        // 11: as SQLite's step 11 (LedgerMentionKeys)
        $"""
        DROP INDEX IF EXISTS ledger_mentions_bucket;
        DROP INDEX IF EXISTS ledger_mentions_country;
        DROP INDEX IF EXISTS ledger_mentions_window;
        ALTER TABLE ledger_mentions DROP COLUMN IF EXISTS win_first, DROP COLUMN IF EXISTS week_first, DROP COLUMN IF EXISTS week_last,
            ADD COLUMN IF NOT EXISTS anchor_month BIGINT, ADD COLUMN IF NOT EXISTS day_first BIGINT, ADD COLUMN IF NOT EXISTS day_last BIGINT,
            ADD COLUMN IF NOT EXISTS district {Text};
        CREATE INDEX IF NOT EXISTS ledger_mentions_near ON ledger_mentions(family, region, anchor_month, day_first, day_last, district);
        CREATE INDEX IF NOT EXISTS ledger_mentions_near_country ON ledger_mentions(family, country, anchor_month, day_first, day_last, district);
        -- a near-duplicate lookup reads each bucket's most recent members (LshBands.ComparedPerBucket): the key
        -- ends with seq, as SQLite's (band, bucket) index ends with the rowid
        DROP INDEX IF EXISTS article_lsh_key;
        CREATE INDEX article_lsh_key ON article_lsh(band, bucket, seq);
        """,
    ];
}
