using System.Text;

namespace Sitrep.Documents;

/// <summary>Encodings by name, including the legacy code pages (windows-1252, koi8-r, …) old pages use.</summary>
public static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding a charset label names, or null for an unknown label. "utf-16" labels in a byte-sniffed page are treated as UTF-8 (as browsers do).</summary>
    public static Encoding? ByName(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // The HTML standard maps these labels to windows-1252, a superset browsers use instead.
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii") name = "windows-1252";
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: UTF-7, which .NET disables (and HTML forbids); found by fuzzing.
            return null;
        }
    }

    public static Encoding Windows1252 => ByName("windows-1252")!;
}
