using BlynkWM.Ports;

namespace BlynkWM.Dns
{
    /// <summary>
    /// The captive DNS server: reads datagrams from a UDP port (normally port 53 on the access point) and answers
    /// each through <see cref="DnsMessageProcessor"/>. Call <see cref="Poll"/> from the main loop; it never blocks
    /// and never throws, and its two buffers are allocated here once.
    /// </summary>
    public sealed class CaptiveDnsResponder
    {
        /// <summary>Largest datagram read; bigger ones are the port's to drop (EDNS queries are far smaller).</summary>
        public const int ReceiveBufferBytes = 1500;

        private readonly IUdpPort _port;
        private readonly DnsMessageProcessor _processor;
        private readonly byte[] _receive = new byte[ReceiveBufferBytes];
        private readonly byte[] _response = new byte[DnsMessageProcessor.MinResponseCapacity];
        private readonly int _maxPerPoll;

        private int _answered;
        private int _ignored;

        /// <summary>Answers the queries arriving on <paramref name="port"/> through <paramref name="processor"/>, at most <paramref name="maxDatagramsPerPoll"/> (at least 1) per <see cref="Poll"/>.</summary>
        public CaptiveDnsResponder(IUdpPort port, DnsMessageProcessor processor, int maxDatagramsPerPoll)
        {
            _port = port;
            _processor = processor;
            _maxPerPoll = maxDatagramsPerPoll < 1 ? 1 : maxDatagramsPerPoll;
        }

        /// <summary>Answers the portal address with a 10-second TTL, up to 8 datagrams per poll.</summary>
        public CaptiveDnsResponder(IUdpPort port, byte[] ipv4Address)
            : this(port, new DnsMessageProcessor(ipv4Address, 10), 8)
        {
        }

        /// <summary>Replies sent (answers, NODATA, FORMERR, NOTIMP alike).</summary>
        public int Answered
        {
            get { return _answered; }
        }

        /// <summary>Datagrams that got no reply (responses, runts) or whose reply could not be sent.</summary>
        public int Ignored
        {
            get { return _ignored; }
        }

        /// <summary>Handles the datagrams waiting now (a bounded number); returns how many were read.</summary>
        public int Poll()
        {
            int handled = 0;
            while (handled < _maxPerPoll)
            {
                object remote;
                int length = UdpReceive.Next(_port, _receive, out remote);
                if (length <= 0 || remote == null)
                {
                    return handled;
                }
                handled++;
                int reply;
                try
                {
                    reply = _processor.Process(_receive, 0, length, _response);
                }
                catch (System.Exception)
                {
                    // Defence in depth: a parser bug must cost one packet, not the responder.
                    reply = 0;
                }
                if (reply <= 0)
                {
                    _ignored++;
                    continue;
                }
                bool sent;
                try
                {
                    sent = _port.SendTo(_response, 0, reply, remote);
                }
                catch (System.Exception)
                {
                    sent = false;
                }
                if (sent)
                {
                    _answered++;
                }
                else
                {
                    _ignored++;
                }
            }
            return handled;
        }
    }
}
