namespace Sitrep.Web;

/// <summary>A fetch refused because the host resolves to a private, loopback or link-local address.</summary>
public sealed class BlockedAddressException(string message) : Exception(message);
