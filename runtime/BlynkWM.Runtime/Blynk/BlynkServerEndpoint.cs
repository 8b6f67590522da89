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

        /// <summary>One Blynk server and the device's token on it.</summary>
        /// <param name="host">Host name or address.</param>
        /// <param name="port">TCP port, 1 to 65535 (Blynk: 80 plain, 443 TLS).</param>
        /// <param name="token">The device's auth token; sent as the login body.</param>
        /// <param name="security">Plain or TLS; null is plain.</param>
        /// <exception cref="ArgumentException"><paramref name="host"/> or <paramref name="token"/> is null or empty, or the token's UTF-8 is longer than a frame body (65535 bytes).</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is outside 1 to 65535.</exception>
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

        /// <summary>Host name or address to connect to.</summary>
        public string Host { get; private set; }

        /// <summary>TCP port, 1 to 65535.</summary>
        public int Port { get; private set; }

        /// <summary>The device's auth token (a secret: never log or show it).</summary>
        public string Token { get; private set; }

        /// <summary>Plain TCP or TLS, with its certificate checks.</summary>
        public StreamSecurity Security { get; private set; }

        internal byte[] TokenBytes
        {
            get { return _token; }
        }

        /// <summary>The servers of <paramref name="config"/>'s Blynk credential sets, as <see cref="FromCredentials"/> makes them.</summary>
        public static BlynkServerEndpoint[] FromConfig(BlynkWM.Storage.IDeviceConfig config, StreamSecurity security)
        {
            var credentials = new BlynkCredential[config.BlynkCredentialCount];
            for (int i = 0; i < credentials.Length; i++)
            {
                credentials[i] = config.GetBlynkCredential(i);
            }

            return FromCredentials(credentials, security);
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

        /// <summary><c>host:port</c>, for logs; never the token.</summary>
        public override string ToString()
        {
            return Host + ":" + Port.ToString();
        }
    }
}
