namespace BlynkWM.Dhcp
{
    /// <summary>Where a reply goes.</summary>
    public enum DhcpReplyTarget
    {
        /// <summary>No reply.</summary>
        None = 0,

        /// <summary>To 255.255.255.255 on the client port: the client has no address yet (or is told NAK).</summary>
        Broadcast = 1,

        /// <summary>Back to the sender, a client that already has its address (renewing, DHCPINFORM).</summary>
        Sender = 2,
    }

    /// <summary>
    /// The server side of RFC 2131 for hosts joining the portal's access point, one message at a time, in place and
    /// without allocating: DISCOVER gets an OFFER, REQUEST an ACK or a NAK, INFORM an ACK without a lease; RELEASE and
    /// DECLINE change the lease table and get no reply. Every reply carries the server identifier, subnet mask,
    /// broadcast address, router and DNS server (both the server's own address, so names resolve through the captive
    /// DNS), the lease times (not for INFORM) and, when set, RFC 8910's captive-portal URI (option 114); the same set
    /// whatever the client asked for in option 55.
    /// <para>
    /// Addresses: a client keeps the address it had (expired or not) as long as nobody else took it, then gets the one
    /// it asks for if free, then the lowest free one, then the one that expired longest ago; with none left it gets no
    /// offer (<see cref="PoolExhausted"/>). A REQUEST is granted when the address is in the pool and free, expired or
    /// already the client's, whatever state the client is in (selecting this server, rebooting, renewing, rebinding:
    /// after a reboot of the device the table is empty, and a phone keeping its address is better than one waiting
    /// for its request to time out); it is refused (NAK) when the address is outside the pool or someone else's. A
    /// REQUEST naming another server withdraws this server's offer silently.
    /// </para>
    /// Malformed messages (see <see cref="DhcpRequest"/>) get no reply and are counted in <see cref="Dropped"/>.
    /// </summary>
    public sealed class DhcpMessageProcessor
    {
        /// <summary>Smallest reply buffer <see cref="Process"/> accepts: the 576-byte message every client must take.</summary>
        public const int MinResponseCapacity = 576;

        private readonly uint _server;
        private readonly uint _mask;
        private readonly byte[] _uri;
        private readonly int _leaseSeconds;
        private readonly long _leaseMs;
        private readonly long _offerHoldMs;
        private readonly long _declineHoldMs;
        private readonly DhcpLeaseTable _leases;
        private readonly DhcpRequest _request = new DhcpRequest();

        private int _offers;
        private int _acks;
        private int _naks;
        private int _informs;
        private int _releases;
        private int _declines;
        private int _dropped;
        private int _poolExhausted;

        public DhcpMessageProcessor(DhcpServerOptions options)
        {
            if (options == null)
            {
                throw new System.ArgumentNullException("options");
            }

            _server = options.Server;
            _mask = options.Mask;
            byte[] uri = options.CaptivePortalUriBytes;
            _uri = new byte[uri.Length];
            System.Array.Copy(uri, _uri, uri.Length);
            _leaseSeconds = options.LeaseSeconds;
            _leaseMs = options.LeaseSeconds * 1000L;
            _offerHoldMs = options.OfferHoldSeconds * 1000L;
            _declineHoldMs = options.DeclineHoldSeconds * 1000L;
            _leases = new DhcpLeaseTable(options.FirstPool, options.PoolSize);
        }

        public DhcpLeaseTable Leases
        {
            get { return _leases; }
        }

        public int Offers
        {
            get { return _offers; }
        }

        /// <summary>ACKs sent for REQUESTs (leases granted or renewed).</summary>
        public int Acks
        {
            get { return _acks; }
        }

        public int Naks
        {
            get { return _naks; }
        }

        /// <summary>ACKs sent for INFORMs.</summary>
        public int Informs
        {
            get { return _informs; }
        }

        public int Releases
        {
            get { return _releases; }
        }

        public int Declines
        {
            get { return _declines; }
        }

        /// <summary>Messages ignored as malformed or of a kind the server does not serve.</summary>
        public int Dropped
        {
            get { return _dropped; }
        }

        /// <summary>DISCOVERs that got no offer because every address was offered, leased or held.</summary>
        public int PoolExhausted
        {
            get { return _poolExhausted; }
        }

        /// <summary>
        /// Handles one client message and writes the reply into <paramref name="response"/> from index 0. Returns the
        /// reply's length (0: none) and where it goes. Never throws for any content of <paramref name="request"/>.
        /// </summary>
        /// <param name="request">The buffer holding the client's message.</param>
        /// <param name="offset">Where the message starts in <paramref name="request"/>.</param>
        /// <param name="count">The message's length in bytes.</param>
        /// <param name="response">The reply's buffer, written from index 0.</param>
        /// <param name="now">The server's clock in milliseconds (lease times).</param>
        /// <param name="target">Where the reply goes: the client's address, broadcast, or nowhere.</param>
        public int Process(byte[] request, int offset, int count, byte[] response, long now, out DhcpReplyTarget target)
        {
            target = DhcpReplyTarget.None;
            if (response == null || response.Length < MinResponseCapacity)
            {
                throw new System.ArgumentException("response buffer too small", "response");
            }

            if (request == null || !_request.Read(request, offset, count))
            {
                _dropped++;
                return 0;
            }

            switch (_request.MessageType)
            {
                case DhcpFormat.Discover:
                    return Discover(response, now, out target);
                case DhcpFormat.Request:
                    return Request(response, now, out target);
                case DhcpFormat.Inform:
                    _informs++;
                    target = _request.ClientAddress != 0 ? DhcpReplyTarget.Sender : DhcpReplyTarget.Broadcast;
                    return Reply(response, DhcpFormat.Ack, 0, _request.ClientAddress, false);
                case DhcpFormat.Release:
                    Release(now);
                    return 0;
                case DhcpFormat.Decline:
                    Decline(now);
                    return 0;
                default:
                    _dropped++;
                    return 0;
            }
        }

        private int Discover(byte[] response, long now, out DhcpReplyTarget target)
        {
            target = DhcpReplyTarget.None;
            byte[] packet = _request.Packet;
            int mac = _request.HardwareAddressOffset;
            int slot = _leases.FindClient(packet, mac);
            if (slot < 0 && _request.HasRequestedAddress)
            {
                slot = _leases.SlotOf(_request.RequestedAddress);
                if (slot >= 0 && !_leases.IsAvailableTo(slot, packet, mac, now))
                {
                    slot = -1;
                }
            }

            if (slot < 0)
            {
                slot = _leases.FindUnused(now);
            }

            if (slot < 0)
            {
                _poolExhausted++;
                return 0;
            }

            // A client that still holds a lease keeps it as it is; anyone else gets the address reserved for a while.
            if (_leases.StateAt(slot, now) != DhcpLeaseState.Bound)
            {
                _leases.Offer(slot, packet, mac, now + _offerHoldMs);
            }

            _offers++;
            target = DhcpReplyTarget.Broadcast;
            return Reply(response, DhcpFormat.Offer, _leases.AddressAt(slot), 0, true);
        }

        private int Request(byte[] response, long now, out DhcpReplyTarget target)
        {
            target = DhcpReplyTarget.None;
            byte[] packet = _request.Packet;
            int mac = _request.HardwareAddressOffset;
            uint address;
            if (_request.HasServerId)
            {
                if (_request.ServerId != _server)
                {
                    // The client took another server's offer: ours is free again.
                    int offered = _leases.FindClient(packet, mac);
                    if (offered >= 0 && _leases.StateAt(offered, now) == DhcpLeaseState.Offered)
                    {
                        _leases.Expire(offered, now);
                    }

                    return 0;
                }

                if (!_request.HasRequestedAddress)
                {
                    _dropped++;
                    return 0;
                }

                address = _request.RequestedAddress;
            }
            else if (_request.ClientAddress != 0)
            {
                address = _request.ClientAddress;
            }
            else if (_request.HasRequestedAddress)
            {
                address = _request.RequestedAddress;
            }
            else
            {
                _dropped++;
                return 0;
            }

            int slot = _leases.SlotOf(address);
            if (slot < 0 || !_leases.IsAvailableTo(slot, packet, mac, now))
            {
                _naks++;
                target = DhcpReplyTarget.Broadcast;
                return Nak(response);
            }

            _leases.Bind(slot, packet, mac, now + _leaseMs);
            _acks++;
            target = _request.ClientAddress != 0 ? DhcpReplyTarget.Sender : DhcpReplyTarget.Broadcast;
            return Reply(response, DhcpFormat.Ack, address, _request.ClientAddress, true);
        }

        private void Release(long now)
        {
            if (_request.HasServerId && _request.ServerId != _server)
            {
                return;
            }

            int slot = _leases.SlotOf(_request.ClientAddress);
            if (slot >= 0 && _leases.IsClientOf(slot, _request.Packet, _request.HardwareAddressOffset))
            {
                _leases.Expire(slot, now);
                _releases++;
            }
        }

        private void Decline(long now)
        {
            if (_request.HasServerId && _request.ServerId != _server)
            {
                return;
            }

            if (!_request.HasRequestedAddress)
            {
                _dropped++;
                return;
            }

            int slot = _leases.SlotOf(_request.RequestedAddress);
            if (slot >= 0 && _leases.IsClientOf(slot, _request.Packet, _request.HardwareAddressOffset))
            {
                _leases.Decline(slot, now + _declineHoldMs);
                _declines++;
            }
        }

        /// <summary>An OFFER or ACK: the header answering the request, then the options.</summary>
        private int Reply(byte[] r, int messageType, uint yourAddress, uint clientAddress, bool withLease)
        {
            Header(r, yourAddress, clientAddress);
            int p = DhcpFormat.OptionsStart;
            p = Option8(r, p, DhcpFormat.OptionMessageType, messageType);
            p = Option32(r, p, DhcpFormat.OptionServerId, _server);
            if (withLease)
            {
                p = Option32(r, p, DhcpFormat.OptionLeaseTime, (uint)_leaseSeconds);
                p = Option32(r, p, DhcpFormat.OptionRenewalTime, (uint)(_leaseSeconds / 2));
                p = Option32(r, p, DhcpFormat.OptionRebindingTime, (uint)(_leaseSeconds * 7 / 8));
            }

            p = Option32(r, p, DhcpFormat.OptionSubnetMask, _mask);
            p = Option32(r, p, DhcpFormat.OptionBroadcastAddress, _server | ~_mask);
            p = Option32(r, p, DhcpFormat.OptionRouter, _server);
            p = Option32(r, p, DhcpFormat.OptionDnsServer, _server);
            if (_uri.Length > 0)
            {
                r[p] = DhcpFormat.OptionCaptivePortal;
                r[p + 1] = (byte)_uri.Length;
                System.Array.Copy(_uri, 0, r, p + 2, _uri.Length);
                p += 2 + _uri.Length;
            }

            return End(r, p);
        }

        private int Nak(byte[] r)
        {
            Header(r, 0, 0);
            int p = DhcpFormat.OptionsStart;
            p = Option8(r, p, DhcpFormat.OptionMessageType, DhcpFormat.Nak);
            p = Option32(r, p, DhcpFormat.OptionServerId, _server);
            return End(r, p);
        }

        /// <summary>The fixed part: BOOTREPLY echoing the transaction id, flags and client hardware address; sname and file empty.</summary>
        private void Header(byte[] r, uint yourAddress, uint clientAddress)
        {
            byte[] q = _request.Packet;
            int o = _request.Offset;
            System.Array.Clear(r, 0, DhcpFormat.OptionsStart);
            r[DhcpFormat.Op] = DhcpFormat.BootReply;
            r[DhcpFormat.HardwareType] = q[o + DhcpFormat.HardwareType];
            r[DhcpFormat.HardwareLength] = q[o + DhcpFormat.HardwareLength];
            System.Array.Copy(q, o + DhcpFormat.TransactionId, r, DhcpFormat.TransactionId, 4);
            r[DhcpFormat.Flags] = q[o + DhcpFormat.Flags];
            r[DhcpFormat.Flags + 1] = q[o + DhcpFormat.Flags + 1];
            DhcpFormat.WriteUInt32(r, DhcpFormat.ClientAddress, clientAddress);
            DhcpFormat.WriteUInt32(r, DhcpFormat.YourAddress, yourAddress);
            System.Array.Copy(q, o + DhcpFormat.ClientHardwareAddress, r, DhcpFormat.ClientHardwareAddress, 16);
            DhcpFormat.WriteUInt32(r, DhcpFormat.Cookie, DhcpFormat.MagicCookie);
        }

        private static int Option8(byte[] r, int p, int code, int value)
        {
            r[p] = (byte)code;
            r[p + 1] = 1;
            r[p + 2] = (byte)value;
            return p + 3;
        }

        private static int Option32(byte[] r, int p, int code, uint value)
        {
            r[p] = (byte)code;
            r[p + 1] = 4;
            DhcpFormat.WriteUInt32(r, p + 2, value);
            return p + 6;
        }

        private static int End(byte[] r, int p)
        {
            r[p++] = DhcpFormat.OptionEnd;
            if (p < DhcpFormat.MinReplyLength)
            {
                System.Array.Clear(r, p, DhcpFormat.MinReplyLength - p);
                p = DhcpFormat.MinReplyLength;
            }

            return p;
        }
    }
}
