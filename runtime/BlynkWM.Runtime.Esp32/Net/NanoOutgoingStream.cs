using System;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using BlynkWM.Platform;
using BlynkWM.Ports;

namespace BlynkWM.Esp32.Net
{
    /// <summary>
    /// One outgoing connection on nanoFramework (IOutgoingStreamPort's comment is the recipe). A worker thread runs
    /// the blocking part: <c>Dns.GetHostEntry</c>, <c>Socket.Connect</c> and, with TLS, <c>SslStream.AuthenticateAsClient</c>
    /// (TLS 1.2; NoVerification for the insecure mode, the pinned CA as the 4-argument overload's CA otherwise; the
    /// fingerprint mode fails at once with TlsModeUnsupported). It publishes the connected socket under the lock, the
    /// state last. Afterwards <see cref="Receive"/> reads only what is there (<c>Available</c>, the TLS layer's decrypted
    /// bytes) and <see cref="Send"/> only after <c>Poll(0, SelectWrite)</c>. <see cref="StreamLifecycle"/> decides the
    /// states and what each error means; <see cref="StreamReceive"/> what a receive does.
    /// <para>
    /// nanoFramework runs every managed thread on one interpreter: the resolve and the connect wait cooperatively, but
    /// the TLS handshake is one native call that holds the interpreter until it ends (a second or two on an ESP32), so
    /// the caller's loop pauses for it although the call itself came from the worker.
    /// </para>
    /// </summary>
    public sealed class NanoOutgoingStream : IOutgoingStream
    {
        private readonly object _lock = new object();
        private readonly string _host;
        private readonly int _port;
        private readonly StreamSecurity _security;
        private readonly int _ioTimeoutMilliseconds;
        private readonly StreamLifecycle _life;
        private Socket _socket;
        private SslStream _ssl;

        internal NanoOutgoingStream(string host, int port, StreamSecurity security, int ioTimeoutMilliseconds)
        {
            _host = host;
            _port = port;
            _security = security;
            _ioTimeoutMilliseconds = ioTimeoutMilliseconds;
            _life = new StreamLifecycle(security);
        }

        /// <inheritdoc/>
        public StreamState State
        {
            get
            {
                lock (_lock)
                {
                    return _life.State;
                }
            }
        }

        /// <inheritdoc/>
        public StreamFailure Failure
        {
            get
            {
                lock (_lock)
                {
                    return _life.Failure;
                }
            }
        }

        /// <inheritdoc/>
        /// <remarks>Mostly the exception that failed the step: its type, socket error code and message.</remarks>
        public string FailureDetail
        {
            get
            {
                lock (_lock)
                {
                    return _life.FailureDetail;
                }
            }
        }

        /// <inheritdoc/>
        public int Receive(byte[] buffer, int offset, int count)
        {
            return Transfer(true, buffer, offset, count);
        }

        /// <inheritdoc/>
        public int Send(byte[] buffer, int offset, int count)
        {
            return Transfer(false, buffer, offset, count);
        }

        /// <inheritdoc/>
        /// <remarks>While the worker is still connecting, closes its socket so a blocked call ends; the worker then disposes what it made.</remarks>
        public void Close()
        {
            Socket socket;
            SslStream ssl;
            lock (_lock)
            {
                _life.Close();
                socket = _socket;
                ssl = _ssl;
                _socket = null;
                _ssl = null;
            }

            // A worker blocked in Connect sees its socket closed and gives up; it then closes what it made itself.
            CloseQuietly(socket, ssl);
        }

        /// <summary>Starts the worker (unless the security mode failed the stream already).</summary>
        internal void Start()
        {
            lock (_lock)
            {
                if (!_life.IsConnecting)
                {
                    return;
                }

                try
                {
                    new Thread(Connect).Start();
                }
                catch (Exception e)
                {
                    _life.Fail(StreamFailure.Other, "no thread for the connect: " + Describe(e));
                }
            }
        }

        /// <summary>A receive or a send on the established connection, with the failures both share.</summary>
        private int Transfer(bool receive, byte[] buffer, int offset, int count)
        {
            SslStream ssl;
            int idle;
            Socket socket = Established(out ssl, out idle);
            if (socket == null)
            {
                return idle;
            }

            try
            {
                return receive ? ReceiveOn(socket, ssl, buffer, offset, count) : SendOn(socket, ssl, buffer, offset, count);
            }
            catch (SocketException e)
            {
                if (receive && ssl != null && StreamErrors.IsReadTimeout(e.ErrorCode))
                {
                    return 0; // the rest of the record comes later; Mbed TLS keeps what it has
                }

                return Broken(e);
            }
            catch (Exception e)
            {
                return Broken(StreamFailure.ConnectionLost, Describe(e));
            }
        }

        private int ReceiveOn(Socket socket, SslStream ssl, byte[] buffer, int offset, int count)
        {
            int decrypted = ssl != null ? (int)ssl.Length : 0;
            int available = socket.Available;
            bool readable = false;
            if (decrypted <= 0 && available <= 0)
            {
                // Readable with nothing to read is the peer's FIN; data arriving between the two calls shows in
                // Available again.
                readable = socket.Poll(0, SelectMode.SelectRead);
                if (readable)
                {
                    available = socket.Available;
                }
            }

            ReceiveAction action = StreamReceive.Next(decrypted, available, readable);
            if (action == ReceiveAction.Nothing || count == 0)
            {
                return 0;
            }

            if (action == ReceiveAction.PeerClosed)
            {
                return Broken(StreamFailure.ClosedByPeer, "the server closed the connection");
            }

            int size = StreamReceive.ReadSize(action, decrypted, available, ssl != null, count);
            int n = ssl != null ? ssl.Read(buffer, offset, size) : socket.Receive(buffer, offset, size, SocketFlags.None);
            return n > 0 ? n : Broken(StreamFailure.ClosedByPeer, "the server closed the connection");
        }

        private static int SendOn(Socket socket, SslStream ssl, byte[] buffer, int offset, int count)
        {
            if (count == 0 || !socket.Poll(0, SelectMode.SelectWrite))
            {
                return 0;
            }

            if (ssl != null)
            {
                ssl.Write(buffer, offset, count);
                return count;
            }

            return socket.Send(buffer, offset, count, SocketFlags.None);
        }

        /// <summary>
        /// The connected socket (and its TLS stream); null when there is none, with <paramref name="idle"/> what Receive and
        /// Send then return: 0 while connecting, -1 once failed or closed. One look under the lock, so a stream that
        /// connects meanwhile is not taken for a failed one.
        /// </summary>
        private Socket Established(out SslStream ssl, out int idle)
        {
            lock (_lock)
            {
                ssl = _ssl;
                StreamState state = _life.State;
                bool connected = state == StreamState.Connected && _socket != null;
                idle = connected || state == StreamState.Connecting ? 0 : -1;
                return connected ? _socket : null;
            }
        }

        private int Broken(SocketException e)
        {
            lock (_lock)
            {
                _life.SocketError(e.ErrorCode, Describe(e));
            }

            return -1;
        }

        private int Broken(StreamFailure failure, string detail)
        {
            lock (_lock)
            {
                _life.Fail(failure, detail);
            }

            return -1;
        }

        /// <summary>The worker: everything that blocks, then the handoff.</summary>
        private void Connect()
        {
            Socket socket = null;
            SslStream ssl = null;
            try
            {
                X509Certificate ca = null;
                if (_security.Mode == TlsMode.PinnedCa)
                {
                    try
                    {
                        ca = new X509Certificate(TlsPlan.CaCertificateBytes(_security.CaCertificate));
                    }
                    catch (Exception e)
                    {
                        Fail(StreamFailure.InvalidCaCertificate, "the pinned CA certificate is neither DER nor PEM: " + Describe(e));
                        return;
                    }
                }

                IPAddress address = Resolve();
                if (address == null)
                {
                    return;
                }

                socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                lock (_lock)
                {
                    if (!_life.Enter(StreamStep.Connecting))
                    {
                        return;
                    }

                    _socket = socket; // so that Close can end the connect
                }

                socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.NoDelay, true);
                socket.Connect(new IPEndPoint(address, _port));
                if (_security.UsesTls)
                {
                    lock (_lock)
                    {
                        if (!_life.Enter(StreamStep.Handshaking))
                        {
                            return;
                        }
                    }

                    ssl = new SslStream(socket);
                    ssl.SslVerification = (SslVerification)TlsPlan.Verification(_security.Mode);
                    string name = TlsPlan.ServerName(_security, _host);
                    if (ca == null)
                    {
                        ssl.AuthenticateAsClient(name, SslProtocols.Tls12);
                    }
                    else
                    {
                        ssl.AuthenticateAsClient(name, null, ca, SslProtocols.Tls12);
                    }
                }

                socket.ReceiveTimeout = _ioTimeoutMilliseconds;
                socket.SendTimeout = _ioTimeoutMilliseconds;
                lock (_lock)
                {
                    if (_life.Publish())
                    {
                        _socket = socket;
                        _ssl = ssl;
                        socket = null;
                        ssl = null;
                    }
                }
            }
            catch (SocketException e)
            {
                lock (_lock)
                {
                    _life.SocketError(e.ErrorCode, Describe(e));
                }
            }
            catch (Exception e)
            {
                lock (_lock)
                {
                    _life.Error(Describe(e));
                }
            }
            finally
            {
                // Whatever was not handed over (failed, or closed meanwhile) is closed here.
                CloseQuietly(socket, ssl);
            }
        }

        /// <summary>The host's first IPv4 address; null (and the stream failed or closed) when there is none.</summary>
        private IPAddress Resolve()
        {
            IPHostEntry entry = System.Net.Dns.GetHostEntry(_host);
            IPAddress[] addresses = entry == null ? null : entry.AddressList;
            for (int i = 0; addresses != null && i < addresses.Length; i++)
            {
                if (addresses[i] != null && addresses[i].AddressFamily == AddressFamily.InterNetwork)
                {
                    return addresses[i];
                }
            }

            Fail(StreamFailure.HostNotFound, _host + " has no IPv4 address");
            return null;
        }

        private void Fail(StreamFailure failure, string detail)
        {
            lock (_lock)
            {
                _life.Fail(failure, detail);
            }
        }

        private static void CloseQuietly(Socket socket, SslStream ssl)
        {
            try
            {
                if (ssl != null)
                {
                    ssl.Close(); // closes its socket too
                }
                else if (socket != null)
                {
                    socket.Close();
                }
            }
            catch (Exception)
            {
                // Closing a broken or already closed connection may complain; it is closed either way.
            }
        }

        private static string Describe(Exception e)
        {
            SocketException socket = e as SocketException;
            string code = socket != null ? " (socket error " + socket.ErrorCode.ToString() + ")" : "";
            return e.GetType().Name + code + (e.Message == null || e.Message.Length == 0 ? "" : ": " + e.Message);
        }
    }
}
