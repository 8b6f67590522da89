using BlynkWM.Host.Net.Memory;

namespace BlynkWM.Portal
{
    /// <summary>
    /// Sends one raw request through a real <see cref="HttpServer"/> over an in-memory connection and returns the
    /// exact bytes the server answered: status line, headers and body, as they would cross the network. For
    /// benchmarks ("bytes on the wire for GET /") and tests.
    /// </summary>
    public static class PortalWireMeter
    {
        /// <summary>
        /// <c>GET /</c> as a browser sends it (Host and, with <paramref name="acceptGzip"/>, Accept-Encoding);
        /// returns the response's size in bytes.
        /// </summary>
        public static int MeasurePageGet(IHttpHandler handler, string host, bool acceptGzip, HttpServerOptions options, IClock clock)
        {
            string request = "GET / HTTP/1.1\r\nHost: " + host + "\r\n"
                + (acceptGzip ? "Accept-Encoding: gzip, deflate, br\r\n" : "") + "\r\n";
            return Exchange(handler, BlynkWM.Storage.Utf8.GetBytes(request), options, clock).Length;
        }

        /// <summary>The complete response to <paramref name="request"/> (one request; the connection is then dropped).</summary>
        public static byte[] Exchange(IHttpHandler handler, byte[] request, HttpServerOptions options, IClock clock)
        {
            var connection = new MemoryTcpConnection();
            connection.ClientWrite(request);
            var listener = new MemoryTcpListenerPort();
            listener.Connect(connection);
            var server = new HttpServer(listener, clock, handler, options);
            for (int i = 0; i < 64 && !connection.ServerClosed; i++)
            {
                if (!server.Poll() && connection.PendingInput == 0 && i > 8)
                {
                    break;
                }
            }

            server.Stop();
            return connection.Output.ToArray();
        }
    }
}
