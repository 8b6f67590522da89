using System;
using BlynkWM.Fuzz;
using BlynkWM.Host.Time;

namespace BlynkWM.Http.Tests.Support
{
    /// <summary>
    /// The portal app (host "portal") on in-memory connections and a clock only the test moves, polled on the test
    /// thread: every step of the server is deterministic.
    /// </summary>
    internal sealed class MemoryServer
    {
        public MemoryServer(Action<HttpServerOptions>? configure = null)
        {
            App = new PortalApp(new CsrfGuard(new SeededRandomSource(7)), "portal");
            Options = new HttpServerOptions();
            configure?.Invoke(Options);
            Server = new HttpServer(Listener, Clock, App.Captive, Options);
        }

        public ManualClock Clock { get; } = new ManualClock();

        public MemoryTcpListenerPort Listener { get; } = new MemoryTcpListenerPort(128);

        public PortalApp App { get; }

        public HttpServerOptions Options { get; }

        public HttpServer Server { get; }

        public static string Get(string path = "/") => "GET " + path + " HTTP/1.1\r\nHost: portal\r\n\r\n";

        public static string Echo(string body) => EchoHead(body.Length) + body;

        public static string EchoHead(int contentLength) =>
            "POST /echo HTTP/1.1\r\nHost: portal\r\nContent-Length: " + contentLength + "\r\n\r\n";

        public static string Output(MemoryTcpConnection c) => Encoding.Latin1.GetString(c.OutputBuffer, 0, c.OutputLength);

        /// <summary>Connects a client that first sends <paramref name="send"/> (if any), and lets the server accept and read it.</summary>
        public MemoryTcpConnection Open(string? send = null)
        {
            var c = new MemoryTcpConnection(1 << 12);
            if (send != null)
            {
                c.ClientWrite(Encoding.Latin1.GetBytes(send));
            }
            Listener.Connect(c);
            Poll();
            return c;
        }

        public static void Write(MemoryTcpConnection c, string text) => c.ClientWrite(Encoding.Latin1.GetBytes(text));

        /// <summary>Enough passes for the server to do everything it can at the current time.</summary>
        public void Poll(int passes = 8)
        {
            for (int i = 0; i < passes; i++)
            {
                Server.Poll();
            }
        }

        public void Advance(long milliseconds)
        {
            Clock.Advance(milliseconds);
            Poll();
        }
    }
}
