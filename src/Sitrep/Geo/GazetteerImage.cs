using System.Runtime.InteropServices;

namespace Sitrep.Geo;

/// <summary>
/// A loaded gazetteer written as it sits in memory (places, names, the frozen trie's packed
/// edges), so that reading it back skips splitting the rows, folding every name and building the
/// trie: the world gazetteer's 81,000 rows took over a second that way. Strings are stored once
/// each and referred to by number; places and names by their position in their tables.
/// The name hashes <see cref="TrieNames"/> checks against are not stored: string hashes differ
/// from process to process, so they are computed again on reading.
/// </summary>
internal static class GazetteerImage
{
    /// <summary>Raised whenever the layout below changes, so that older images are built again.</summary>
    public const int Version = 1;

    public static void Write(GazetteerParts parts, BinaryWriter w)
    {
        if (parts.Trie.Frozen is not { } trie) throw new InvalidOperationException("only a loaded gazetteer whose trie packed has an image");
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var stringList = new List<string>();
        int S(string? s)
        {
            if (s is null) return 0;
            if (!strings.TryGetValue(s, out var i)) { strings[s] = i = stringList.Count + 1; stringList.Add(s); }
            return i;
        }
        // The places the tables list, then any place only a name points at (the stop phrases' sentinel).
        var places = new List<Place>(parts.Places);
        var placeIndex = new Dictionary<Place, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < places.Count; i++) placeIndex.TryAdd(places[i], i);
        var names = new List<PlaceName>();
        var nameIndex = new Dictionary<PlaceName, int>(ReferenceEqualityComparer.Instance);
        foreach (var set in trie.Names)
            foreach (var name in set?.Names ?? [])
            {
                if (!nameIndex.TryAdd(name, names.Count)) continue;
                names.Add(name);
                if (placeIndex.TryAdd(name.Place, places.Count)) places.Add(name.Place);
            }

        // Strings first, so that the reader has them all before any table refers to one.
        foreach (var p in places) { S(p.Id); S(p.Name); S(p.Country); S(p.Admin1); S(p.Admin2); S(p.Admin1Id); S(p.Admin2Id); S(p.CapitalId); S(p.Source); }
        foreach (var n in names) { S(n.Text); S(n.Fold); S(n.Key); }
        foreach (var key in parts.ById.Keys) S(key);
        foreach (var fold in parts.Demonyms.Keys) S(fold);
        foreach (var fold in parts.StopFolds) S(fold);
        w.Write7BitEncodedInt(stringList.Count);
        foreach (var s in stringList) w.Write(s);

        w.Write7BitEncodedInt(places.Count);
        w.Write7BitEncodedInt(parts.Places.Count);
        foreach (var p in places)
        {
            w.Write7BitEncodedInt(S(p.Id)); w.Write7BitEncodedInt(S(p.Name)); w.Write7BitEncodedInt((int)p.Kind);
            w.Write7BitEncodedInt(S(p.Country)); w.Write7BitEncodedInt(S(p.Admin1)); w.Write7BitEncodedInt(S(p.Admin2));
            WriteNumber(w, p.Latitude); WriteNumber(w, p.Longitude); w.Write7BitEncodedInt64(p.Population);
            w.Write7BitEncodedInt(S(p.Admin1Id)); w.Write7BitEncodedInt(S(p.Admin2Id)); w.Write7BitEncodedInt(S(p.CapitalId));
            w.Write7BitEncodedInt(S(p.Source));
        }

        w.Write7BitEncodedInt(names.Count);
        foreach (var n in names)
        {
            w.Write7BitEncodedInt(placeIndex[n.Place]);
            w.Write7BitEncodedInt(S(n.Text)); w.Write7BitEncodedInt(S(n.Fold)); w.Write7BitEncodedInt(S(n.Key));
            w.Write7BitEncodedInt(n.WordCount);
        }

        w.Write7BitEncodedInt(trie.NodeCount);
        w.Write7BitEncodedInt(trie.Names.Count(set => set is not null));
        for (var node = 0; node < trie.Names.Length; node++)
        {
            if (trie.Names[node] is not { } set) continue;
            w.Write7BitEncodedInt(node);
            w.Write7BitEncodedInt(set.Names.Length);
            foreach (var n in set.Names) w.Write7BitEncodedInt(nameIndex[n]);
        }
        var slots = trie.Edges.Slots;
        w.Write7BitEncodedInt(slots.Length);
        w.Write(MemoryMarshal.AsBytes(slots));

        w.Write7BitEncodedInt(parts.ById.Count);
        foreach (var (key, place) in parts.ById) { w.Write7BitEncodedInt(S(key)); w.Write7BitEncodedInt(placeIndex[place]); }
        w.Write7BitEncodedInt(parts.FuzzyNames.Count);
        foreach (var n in parts.FuzzyNames) w.Write7BitEncodedInt(nameIndex[n]);
        w.Write7BitEncodedInt(parts.Demonyms.Count);
        foreach (var (fold, place) in parts.Demonyms) { w.Write7BitEncodedInt(S(fold)); w.Write7BitEncodedInt(placeIndex[place]); }
        w.Write7BitEncodedInt(parts.StopFolds.Count);
        foreach (var fold in parts.StopFolds) w.Write7BitEncodedInt(S(fold));
    }

    /// <exception cref="InvalidDataException">The image is not one <see cref="Write"/> made.</exception>
    public static GazetteerParts Read(BinaryReader r)
    {
        var strings = new string?[Count(r) + 1];
        for (var i = 1; i < strings.Length; i++) strings[i] = r.ReadString();
        string? Opt() => strings[Index(r, strings.Length)];
        string Req() => Opt() ?? throw new InvalidDataException("a required string is missing");

        var places = new Place[Count(r)];
        var listed = Count(r);
        if (listed > places.Length) throw new InvalidDataException("more listed places than places");
        for (var i = 0; i < places.Length; i++)
            places[i] = new Place(Id: Req(), Name: Req(), Kind: Kind(r.Read7BitEncodedInt()), Country: Req(), Admin1: Opt(), Admin2: Opt(),
                Latitude: ReadNumber(r), Longitude: ReadNumber(r), Population: r.Read7BitEncodedInt64(),
                Admin1Id: Opt(), Admin2Id: Opt(), CapitalId: Opt(), Source: Req());
        Place P() => places[Index(r, places.Length)];

        var names = new PlaceName[Count(r)];
        for (var i = 0; i < names.Length; i++)
            names[i] = new PlaceName(P(), Req(), Req(), Req(), r.Read7BitEncodedInt());
        PlaceName N() => names[Index(r, names.Length)];

        var nodeCount = Count(r);
        var nodeNames = new TrieNames?[nodeCount];
        for (var k = Count(r); k > 0; k--)
        {
            var node = Index(r, nodeCount);
            var set = new PlaceName[Count(r)];
            for (var i = 0; i < set.Length; i++) set[i] = N();
            nodeNames[node] = new TrieNames(set);
        }
        var slots = new ulong[Count(r)];
        if (r.Read(MemoryMarshal.AsBytes(slots.AsSpan())) != slots.Length * sizeof(ulong)) throw new EndOfStreamException();
        var trie = PlaceNameTrie.FromFrozen(nodeCount, nodeNames, FrozenEdges.FromSlots(slots));

        var byId = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        for (var k = Count(r); k > 0; k--) byId[Req()] = P();
        var fuzzy = new List<PlaceName>();
        for (var k = Count(r); k > 0; k--) fuzzy.Add(N());
        var demonyms = new Dictionary<string, Place>(StringComparer.Ordinal);
        for (var k = Count(r); k > 0; k--) demonyms[Req()] = P();
        var stopFolds = new HashSet<string>(StringComparer.Ordinal);
        for (var k = Count(r); k > 0; k--) stopFolds.Add(Req());
        if (r.BaseStream.Position != r.BaseStream.Length) throw new InvalidDataException("bytes left after the image");
        return new GazetteerParts([.. places.AsSpan(0, listed)], byId, fuzzy, demonyms, stopFolds, trie);
    }

    /// <summary>A table's length: never more than the bytes there are, so a damaged one cannot ask for gigabytes.</summary>
    private static int Count(BinaryReader r)
    {
        var n = r.Read7BitEncodedInt();
        return n >= 0 && n <= r.BaseStream.Length ? n : throw new InvalidDataException($"bad count {n}");
    }

    private static int Index(BinaryReader r, int count)
    {
        var i = r.Read7BitEncodedInt();
        return i >= 0 && i < count ? i : throw new InvalidDataException($"index {i} out of {count}");
    }

    private static PlaceKind Kind(int value) =>
        Enum.IsDefined((PlaceKind)value) ? (PlaceKind)value : throw new InvalidDataException($"bad place kind {value}");

    private static void WriteNumber(BinaryWriter w, double? value)
    {
        w.Write(value.HasValue);
        if (value.HasValue) w.Write(value.Value);
    }

    private static double? ReadNumber(BinaryReader r) => r.ReadBoolean() ? r.ReadDouble() : null;
}
