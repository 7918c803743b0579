using Parquet;
using Parquet.Schema;

namespace Sitrep.Export;

/// <summary>
/// Events as Apache Parquet through Parquet.Net: the columns of the ACLED export
/// (<see cref="AcledColumns"/>) with their types (text as UTF-8 strings, counts and codes as 64-bit
/// integers, coordinates as doubles, every column nullable), written one row group per
/// <see cref="DefaultRowGroupSize"/> events so memory stays flat. Parquet needs a seekable output (a file).
/// </summary>
public sealed class ParquetEventWriter : IEventWriter
{
    public const int DefaultRowGroupSize = 10_000;

    private readonly IReadOnlyList<ExportColumn> _columns;
    private readonly DataField[] _fields;
    private readonly ParquetWriter _writer;
    private readonly List<object?[]> _pending = [];

    private readonly int _rowGroupSize;

    public ParquetEventWriter(Stream output, AcledColumns columns, int rowGroupSize = DefaultRowGroupSize)
    {
        _rowGroupSize = rowGroupSize;
        if (!output.CanSeek) throw new ArgumentException("Parquet is written to a file (a seekable stream), not to a pipe");
        _columns = columns.Columns;
        _fields = [.. _columns.Select(Field)];
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), output).GetAwaiter().GetResult();
    }

    public static DataField Field(ExportColumn c) => c.Kind switch
    {
        ColumnKind.Integer => new DataField<long?>(c.Name),
        ColumnKind.Real => new DataField<double?>(c.Name),
        _ => new DataField<string>(c.Name, nullable: true),
    };

    public void Write(ExportedEvent e)
    {
        _pending.Add([.. _columns.Select(c => c.Value(e))]);
        if (_pending.Count >= _rowGroupSize) Flush();
    }

    private void Flush()
    {
        if (_pending.Count == 0) return;
        using (var group = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _fields.Length; i++)
            {
                var field = _fields[i];
                var index = i;
                switch (_columns[i].Kind)
                {
                    case ColumnKind.Integer:
                        group.WriteAsync(field, new ReadOnlyMemory<long?>([.. _pending.Select(r => (long?)r[index])])).GetAwaiter().GetResult();
                        break;
                    case ColumnKind.Real:
                        group.WriteAsync(field, new ReadOnlyMemory<double?>([.. _pending.Select(r => (double?)r[index])])).GetAwaiter().GetResult();
                        break;
                    default:
                        group.WriteAsync(field, _pending.Select(r => (string)r[index]!).ToList()).GetAwaiter().GetResult();
                        break;
                }
            }
            group.CompleteValidate();
        }
        _pending.Clear();
    }

    private bool _closed;

    /// <summary>Writes the last row group and the footer.</summary>
    public void Complete()
    {
        Flush();
        Close();
    }

    public void Dispose() => Close();

    private void Close()
    {
        if (_closed) return;
        _closed = true;
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
