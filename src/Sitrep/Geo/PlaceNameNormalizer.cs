using System.Text;

namespace Sitrep.Geo;

/// <summary>
/// Keys that make romanisations of one Dari/Pashto name compare equal. Three strengths:
/// <see cref="Fold"/> (case, diacritics, hyphens, apostrophes, spaces), <see cref="Key"/> (also
/// connective -e-/-i-/-ye-, digraphs, q/k, v/w, doubled letters, every vowel run as one "a") and
/// <see cref="Skeleton"/> (the key's consonants). Short names need the stronger agreement
/// (see <see cref="Agreement"/>) because their skeletons collide with English words.
/// </summary>
public static class PlaceNameNormalizer
{
    /// <summary>Lower case letters only, diacritics removed: "Qal'eh-ye Now" → "qalehyenow".</summary>
    public static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var token in Tokens(name)) sb.Append(FoldToken(token));
        return sb.ToString();
    }

    /// <summary>The romanisation-tolerant key of a whole name: "Qala-e-Naw" and "Qal'eh-ye Now" → "kalana".</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        var first = true;
        foreach (var token in Tokens(name))
        {
            sb.Append(TokenKey(token, first));
            first = false;
        }
        return sb.ToString();
    }

    /// <summary>Consonants of a key, keeping a leading vowel: "sarapal" and "sarpal" → "srpl".</summary>
    public static string Skeleton(string key)
    {
        if (key.Length < 2 || key.IndexOf('a', 1) < 0) return key;
        Span<char> buffer = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        var n = 0;
        for (var i = 0; i < key.Length; i++)
            if (key[i] != 'a' || i == 0) buffer[n++] = key[i];
        return new string(buffer[..n]);
    }

    /// <summary>
    /// The weakest agreement under which two names with this key count as the same name:
    /// very short keys ("bar", "naw") need equal folds, short skeletons equal keys, longer ones
    /// equal skeletons.
    /// </summary>
    public static NameAgreement Agreement(string key) => Agreement(key, Skeleton(key));

    public static NameAgreement Agreement(string key, string skeleton) =>
        key.Length <= 3 ? NameAgreement.Fold
        : skeleton.Length <= 3 ? NameAgreement.Key
        : NameAgreement.Skeleton;

    /// <summary>Do two names denote the same romanised name under the agreement their length allows?</summary>
    public static bool SameName(string a, string b)
    {
        var ka = Key(a);
        var kb = Key(b);
        var agreement = (NameAgreement)Math.Min((int)Agreement(ka), (int)Agreement(kb));
        return agreement switch
        {
            NameAgreement.Fold => Fold(a) == Fold(b),
            NameAgreement.Key => ka == kb,
            _ => Skeleton(ka) == Skeleton(kb),
        };
    }

    /// <summary>Word pieces of a name: split on anything that is not a letter or an apostrophe.</summary>
    public static IEnumerable<string> Tokens(string name)
    {
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var inWord = i < name.Length && (char.IsLetterOrDigit(name[i]) || IsApostrophe(name[i]) && start >= 0);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return name[start..i];
                start = -1;
            }
        }
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4';

    /// <summary>A token without case, diacritics or apostrophes.</summary>
    public static string FoldToken(ReadOnlySpan<char> token)
    {
        Span<char> buffer = token.Length <= 128 ? stackalloc char[token.Length * 2] : new char[token.Length * 2];
        var n = 0;
        foreach (var c in token)
        {
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
                continue;
            }
            if (IsApostrophe(c)) continue;
            var lower = char.ToLowerInvariant(c);
            if (BaseLetters.TryGetValue(lower, out var plain))
                foreach (var p in plain) buffer[n++] = p;
        }
        return new string(buffer[..n]);
    }

    // The base letters of the accented Latin letters found in romanised names. A table rather
    // than Unicode decomposition: Sitrep runs with invariant globalization.
    private static readonly Dictionary<char, string> BaseLetters = BuildBaseLetters();

    private static Dictionary<char, string> BuildBaseLetters()
    {
        var groups = new (string Base, string Accented)[]
        {
            ("a", "àáâãäåāăąǎȁȃạảấầẩẫậắằẳẵặḁ"),
            ("ae", "æ"),
            ("c", "çćĉċčḉ"),
            ("d", "ďđḋḍḏḑḓð"),
            ("e", "èéêëēĕėęěȅȇẹẻẽếềểễệḕḗḙḛḝ"),
            ("g", "ĝğġģǧǵḡ"),
            ("h", "ĥħȟḣḥḧḩḫẖ"),
            ("i", "ìíîïĩīĭįıǐȉȋỉịḭḯ"),
            ("j", "ĵǰ"),
            ("k", "ķǩḱḳḵ"),
            ("l", "ĺļľŀłḷḹḻḽ"),
            ("n", "ñńņňŉṅṇṉṋ"),
            ("o", "òóôõöøōŏőǒȍȏọỏốồổỗộớờởỡợṍṏṑṓ"),
            ("oe", "œ"),
            ("r", "ŕŗřȑȓṙṛṝṟ"),
            ("s", "śŝşšșṡṣṥṧṩ"),
            ("ss", "ß"),
            ("t", "ţťŧțṫṭṯṱẗ"),
            ("u", "ùúûüũūŭůűųǔȕȗụủứừửữựṳṵṷṹṻ"),
            ("w", "ŵẁẃẅẇẉẘ"),
            ("y", "ýÿŷȳẏỳỵỷỹẙ"),
            ("z", "źżžẑẓẕ"),
            ("th", "þ"),
        };
        var map = new Dictionary<char, string>();
        foreach (var (plain, accented) in groups)
            foreach (var c in accented) map[c] = plain;
        return map;
    }

    /// <summary>Connectives of the Persian ezafe and its romanisations: "-e-", "-i-", "-ye", "y".</summary>
    public static bool IsConnective(string folded) => folded is "e" or "i" or "ye" or "yi" or "y" or "ee";

    /// <summary>The key piece of one token; empty for a connective that is not the first token.</summary>
    public static string TokenKey(ReadOnlySpan<char> token, bool first)
    {
        var folded = FoldToken(token);
        if (!first && IsConnective(folded)) return "";
        return KeyOfFolded(folded);
    }

    internal static string KeyOfFolded(string f)
    {
        if (f.Length == 0) return "";
        // 1. digraphs and consonant swaps to one symbol each
        Span<char> s = f.Length <= 256 ? stackalloc char[f.Length] : new char[f.Length];
        var len = 0;
        for (var i = 0; i < f.Length; i++)
        {
            var c = f[i];
            var next = i + 1 < f.Length ? f[i + 1] : '\0';
            char mapped;
            switch (c)
            {
                case 'k' when next == 'h': mapped = 'X'; i++; break;
                case 'g' when next == 'h': mapped = 'G'; i++; break;
                case 's' when next == 'h': mapped = 'S'; i++; break;
                case 'c' when next == 'h': mapped = 'C'; i++; break;
                case 'z' when next == 'h': mapped = 'Z'; i++; break;
                case 't' when next == 'h': mapped = 't'; i++; break;
                case 'd' when next == 'h': mapped = 'd'; i++; break;
                case 'p' when next == 'h': mapped = 'f'; i++; break;
                case 'd' when next == 'j': mapped = 'j'; i++; break;
                case 'c' when next == 'k': mapped = 'k'; i++; break;
                case 'q': case 'c': mapped = 'k'; break;
                case 'v': mapped = 'w'; break;
                default: mapped = c; break;
            }
            s[len++] = mapped;
        }
        // 2. a final h after a vowel is silent ("Aghah", "Qal'eh", "Darah")
        if (len > 2 && s[len - 1] == 'h' && IsVowel(s[len - 2])) len--;
        // 3. w and y next to vowels are vowels; vowel runs become one "a"; doubled letters collapse
        Span<char> o = len <= 256 ? stackalloc char[len] : new char[len];
        var olen = 0;
        for (var i = 0; i < len; i++)
        {
            var c = s[i];
            var prevVowel = i > 0 && IsVowel(s[i - 1]);
            var nextVowel = i + 1 < len && IsVowel(s[i + 1]);
            var vowel = IsVowel(c)
                || c == 'y' && i > 0
                || c == 'w' && prevVowel && !nextVowel;
            var m = vowel ? 'a' : c;
            if (olen > 0 && o[olen - 1] == m) continue;
            o[olen++] = m;
        }
        return new string(o[..olen]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Optimal string alignment distance (edits plus adjacent swaps), stopping early above <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max = 2)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (b.Length > 250) return max + 1;
        // Three rolling rows (two back for the swap) instead of a full matrix.
        Span<int> prev2 = stackalloc int[b.Length + 1];
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            var keep = prev2;
            prev2 = prev;
            prev = cur;
            cur = keep;
        }
        return prev[b.Length];
    }
}
