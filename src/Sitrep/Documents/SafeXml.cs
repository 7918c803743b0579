using System.Xml;
using System.Xml.Linq;

namespace Sitrep.Documents;

/// <summary>
/// The only way Sitrep parses XML: DTDs prohibited (no entity expansion, so no billion laughs),
/// no resolver (no external entities, no network or file access), a character cap.
/// </summary>
public static class SafeXml
{
    public static XmlReaderSettings Settings(ReaderLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = limits.MaxXmlCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Parses a document or says why not, with the line and column of the problem.</summary>
    public static XDocument? TryLoad(Stream content, ReaderLimits limits, out string error)
    {
        error = "";
        XmlReader? reader = null;
        try
        {
            // Create already reads the first bytes, and can fail on them (an invalid character: found by fuzzing).
            reader = XmlReader.Create(content, Settings(limits));
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            var line = e.LineNumber > 0 ? e.LineNumber : (reader as IXmlLineInfo)?.LineNumber ?? 0;
            var where = line > 0 ? $" at line {line}" : "";
            error = $"XML with a DTD (DOCTYPE) refused{where}: DTDs and entities are disabled for safety (external entities, entity expansion bombs)";
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || e.Message.Contains("exceeds", StringComparison.OrdinalIgnoreCase))
        {
            error = $"XML document too large: over {limits.MaxXmlCharacters:N0} characters";
        }
        catch (XmlException e)
        {
            error = $"malformed XML: {e.Message}";
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.Text.DecoderFallbackException)
        {
            // The framework's XML reader can fail this way on garbled encoding declarations (found by fuzzing).
            error = $"malformed XML (the parser gave up: {e.Message})";
        }
        finally
        {
            reader?.Dispose();
        }
        return null;
    }
}
