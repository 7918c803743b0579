using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Documents;

/// <summary>
/// Stable article ids: a hash of the whitespace-normalised text and the URL, so the same
/// article read twice (from a file, a feed or a re-run) gets the same id.
/// </summary>
public static class ArticleId
{
    public static string For(string text, string? url)
    {
        var normalized = NormalizeWhitespace(text);
        var bytes = Encoding.UTF8.GetBytes((url ?? "") + "\n" + normalized);
        return "a_" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    internal static string NormalizeWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
