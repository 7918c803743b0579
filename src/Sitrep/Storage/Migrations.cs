namespace Sitrep.Storage;

/// <summary>
/// The schema as an ordered list of steps. A database records the last step applied in
/// <c>schema_version</c>; opening it applies the rest. Never edit a released step: add one.
/// </summary>
internal static class Migrations
{
    public static readonly string[] Steps =
    [
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            url TEXT, outlet TEXT, title TEXT,
            published TEXT,
            language TEXT NOT NULL,
            source TEXT NOT NULL,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE annotations (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            rule TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX annotations_article ON annotations(article_id, kind);
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_type TEXT NOT NULL, sub_event_type TEXT, plover TEXT,
            modality TEXT NOT NULL, counts INTEGER NOT NULL, attributed_to TEXT,
            date_start TEXT, date_end TEXT, time_precision INTEGER, date_source TEXT,
            country TEXT, admin1 TEXT, admin2 TEXT, location TEXT,
            latitude REAL, longitude REAL, geo_precision INTEGER,
            actor1 TEXT, actor2 TEXT,
            fatalities INTEGER, fatalities_low INTEGER, fatalities_high INTEGER, injuries INTEGER,
            confidence REAL NOT NULL,
            trigger_text TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_date ON events(date_start);
        CREATE TABLE evidence (
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            rule TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX evidence_event ON evidence(event_id);
        """,
        // 2: page features (donation appeals, wallet addresses) kept beside the cleaned text, as JSON.
        """
        ALTER TABLE articles ADD COLUMN features TEXT;
        """,
        // 3: feed items already seen by `sitrep watch`, so a poll reads only new ones (and never refetches their pages).
        """
        CREATE TABLE feed_items (
            feed TEXT NOT NULL,
            item_key TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            PRIMARY KEY (feed, item_key)
        );
        """,
        // 4: near-duplicate detection. A MinHash signature per article, and links from a republished
        // copy to the article first stored, so its events corroborate instead of counting twice.
        """
        CREATE TABLE article_fingerprints (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            minhash BLOB NOT NULL
        );
        CREATE TABLE article_links (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            similarity REAL NOT NULL,
            PRIMARY KEY (article_id, duplicate_of)
        );
        CREATE INDEX article_links_original ON article_links(duplicate_of);
        """,
        // 5: near-duplicate lookups from the store instead of memory: the LSH band keys of each
        // article's MinHash (see LshBands), indexed by key. Rows for stores made before are
        // computed when this step is applied (SchemaMigrator), from article_fingerprints.
        """
        CREATE TABLE article_lsh (
            band INTEGER NOT NULL,
            bucket INTEGER NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE INDEX article_lsh_key ON article_lsh(band, bucket);
        """,
        // 6: the event ledger. ledger_mentions: each counted mention's projection, its bucket
        // (family, country, region, weeks) and the ledger event and link component it belongs to.
        // ledger_events: fused events; a replaced one stays, marked superseded. ledger_decisions:
        // people's merges and splits, as constraints. ledger_history: what happened to each event.
        """
        CREATE TABLE ledger_mentions (
            mention_id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL,
            family TEXT NOT NULL, country TEXT NOT NULL, region TEXT NOT NULL,
            win_first TEXT, week_first INTEGER, week_last INTEGER,
            event_id TEXT, component TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX ledger_mentions_bucket ON ledger_mentions(family, region, week_first);
        CREATE INDEX ledger_mentions_country ON ledger_mentions(family, country, week_first);
        CREATE INDEX ledger_mentions_event ON ledger_mentions(event_id);
        CREATE INDEX ledger_mentions_component ON ledger_mentions(component);
        CREATE INDEX ledger_mentions_window ON ledger_mentions(win_first);
        CREATE TABLE ledger_events (
            id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            superseded_by TEXT,
            event_type TEXT NOT NULL, sub_event_type TEXT,
            date_start TEXT, date_end TEXT, time_precision INTEGER,
            country TEXT, admin1 TEXT, admin2 TEXT, location TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
            actor1 TEXT, actor2 TEXT,
            fatalities INTEGER, fatalities_low INTEGER, fatalities_high INTEGER, injuries INTEGER, disputed INTEGER NOT NULL,
            mentions INTEGER NOT NULL, outlets INTEGER NOT NULL, independent_sources INTEGER NOT NULL, partisan_only INTEGER NOT NULL,
            first_report TEXT, last_report TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX ledger_events_date ON ledger_events(status, date_start);
        CREATE TABLE ledger_decisions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            anchor TEXT NOT NULL,
            others TEXT NOT NULL,
            events TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT
        );
        CREATE TABLE ledger_history (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id TEXT NOT NULL,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE INDEX ledger_history_event ON ledger_history(event_id);
        """,
        // 7: trend and compare count from this index alone (a covering index: every column their
        // aggregates and filters read), so a million events are counted without touching the
        // table's rows and their JSON (src/Sitrep/Analysis/LedgerFacts.cs).
        """
        CREATE INDEX IF NOT EXISTS ledger_events_counts ON ledger_events(status, date_start, partisan_only, event_type, sub_event_type,
            independent_sources, outlets, fatalities_low, fatalities, fatalities_high, admin1, actor1, actor2);
        """,
        // 8: reference datasets (`sitrep import`): rows of ACLED or UCDP GED exports, kept apart from
        // extracted events, keyed by set name and the dataset's own id so a re-import replaces, never doubles.
        // IF NOT EXISTS: a store taken back to an older step by hand keeps these tables, and must migrate again.
        """
        CREATE TABLE IF NOT EXISTS reference_events (
            set_name TEXT NOT NULL,
            id TEXT NOT NULL,
            flavour TEXT NOT NULL,
            file TEXT NOT NULL, line INTEGER NOT NULL,
            event_type TEXT, date_start TEXT NOT NULL, date_end TEXT NOT NULL,
            admin1 TEXT,
            content TEXT NOT NULL,
            data TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            PRIMARY KEY (set_name, id)
        );
        CREATE INDEX IF NOT EXISTS reference_events_date ON reference_events(set_name, date_start);
        CREATE TABLE IF NOT EXISTS reference_imports (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            set_name TEXT NOT NULL, flavour TEXT NOT NULL, file TEXT NOT NULL,
            rows_read INTEGER NOT NULL, rows_new INTEGER NOT NULL, rows_updated INTEGER NOT NULL, rows_failed INTEGER NOT NULL,
            at TEXT NOT NULL
        );
        """,
        // 9: the counting index ends with the id, so a page of a listing (ORDER BY date_start, id with
        // OFFSET) finds its ids in the index alone and reads only its own rows' JSON, not every row it skips.
        """
        DROP INDEX IF EXISTS ledger_events_counts;
        CREATE INDEX ledger_events_counts ON ledger_events(status, date_start, partisan_only, event_type, sub_event_type,
            independent_sources, outlets, fatalities_low, fatalities, fatalities_high, admin1, actor1, actor2, id);
        """,
        // 10: each article's framing summary (src/Sitrep/Framing/StoredFramingSummary.cs), JSON written at
        // ingest, so `sitrep outlets`, the report, the server and `explain` read it instead of running the
        // pipeline again. NULL for articles stored before this step or without framing: the views frame
        // those from their text, and `sitrep outlets --backfill` stores what they computed.
        """
        ALTER TABLE articles ADD COLUMN framing TEXT;
        """,
        // 11: a ledger mention is found by the keys the pair scorer decides on first (LedgerMentionKeys):
        // bucket, the days of its window and its district, all in the index, so a new report reads only
        // rows that can pair with it. The week columns they replace were a coarser form of the window.
        // SchemaMigrator fills the keys of mentions stored before this step.
        """
        DROP INDEX ledger_mentions_bucket;
        DROP INDEX ledger_mentions_country;
        DROP INDEX ledger_mentions_window;
        ALTER TABLE ledger_mentions DROP COLUMN win_first;
        ALTER TABLE ledger_mentions DROP COLUMN week_first;
        ALTER TABLE ledger_mentions DROP COLUMN week_last;
        ALTER TABLE ledger_mentions ADD COLUMN anchor_month INTEGER;
        ALTER TABLE ledger_mentions ADD COLUMN day_first INTEGER;
        ALTER TABLE ledger_mentions ADD COLUMN day_last INTEGER;
        ALTER TABLE ledger_mentions ADD COLUMN district TEXT;
        CREATE INDEX ledger_mentions_near ON ledger_mentions(family, region, anchor_month, day_first, day_last, district);
        CREATE INDEX ledger_mentions_near_country ON ledger_mentions(family, country, anchor_month, day_first, day_last, district);
        """,
    ];

    /// <summary>The step that added <see cref="LedgerMentionKeys"/>: stores older than it get their mentions' keys filled.</summary>
    public const int LedgerKeysStep = 11;
}
