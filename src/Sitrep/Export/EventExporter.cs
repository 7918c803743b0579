using Sitrep.Ledger;
using Sitrep.Storage;

namespace Sitrep.Export;

/// <summary>
/// Streams every current ledger event the query and filter select to a writer, oldest first,
/// each with the stored evidence of its reports (<see cref="MentionEvidence"/>): no row limit,
/// one event in memory at a time (plus a Parquet row group).
/// </summary>
public sealed class EventExporter(ILedgerReader ledger)
{
    /// <summary>Writes the events and completes the writer; returns how many were written. <paramref name="progress"/> hears every <paramref name="every"/> events.</summary>
    public long Export(LedgerQuery query, Func<LedgerEvent, bool> keep, IEventWriter writer, Action<long>? progress = null, int every = 10_000)
    {
        long written = 0;
        foreach (var e in ledger.StreamEvents(query))
        {
            if (!keep(e)) continue;
            writer.Write(new ExportedEvent(e, Evidence(e)));
            if (++written % every == 0) progress?.Invoke(written);
        }
        writer.Complete();
        return written;
    }

    /// <summary>The stored mentions of an event's reports with their sentence; reports whose mention is no longer stored are left out.</summary>
    public IReadOnlyList<MentionEvidence> Evidence(LedgerEvent e) =>
        [.. ledger.MentionsWithArticles([.. e.MentionIds]).Select(x =>
        {
            var (m, a) = x;
            var start = Math.Clamp(m.Sentence.Start, 0, a.Text.Length);
            var end = Math.Clamp(m.Sentence.End, start, a.Text.Length);
            return new MentionEvidence(m.Id, a.Id, a.Outlet, a.Url, a.Title, a.Published, a.Text[start..end], start, end, m.Plover, m.PloverMode);
        })];
}
