namespace Sitrep.Geo;

/// <summary>
/// The names whose skeleton ends at one trie node, each with the spelling hash it must agree with
/// (<see cref="PlaceName.Agrees"/>), side by side in one array. Most names at a node are another
/// spelling than the text's (short world names share skeletons by the hundred), and comparing
/// hashes read in order rejects them without visiting each name object on the heap.
/// </summary>
public sealed class TrieNames
{
    public TrieNames(PlaceName[] names)
    {
        Names = names;
        Checks = Array.ConvertAll(names, n => new Check(n.Agreement, n.Agreement switch
        {
            NameAgreement.Fold => n.Fold.GetHashCode(),
            NameAgreement.Key => n.Key.GetHashCode(),
            _ => 0,
        }));
    }

    public PlaceName[] Names { get; }

    /// <summary>Per name: its agreement and the hash of the string that must be equal under it.</summary>
    public Check[] Checks { get; }

    public readonly record struct Check(NameAgreement Agreement, int Hash)
    {
        /// <summary>False only when the name cannot agree with a text span of these hashes (equal strings hash equally).</summary>
        public bool MayAgree(int foldHash, int keyHash) => Agreement switch
        {
            NameAgreement.Fold => Hash == foldHash,
            NameAgreement.Key => Hash == keyHash,
            _ => true,
        };
    }
}
