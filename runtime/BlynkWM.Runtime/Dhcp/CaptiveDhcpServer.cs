using BlynkWM.Ports;

namespace BlynkWM.Dhcp
{
    /// <summary>
    /// The access point's DHCP server: reads client messages from a UDP port bound to port 67 (on the ESP32, to the
    /// access point's address, so broadcasts leave through the access point) and answers each through
    /// <see cref="DhcpMessageProcessor"/>, by broadcast to the client port or back to the sender. nanoFramework's ESP32
    /// firmware has no DHCP server for its soft-AP (ESP-IDF's is compiled out), so without this a phone joining the
    /// portal's network gets no address. Call <see cref="Poll"/> from the main loop; it never blocks and never throws,
    /// and its buffers are allocated here once.
    /// </summary>
    public sealed class CaptiveDhcpServer
    {
        /// <summary>The DHCP server port to bind.</summary>
        public const int ServerPort = 67;

        /// <summary>Largest message read; longer ones are the port's to drop (clients send about 300 bytes).</summary>
        public const int ReceiveBufferBytes = 1500;

        private readonly IUdpPort _port;
        private readonly IClock _clock;
        private readonly DhcpMessageProcessor _processor;
        private readonly int _clientPort;
        private readonly int _maxPerPoll;
        private readonly byte[] _receive = new byte[ReceiveBufferBytes];
        private readonly byte[] _response = new byte[DhcpMessageProcessor.MinResponseCapacity];

        private int _sent;
        private int _sendFailures;

        public CaptiveDhcpServer(IUdpPort port, IClock clock, DhcpServerOptions options)
            : this(port, clock, new DhcpMessageProcessor(options), options.ClientPort, 8)
        {
        }

        public CaptiveDhcpServer(IUdpPort port, IClock clock, DhcpMessageProcessor processor, int clientPort, int maxDatagramsPerPoll)
        {
            if (port == null)
            {
                throw new System.ArgumentNullException("port");
            }

            if (clock == null)
            {
                throw new System.ArgumentNullException("clock");
            }

            if (processor == null)
            {
                throw new System.ArgumentNullException("processor");
            }

            _port = port;
            _clock = clock;
            _processor = processor;
            _clientPort = clientPort;
            _maxPerPoll = maxDatagramsPerPoll < 1 ? 1 : maxDatagramsPerPoll;
        }

        /// <summary>The leases and the per-kind counters.</summary>
        public DhcpMessageProcessor Processor
        {
            get { return _processor; }
        }

        /// <summary>Replies handed to the port.</summary>
        public int Sent
        {
            get { return _sent; }
        }

        /// <summary>Replies the port could not send.</summary>
        public int SendFailures
        {
            get { return _sendFailures; }
        }

        /// <summary>Handles the messages waiting now (a bounded number); returns how many were read.</summary>
        public int Poll()
        {
            int handled = 0;
            while (handled < _maxPerPoll)
            {
                object remote;
                int length = UdpReceive.Next(_port, _receive, out remote);
                if (length <= 0)
                {
                    return handled;
                }

                handled++;
                int reply;
                DhcpReplyTarget target;
                try
                {
                    reply = _processor.Process(_receive, 0, length, _response, _clock.NowMilliseconds, out target);
                }
                catch (System.Exception)
                {
                    // Defence in depth: a bug must cost one message, not the server.
                    reply = 0;
                    target = DhcpReplyTarget.None;
                }

                if (reply > 0)
                {
                    Send(reply, target, remote);
                }
            }

            return handled;
        }

        private void Send(int length, DhcpReplyTarget target, object remote)
        {
            bool sent = false;
            try
            {
                if (target == DhcpReplyTarget.Sender && remote != null)
                {
                    sent = _port.SendTo(_response, 0, length, remote);
                }

                // A client that has an address but sent from none still hears a broadcast.
                if (!sent)
                {
                    sent = _port.SendBroadcast(_response, 0, length, _clientPort);
                }
            }
            catch (System.Exception)
            {
                sent = false;
            }

            if (sent)
            {
                _sent++;
            }
            else
            {
                _sendFailures++;
            }
        }
    }
}
