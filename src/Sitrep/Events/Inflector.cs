namespace Sitrep.Events;

/// <summary>
/// Surface forms of a trigger lemma: a small regular rule for English verbs and nouns, plus the
/// irregular forms listed in <c>events/inflections.tsv</c>. Over-generating a form nobody writes
/// ("targetting") is harmless; missing one loses events, so doubled and plain forms are both made.
/// </summary>
public sealed class Inflector(IReadOnlyDictionary<string, string[]> irregular)
{
    public static Inflector Parse(IEnumerable<string> lines) => new(lines
        .Select(l => l.Split('\t'))
        .ToDictionary(c => c[0].ToLowerInvariant(), c => c[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));

    public IEnumerable<string> VerbForms(string lemma)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { lemma };
        if (irregular.TryGetValue(lemma, out var listed)) forms.UnionWith(listed);
        var last = lemma[^1];
        var beforeLast = lemma.Length > 1 ? lemma[^2] : ' ';
        if (lemma.EndsWith("ss") || lemma.EndsWith("sh") || lemma.EndsWith("ch") || last is 'x' or 'z' or 'o')
            forms.Add(lemma + "es");
        else if (last == 'y' && !IsVowel(beforeLast))
            forms.Add(lemma[..^1] + "ies");
        else
            forms.Add(lemma + "s");

        if (last == 'e')
        {
            forms.Add(lemma + "d");
            forms.Add(lemma.EndsWith("ee") ? lemma + "ing" : lemma[..^1] + "ing");
        }
        else if (last == 'y' && !IsVowel(beforeLast))
        {
            forms.Add(lemma[..^1] + "ied");
            forms.Add(lemma + "ing");
        }
        else
        {
            forms.Add(lemma + "ed");
            forms.Add(lemma + "ing");
            if (EndsConsonantVowelConsonant(lemma))
            {
                forms.Add(lemma + last + "ed");
                forms.Add(lemma + last + "ing");
            }
        }
        return forms;
    }

    public static IEnumerable<string> NounForms(string noun)
    {
        yield return noun;
        var last = noun[^1];
        if (noun.EndsWith("ss") || noun.EndsWith("sh") || noun.EndsWith("ch") || last is 'x' or 'z')
            yield return noun + "es";
        else if (last == 'y' && noun.Length > 1 && !IsVowel(noun[^2]))
            yield return noun[..^1] + "ies";
        else
            yield return noun + "s";
    }

    /// <summary>The past participle forms of a lemma (for passive voice): regular -ed forms and listed irregulars.</summary>
    public bool IsPastForm(string lemma, string form) =>
        form.EndsWith("ed", StringComparison.Ordinal) || form.EndsWith("en", StringComparison.Ordinal)
        || (irregular.TryGetValue(lemma, out var listed) && listed.Contains(form) && !form.EndsWith("ing") && form != lemma + "s");

    private static bool IsVowel(char c) => "aeiou".Contains(c);

    private static bool EndsConsonantVowelConsonant(string w) =>
        w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]);
}
