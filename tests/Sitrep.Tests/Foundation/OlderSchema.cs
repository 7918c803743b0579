using System.Data.Common;
using Dapper;

namespace Sitrep.Tests.Foundation;

/// <summary>Takes a store back to the shape of an earlier schema step, to test what opening it does.</summary>
internal static class OlderSchema
{
    /// <summary>Step 10's ledger table: window weeks instead of the keys of step 11 (LedgerMentionKeys).</summary>
    public static void UndoLedgerKeys(DbConnection connection) => connection.Execute("""
        DROP INDEX ledger_mentions_near; DROP INDEX ledger_mentions_near_country;
        ALTER TABLE ledger_mentions DROP COLUMN anchor_month; ALTER TABLE ledger_mentions DROP COLUMN day_first;
        ALTER TABLE ledger_mentions DROP COLUMN day_last; ALTER TABLE ledger_mentions DROP COLUMN district;
        ALTER TABLE ledger_mentions ADD COLUMN win_first TEXT; ALTER TABLE ledger_mentions ADD COLUMN week_first INTEGER;
        ALTER TABLE ledger_mentions ADD COLUMN week_last INTEGER;
        CREATE INDEX ledger_mentions_bucket ON ledger_mentions(family, region, week_first);
        CREATE INDEX ledger_mentions_country ON ledger_mentions(family, country, week_first);
        CREATE INDEX ledger_mentions_window ON ledger_mentions(win_first);
        UPDATE schema_version SET version = 10;
        """);
}
