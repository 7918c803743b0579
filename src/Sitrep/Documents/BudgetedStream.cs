namespace Sitrep.Documents;

/// <summary>A read-only view of a decompressing stream that charges every byte to an <see cref="ExpansionBudget"/>.</summary>
internal sealed class BudgetedStream(Stream inner, ExpansionBudget budget) : ForwardOnlyStream
{
    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        budget.Spend(read);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
