namespace Sitrep.Documents;

/// <summary>
/// Something a page carries that is not article text but says something about the source,
/// e.g. a donation appeal or a crypto wallet address (framing signals, kept typed instead of dropped).
/// </summary>
public sealed record PageFeature(string Kind, string Text)
{
    public const string DonationAppeal = "donation-appeal";
    public const string WalletAddress = "wallet-address";

    public override string ToString() => $"{Kind}: {Text}";
}
