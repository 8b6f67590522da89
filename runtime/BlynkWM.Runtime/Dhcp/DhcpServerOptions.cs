using BlynkWM.Storage;
using BlynkWM.Wifi;

namespace BlynkWM.Dhcp
{
    /// <summary>
    /// What the access point's DHCP server hands out: the server's own address (also its identifier, the router and
    /// the DNS server, so every name resolves through the captive DNS), the subnet, a pool of consecutive addresses, the
    /// lease times and the captive-portal URI (RFC 8910). Checked when made and when set; the processor copies the
    /// values when it is created, so changing the options afterwards does not change a running server.
    /// </summary>
    public sealed class DhcpServerOptions
    {
        /// <summary>Addresses beyond the access point's station limit: a phone that leaves without releasing keeps its address until its lease ends.</summary>
        public const int SparePoolAddresses = 4;

        /// <summary>Largest pool (and lease table) a server keeps.</summary>
        public const int MaxPoolSize = 64;

        /// <summary>Longest captive-portal URI: a DHCP option holds at most 255 bytes.</summary>
        public const int MaxUriBytes = 255;

        /// <summary>Shortest lease accepted, in seconds.</summary>
        public const int MinLeaseSeconds = 60;

        /// <summary>Longest lease accepted, in seconds (a day).</summary>
        public const int MaxLeaseSeconds = 86400;

        private readonly uint _server;
        private readonly uint _mask;
        private readonly uint _firstPool;
        private readonly int _poolSize;
        private int _leaseSeconds = 600;
        private int _offerHoldSeconds = 30;
        private int _declineHoldSeconds = 600;
        private string _captivePortalUri = "";
        private byte[] _captivePortalUriBytes = new byte[0];
        private int _clientPort = 68;

        /// <param name="serverAddress">The access point's own address, e.g. "192.168.4.1".</param>
        /// <param name="subnetMask">e.g. "255.255.255.0"; contiguous, at most /30.</param>
        /// <param name="firstPoolAddress">The first address handed out, inside the subnet.</param>
        /// <param name="poolSize">How many consecutive addresses, 1 to <see cref="MaxPoolSize"/>; none may be the
        /// subnet's network or broadcast address or the server's.</param>
        /// <exception cref="System.ArgumentException">A malformed address or a pool that does not fit; the message says which.</exception>
        public DhcpServerOptions(string serverAddress, string subnetMask, string firstPoolAddress, int poolSize)
        {
            _server = Ipv4Text.Parse(serverAddress, "serverAddress");
            _mask = Ipv4Text.Parse(subnetMask, "subnetMask");
            _firstPool = Ipv4Text.Parse(firstPoolAddress, "firstPoolAddress");
            uint hostBits = ~_mask;
            if ((hostBits & (hostBits + 1)) != 0 || _mask == 0 || hostBits < 3)
            {
                throw new System.ArgumentException("subnet mask " + subnetMask + " is not a contiguous mask of at most /30", "subnetMask");
            }

            if ((_server & hostBits) == 0 || (_server & hostBits) == hostBits)
            {
                throw new System.ArgumentException("server address " + serverAddress + " is the network or broadcast address of its subnet", "serverAddress");
            }

            if (poolSize < 1 || poolSize > MaxPoolSize)
            {
                throw new System.ArgumentOutOfRangeException("poolSize", "a pool holds 1 to " + MaxPoolSize.ToString() + " addresses");
            }

            uint lastPool = _firstPool + (uint)(poolSize - 1);
            if ((_firstPool & _mask) != (_server & _mask) || (lastPool & _mask) != (_server & _mask) || lastPool < _firstPool)
            {
                throw new System.ArgumentException("the pool " + firstPoolAddress + " + " + poolSize.ToString() + " does not fit in the server's subnet", "firstPoolAddress");
            }

            if ((_firstPool & hostBits) == 0 || (lastPool & hostBits) == hostBits)
            {
                throw new System.ArgumentException("the pool " + firstPoolAddress + " + " + poolSize.ToString() + " includes the subnet's network or broadcast address", "firstPoolAddress");
            }

            if (_server >= _firstPool && _server <= lastPool)
            {
                throw new System.ArgumentException("the pool " + firstPoolAddress + " + " + poolSize.ToString() + " includes the server's own address", "firstPoolAddress");
            }

            _poolSize = poolSize;
        }

        /// <summary>
        /// The portal's server: mask /24, the pool right after <paramref name="serverAddress"/> with room for
        /// <paramref name="maxStations"/> plus <see cref="SparePoolAddresses"/>, and option 114 naming the portal's
        /// captive-portal API at that address (RFC 8908's <c>/.well-known/captive-portal</c>, which the portal answers).
        /// </summary>
        public static DhcpServerOptions ForAccessPoint(string serverAddress, int maxStations)
        {
            if (maxStations < 1 || maxStations + SparePoolAddresses > MaxPoolSize)
            {
                throw new System.ArgumentOutOfRangeException("maxStations");
            }

            uint server = Ipv4Text.Parse(serverAddress, "serverAddress");
            var options = new DhcpServerOptions(serverAddress, "255.255.255.0", Ipv4Text.Format(server + 1), maxStations + SparePoolAddresses);
            options.CaptivePortalUri = "http://" + Ipv4Text.Format(server) + "/.well-known/captive-portal";
            return options;
        }

        /// <summary>The server's own address, dotted IPv4 (also the router and DNS server it announces).</summary>
        public string ServerAddress
        {
            get { return Ipv4Text.Format(_server); }
        }

        /// <summary>The subnet mask, dotted IPv4.</summary>
        public string SubnetMask
        {
            get { return Ipv4Text.Format(_mask); }
        }

        /// <summary>The first address handed out, dotted IPv4; the pool runs <see cref="PoolSize"/> addresses from it.</summary>
        public string FirstPoolAddress
        {
            get { return Ipv4Text.Format(_firstPool); }
        }

        /// <summary>Addresses in the pool, 1 to <see cref="MaxPoolSize"/>.</summary>
        public int PoolSize
        {
            get { return _poolSize; }
        }

        /// <summary>
        /// Lease time in seconds (default 600): a portal visit lasts minutes, and a short lease frees a departed
        /// phone's address soon, so a small pool serves a stream of visitors. Renewal (T1) at half, rebinding (T2) at
        /// seven eighths.
        /// </summary>
        public int LeaseSeconds
        {
            get { return _leaseSeconds; }
            set { _leaseSeconds = InRange(value, MinLeaseSeconds, MaxLeaseSeconds, "LeaseSeconds"); }
        }

        /// <summary>How long an offered address stays reserved for the client it was offered to (default 30 s).</summary>
        public int OfferHoldSeconds
        {
            get { return _offerHoldSeconds; }
            set { _offerHoldSeconds = InRange(value, 1, 600, "OfferHoldSeconds"); }
        }

        /// <summary>How long an address a client declined (it found it in use) is not handed out (default 600 s).</summary>
        public int DeclineHoldSeconds
        {
            get { return _declineHoldSeconds; }
            set { _declineHoldSeconds = InRange(value, 1, MaxLeaseSeconds, "DeclineHoldSeconds"); }
        }

        /// <summary>
        /// The URI option 114 carries (RFC 8910: the captive-portal API), printable ASCII of at most
        /// <see cref="MaxUriBytes"/> bytes; empty or null sends no option 114.
        /// </summary>
        public string CaptivePortalUri
        {
            get { return _captivePortalUri; }
            set
            {
                byte[] bytes = value == null ? new byte[0] : Utf8.GetBytes(value);
                if (bytes.Length > MaxUriBytes)
                {
                    throw new System.ArgumentException("a captive-portal URI is at most 255 bytes; this one has " + bytes.Length.ToString(), "CaptivePortalUri");
                }

                for (int i = 0; i < bytes.Length; i++)
                {
                    if (bytes[i] <= 0x20 || bytes[i] >= 0x7F)
                    {
                        throw new System.ArgumentException("a captive-portal URI is printable ASCII without spaces", "CaptivePortalUri");
                    }
                }

                _captivePortalUri = value == null ? "" : value;
                _captivePortalUriBytes = bytes;
            }
        }

        /// <summary>The UDP port replies go to (68, the DHCP client port; tests use another).</summary>
        public int ClientPort
        {
            get { return _clientPort; }
            set { _clientPort = InRange(value, 1, 65535, "ClientPort"); }
        }

        internal uint Server
        {
            get { return _server; }
        }

        internal uint Mask
        {
            get { return _mask; }
        }

        internal uint FirstPool
        {
            get { return _firstPool; }
        }

        internal byte[] CaptivePortalUriBytes
        {
            get { return _captivePortalUriBytes; }
        }

        private static int InRange(int value, int min, int max, string name)
        {
            if (value < min || value > max)
            {
                throw new System.ArgumentOutOfRangeException(name, name + " must be " + min.ToString() + " to " + max.ToString());
            }

            return value;
        }
    }
}
