using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Ledger;

/// <summary>
/// A ledger event's id comes from its earliest member mention id (ordinal order), so it is the
/// same whatever order reports arrive in, and survives new reports joining the event.
/// </summary>
public static class LedgerEventId
{
    public const string Prefix = "le_";

    public static string Of(IEnumerable<string> memberMentionIds)
    {
        var anchor = memberMentionIds.Min(StringComparer.Ordinal) ?? throw new ArgumentException("an event needs at least one mention");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(anchor));
        return Prefix + Convert.ToHexStringLower(hash, 0, 8);
    }
}
