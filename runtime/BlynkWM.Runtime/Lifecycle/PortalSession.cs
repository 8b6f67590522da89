using BlynkWM.Dhcp;
using BlynkWM.Dns;
using BlynkWM.Http;
using BlynkWM.Portal;
using BlynkWM.Ports;
using BlynkWM.Storage;

namespace BlynkWM.Lifecycle
{
    /// <summary>
    /// The portal's servers for a <see cref="BlynkDevice"/>: the config portal behind an HTTP server, the captive DNS
    /// and the DHCP server, made once (at the first opening) and polled only while the portal is open. Records when the
    /// last HTTP request came, for the portal timeout.
    /// </summary>
    internal sealed class PortalSession : IHttpHandler
    {
        private readonly IClock _clock;
        private readonly ConfigPortal _portal;
        private readonly HttpServer _server;
        private readonly CaptiveDnsResponder _dns;
        private readonly CaptiveDhcpServer _dhcp;
        private long _lastActivity;

        public PortalSession(IPortalForm form, IConfigStore store, DevicePorts ports, BlynkDeviceOptions options, uint address)
        {
            _clock = ports.Clock;
            string host = options.PortalHost != null ? options.PortalHost : options.PortalAddress;
            _portal = new ConfigPortal(form, store, ports.Random, ports.Clock, ports.Radio, host);
            if (ports.PortalListener != null)
            {
                var serverOptions = new HttpServerOptions();
                _portal.ConfigureServer(serverOptions);
                _server = new HttpServer(ports.PortalListener, ports.Clock, this, serverOptions);
            }

            if (ports.DnsPort != null)
            {
                var answer = new byte[4];
                DhcpFormat.WriteUInt32(answer, 0, address);
                _dns = new CaptiveDnsResponder(ports.DnsPort, answer);
            }

            if (ports.DhcpPort != null)
            {
                _dhcp = new CaptiveDhcpServer(ports.DhcpPort, ports.Clock, DhcpServerOptions.ForAccessPoint(options.PortalAddress, 4));
            }
        }

        public ConfigPortal Portal
        {
            get { return _portal; }
        }

        /// <summary>When the portal opened or last got a request, whichever is later.</summary>
        public long LastActivity
        {
            get { return _lastActivity; }
            set { _lastActivity = value; }
        }

        public void Handle(HttpRequest request, HttpResponseWriter response)
        {
            _lastActivity = _clock.NowMilliseconds;
            _portal.Handler.Handle(request, response);
        }

        public bool Poll()
        {
            bool busy = false;
            if (_server != null)
            {
                busy |= _server.Poll();
            }

            if (_dns != null)
            {
                busy |= _dns.Poll() > 0;
            }

            if (_dhcp != null)
            {
                busy |= _dhcp.Poll() > 0;
            }

            return busy;
        }
    }
}
