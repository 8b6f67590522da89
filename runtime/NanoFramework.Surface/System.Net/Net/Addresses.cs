// Declaration-only surface of System.Net (nanoframework/System.Net): addresses and end points.
// Absent in nanoFramework: IPAddress.TryParse, IPEndPoint setters, Dns.GetHostAddresses. Dns.GetHostEntry resolves an
// IP literal to itself and throws SocketException (a WinSock-style ErrorCode, e.g. 11001) when the name does not resolve.
// Not declared here (not used by BlynkWM): EndPoint.Serialize/Create and SocketAddress, IPAddress's IPv6 members.
using System.Net.Sockets;

namespace System.Net
{
    public abstract class EndPoint
    {
        protected EndPoint() { }
    }

    public class IPAddress
    {
        public static readonly IPAddress Any;
        public static readonly IPAddress Loopback;
        public static readonly IPAddress Broadcast;
        public static readonly IPAddress None;

        public IPAddress(long newAddress) { }

        public IPAddress(byte[] address) { }

        public AddressFamily AddressFamily => throw null;

        public static IPAddress Parse(string ipString) => throw null;

        public byte[] GetAddressBytes() => throw null;

        public override string ToString() => throw null;
    }

    public class IPEndPoint : EndPoint
    {
        public const int MinPort = 0;
        public const int MaxPort = 65535;

        public IPEndPoint(long address, int port) { }

        public IPEndPoint(IPAddress address, int port) { }

        public IPAddress Address => throw null;

        public int Port => throw null;

        public override string ToString() => throw null;
    }

    public static class Dns
    {
        public static IPHostEntry GetHostEntry(string hostNameOrAddress) => throw null;
    }

    public class IPHostEntry
    {
        public string HostName => throw null;

        public IPAddress[] AddressList => throw null;
    }
}
