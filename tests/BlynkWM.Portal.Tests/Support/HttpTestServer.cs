using System;
using System.Net;
using System.Threading;
using BlynkWM.Fuzz;
using BlynkWM.Host.Net;
using BlynkWM.Host.Time;
using BlynkWM.Http;

namespace BlynkWM.Portal.Tests.Support
{
    /// <summary>
    /// The portal app (captive layer, router, CSRF-protected /save) on a real loopback socket with an ephemeral
    /// port, polled on a background thread, with a clock only the test moves.
    /// </summary>
    public sealed class HttpTestServer : IDisposable
    {
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

        private readonly SocketTcpListenerPort _listener;
        private readonly PollLoop _loop;

        public HttpTestServer(Action<HttpServerOptions>? configure = null, Action<PortalApp>? addRoutes = null)
        {
            _listener = new SocketTcpListenerPort(IPAddress.Loopback, 0);
            Port = _listener.LocalPort;
            Guard = new CsrfGuard(new SeededRandomSource(Port));
            App = new PortalApp(Guard, HostHeader);
            addRoutes?.Invoke(App);
            Options = new HttpServerOptions();
            configure?.Invoke(Options);
            Server = new HttpServer(_listener, Clock, App, Options);
            _loop = new PollLoop("http-test", Server.Poll);
        }

        public ManualClock Clock { get; } = new ManualClock(1_000_000);

        public HttpServer Server { get; }

        public HttpServerOptions Options { get; }

        public PortalApp App { get; }

        public CsrfGuard Guard { get; }

        public int Port { get; }

        public string HostHeader => "127.0.0.1:" + Port;

        public string Token => Guard.TokenString;

        public RawHttpClient Connect() => new RawHttpClient(Port);

        /// <summary>Waits (bounded) until the server's state satisfies <paramref name="condition"/>.</summary>
        public void WaitUntil(Func<bool> condition, string what)
        {
            Assert.True(SpinWait.SpinUntil(condition, Patience), "timed out waiting for: " + what);
            Assert.Null(_loop.Failure);
        }

        /// <summary>Lets the poll thread run a few complete passes, so anything already received has been handled.</summary>
        public void Settle()
        {
            Assert.True(_loop.WaitForPasses(3, Patience), "poll loop stalled: " + _loop.Failure);
        }

        /// <summary>Moves the clock, then lets the server see the new time.</summary>
        public void Advance(int milliseconds)
        {
            Settle();
            Clock.Advance(milliseconds);
            Settle();
        }

        public void Dispose()
        {
            _loop.Dispose();
            Server.Stop();
            _listener.Dispose();
            Assert.Null(_loop.Failure);
        }
    }
}
