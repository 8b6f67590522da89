using System;
using System.Threading;
using BlynkWM.Host.Time;
using BlynkWM.Ports;

namespace BlynkWM.Blynk.Tests
{
    /// <summary>Real loopback sockets: our client on the host port, our server, bounded waits on a condition.</summary>
    internal static class Live
    {
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

        public static BlynkServer Server(params string[] tokens) => Server(tcp: true, tls: false, null, tokens);

        public static BlynkServer Server(bool tcp, bool tls, ServerCertificates? certificates, params string[] tokens)
        {
            var server = new BlynkServer(new BlynkServerOptions
            {
                TcpPort = tcp ? 0 : -1,
                TlsPort = tls ? 0 : -1,
                Certificates = certificates,
                Tokens = tokens,
                IdleSweepIntervalMs = 0,
            });
            server.Start();
            return server;
        }

        public static BlynkClient Client(params BlynkServerEndpoint[] servers)
        {
            var options = BlynkRig.DefaultOptions();
            options.BackoffInitialMs = 100;
            options.BackoffMaxMs = 400;
            return new BlynkClient(new SocketStreamPort(), new SystemClock(), new XorShiftRandom(1), options, servers);
        }

        /// <summary>Steps <paramref name="client"/> until <paramref name="condition"/> holds; throws with the client's state if it does not in time.</summary>
        public static void StepUntil(BlynkClient client, Func<bool> condition, string what)
        {
            var watch = Stopwatch.StartNew();
            while (!condition())
            {
                if (watch.Elapsed > Patience)
                {
                    throw new TimeoutException("waited " + Patience.TotalSeconds + " s for " + what + "; client: " + client.Describe());
                }

                if (!client.Step())
                {
                    Thread.Sleep(1);
                }
            }
        }

        /// <summary>Polls one stream until it leaves Connecting.</summary>
        public static StreamState Settle(IOutgoingStream stream)
        {
            var watch = Stopwatch.StartNew();
            while (stream.State == StreamState.Connecting)
            {
                if (watch.Elapsed > Patience)
                {
                    throw new TimeoutException("the stream is still connecting");
                }

                Thread.Sleep(1);
            }

            return stream.State;
        }
    }
}
