using System;
using BlynkWM.Ports;
using BlynkWM.Storage;

namespace BlynkWM.Blynk
{
    /// <summary>One Blynk server the client may use: host, port, auth token and TLS mode. Immutable.</summary>
    public sealed class BlynkServerEndpoint
    {
        /// <summary>The port used when a credential stores none (0) and the connection is plain TCP.</summary>
        public const int DefaultPlainPort = 80;

        /// <summary>The port used when a credential stores none (0) and the connection uses TLS.</summary>
        public const int DefaultTlsPort = 443;

        private readonly byte[] _token;

        public BlynkServerEndpoint(string host, int port, string token, StreamSecurity security)
        {
            if (host == null || host.Length == 0)
            {
                throw new ArgumentException("a Blynk server needs a host name or address", "host");
            }

            if (port < 1 || port > 65535)
            {
                throw new ArgumentOutOfRangeException("port", "a port is 1 to 65535; got " + port.ToString());
            }

            if (token == null || token.Length == 0)
            {
                throw new ArgumentException("a Blynk server needs an auth token", "token");
            }

            Host = host;
            Port = port;
            Token = token;
            Security = security == null ? StreamSecurity.Plain() : security;
            _token = Utf8.GetBytes(token);
            if (_token.Length > BlynkCommand.MaxBodyLength)
            {
                throw new ArgumentException("the auth token is longer than a frame can carry", "token");
            }
        }

        public string Host { get; private set; }

        public int Port { get; private set; }

        public string Token { get; private set; }

        public StreamSecurity Security { get; private set; }

        internal byte[] TokenBytes
        {
            get { return _token; }
        }

        /// <summary>
        /// The servers of a config's Blynk credential sets, in declaration order (the first is preferred), each with its
        /// own port (0 means 80, or 443 with TLS) and token, all with <paramref name="security"/>. Sets without a server
        /// or a token are skipped.
        /// </summary>
        public static BlynkServerEndpoint[] FromCredentials(BlynkCredential[] credentials, StreamSecurity security)
        {
            if (credentials == null)
            {
                return new BlynkServerEndpoint[0];
            }

            if (security == null)
            {
                security = StreamSecurity.Plain();
            }

            int usable = 0;
            for (int i = 0; i < credentials.Length; i++)
            {
                if (credentials[i] != null && credentials[i].IsSet)
                {
                    usable++;
                }
            }

            var servers = new BlynkServerEndpoint[usable];
            int n = 0;
            for (int i = 0; i < credentials.Length; i++)
            {
                BlynkCredential c = credentials[i];
                if (c == null || !c.IsSet)
                {
                    continue;
                }

                int port = c.Port != 0 ? c.Port : security.UsesTls ? DefaultTlsPort : DefaultPlainPort;
                servers[n++] = new BlynkServerEndpoint(c.Server, port, c.Token, security);
            }

            return servers;
        }

        public override string ToString()
        {
            return Host + ":" + Port.ToString();
        }
    }
}
