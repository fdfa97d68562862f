using System.Net;
using Microsoft.AspNetCore.Http;

namespace StaticPlans.Serve;

/// <summary>
/// Which Host headers the preview answers (against DNS rebinding, where a page on another site makes its own name
/// resolve to 127.0.0.1 and reads the preview as same-origin). The port must be the one listened on. Bound to one
/// address, the host is that address, or localhost when it is a loopback address. Bound to every address (0.0.0.0,
/// [::]) the machine's addresses cannot all be known, so any IP address literal, localhost and the machine's own
/// name are answered: a rebinding attack needs a name of the attacker's, and no other name is.
/// </summary>
public sealed class HostCheck(string listenHost, int port)
{
    private readonly IPAddress? _address = IPAddress.TryParse(listenHost, out var a) ? a : null;
    private readonly string _machineName = Dns.GetHostName();

    public bool Accepts(HostString host)
    {
        if (!host.HasValue || (host.Port ?? 80) != port) return false;
        var name = host.Host.Trim('[', ']');
        var literal = IPAddress.TryParse(name, out var ip) ? ip : null;
        if (listenHost == "localhost") return IsLocalhost(name) || literal is not null && IPAddress.IsLoopback(literal);
        if (_address is null) return false;
        if (_address.Equals(IPAddress.Any) || _address.Equals(IPAddress.IPv6Any))
            return literal is not null || IsLocalhost(name) || string.Equals(name, _machineName, StringComparison.OrdinalIgnoreCase);
        if (literal is not null) return literal.Equals(_address);
        return IPAddress.IsLoopback(_address) && IsLocalhost(name);
    }

    private static bool IsLocalhost(string name) => string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase);
}
