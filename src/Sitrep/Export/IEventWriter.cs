namespace Sitrep.Export;

/// <summary>Writes exported events one at a time (so exports stream), then completes the file.</summary>
public interface IEventWriter : IDisposable
{
    void Write(ExportedEvent e);

    /// <summary>Writes what ends the file (a closing bracket, a Parquet footer). Nothing may be written after it.</summary>
    void Complete();
}
