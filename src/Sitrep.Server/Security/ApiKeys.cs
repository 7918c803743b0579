using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Server.Security;

/// <summary>
/// The API keys allowed to write, held only as SHA-256 hashes: the key file never contains a key,
/// so reading it (or a backup of it) grants nothing. Keys are compared hash to hash in constant time.
/// </summary>
public sealed class ApiKeys
{
    public const string Header = "X-Api-Key";
    private const string Prefix = "sha256:";
    private readonly IReadOnlyList<byte[]> _hashes;

    private ApiKeys(IReadOnlyList<byte[]> hashes) => _hashes = hashes;

    public static ApiKeys None { get; } = new([]);

    public bool Any => _hashes.Count > 0;

    /// <exception cref="InvalidDataException">A line is not "sha256:" and 64 hex digits; the message names the line.</exception>
    public static ApiKeys Load(string path)
    {
        var hashes = new List<byte[]>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!line.StartsWith(Prefix, StringComparison.Ordinal) || line.Length != Prefix.Length + 64 || !IsHex(line.AsSpan(Prefix.Length)))
                throw new InvalidDataException($"{path}:{number}: expected \"sha256:\" and 64 hex digits (make one with `sitrep serve --new-api-key {path}`)");
            hashes.Add(Convert.FromHexString(line.AsSpan(Prefix.Length)));
        }
        return new ApiKeys(hashes);
    }

    /// <summary>A new random key, and the line that stores its hash.</summary>
    public static (string Key, string Line) Create()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (key, Prefix + Convert.ToHexStringLower(Hash(key)));
    }

    public bool Accepts(string? key)
    {
        if (string.IsNullOrEmpty(key)) return false;
        var hash = Hash(key);
        var accepted = false;
        foreach (var known in _hashes) accepted |= CryptographicOperations.FixedTimeEquals(known, hash);
        return accepted;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (!char.IsAsciiHexDigit(c)) return false;
        return true;
    }
}
