using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Sitrep.Serialization;

/// <summary>
/// A JSON writer and its UTF-8 buffer, kept per thread and reused, so that writing many small
/// JSON values (a row per annotation) allocates only their strings. Not reentrant: whoever rents
/// one finishes with it before renting again on the same thread.
/// </summary>
public sealed class PooledJsonWriter
{
    /// <summary>A buffer grown past this by one large value is dropped rather than held by the thread for good.</summary>
    private const int KeptCapacity = 256 * 1024;

    [ThreadStatic] private static PooledJsonWriter? compact;
    [ThreadStatic] private static PooledJsonWriter? indented;

    private readonly ArrayBufferWriter<byte> buffer = new(4096);

    private PooledJsonWriter(JsonWriterOptions options) => Writer = new Utf8JsonWriter(buffer, options);

    public Utf8JsonWriter Writer { get; }

    /// <summary>The thread's writer of the form asked, empty.</summary>
    public static PooledJsonWriter Rent(bool indent)
    {
        ref var slot = ref indent ? ref indented : ref compact;
        if (slot is null || slot.buffer.Capacity > KeptCapacity)
            slot = new PooledJsonWriter(SitrepJson.WriterOptions(indent ? SitrepJson.Indented : SitrepJson.Options));
        slot.buffer.ResetWrittenCount();
        slot.Writer.Reset(slot.buffer);
        return slot;
    }

    /// <summary>What was written, once flushed.</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            Writer.Flush();
            return buffer.WrittenSpan;
        }
    }

    public override string ToString() => Encoding.UTF8.GetString(Written);
}
