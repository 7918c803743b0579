using Npgsql;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Ledger;
using Sitrep.Pipeline;
using Sitrep.Serialization;
using Sitrep.Storage;

namespace Sitrep.Cluster.Tests;

/// <summary>
/// The ledger one process makes of the same articles: this process's own extraction, projected
/// and fused in memory by <see cref="LedgerBuilder"/>. Only the near-copy links are read from the
/// cluster's store: which of two near-identical articles is the copy depends on which was stored
/// first, and the cluster's arrival order is not the corpus order.
/// </summary>
public static class SingleProcessLedger
{
    public static LedgerSnapshot Of(IEnumerable<Storage.StoredDocument> documents, string clusterDb)
    {
        var copies = Links(clusterDb);
        var projector = new MentionProjector(SourceRegistry.Load(DataPack.Default), LedgerCues.Load(DataPack.Default));
        var mentions = new List<LedgerMention>();
        foreach (var d in documents)
        {
            var article = new Article { Id = d.Article.Id, Text = d.Article.Text, Url = d.Article.Url, Outlet = d.Article.Outlet, Source = d.Article.Source, Published = d.Article.Published };
            foreach (var e in d.Events.Where(e => e.Row.Counts))
                mentions.Add(projector.Project(SitrepJson.Deserialize<EventMention>(e.Json)!, article, copies.GetValueOrDefault(article.Id)));
        }
        return LedgerSnapshot.Of(new LedgerBuilder().Build(mentions));
    }

    /// <summary>Each article's copied story as the store chose it (most similar earlier article, ties by id).</summary>
    private static Dictionary<string, string> Links(string db)
    {
        using var connection = new NpgsqlConnection(StoreLocation.Parse(db).ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT DISTINCT ON (article_id) article_id, duplicate_of FROM article_links ORDER BY article_id, similarity DESC, duplicate_of", connection);
        using var reader = command.ExecuteReader();
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) links[reader.GetString(0)] = reader.GetString(1);
        return links;
    }
}
