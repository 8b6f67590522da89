using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BlynkWM.Ports;

namespace BlynkWM.Host.Net
{
    /// <summary>
    /// A TLS stream: connect and handshake run as one background task; afterwards one read and one write are kept in
    /// flight on the <see cref="SslStream"/> and polled, so no call waits. The certificate check follows the
    /// <see cref="StreamSecurity"/> mode and records why it refused, so a failed handshake reports the precise reason
    /// (untrusted chain, wrong name, expired, fingerprint mismatch) rather than "authentication failed".
    /// </summary>
    public sealed class TlsOutgoingStream : OutgoingStreamBase
    {
        private readonly StreamSecurity _security;
        private readonly string _serverName;
        private readonly Task<SslStream> _connect;
        private readonly byte[] _readBuffer;
        private readonly byte[] _writeBuffer;
        private Socket? _socket;
        private SslStream? _ssl;
        private Task<int>? _read;
        private int _readOffset;
        private int _readLength;
        private Task? _write;
        private StreamFailure _certificateFailure;
        private string _certificateDetail = "";
        private volatile bool _closed;

        /// <summary>Starts connecting to <paramref name="host"/>:<paramref name="port"/> and the TLS handshake of <paramref name="security"/> in the background, with read and write buffers of <paramref name="bufferBytes"/> bytes.</summary>
        public TlsOutgoingStream(string host, int port, StreamSecurity security, int bufferBytes)
        {
            _security = security;
            _serverName = security.ServerName ?? host;
            _readBuffer = new byte[bufferBytes];
            _writeBuffer = new byte[bufferBytes];
            _connect = ConnectAsync(host, port);
        }

        /// <inheritdoc/>
        protected override int ReceiveConnected(byte[] buffer, int offset, int count)
        {
            if (_readOffset < _readLength)
            {
                return TakeRead(buffer, offset, count);
            }

            if (_read == null)
            {
                _read = _ssl!.ReadAsync(_readBuffer, 0, _readBuffer.Length);
            }

            if (!_read.IsCompleted)
            {
                return 0;
            }

            Task<int> done = _read;
            _read = null;
            if (!done.IsCompletedSuccessfully)
            {
                Exception? e = done.Exception?.GetBaseException();
                Fail(StreamFailure.ConnectionLost, e?.Message ?? "read canceled");
                return -1;
            }

            if (done.Result == 0)
            {
                Fail(StreamFailure.ClosedByPeer, "the server closed the connection");
                return -1;
            }

            _readOffset = 0;
            _readLength = done.Result;
            return TakeRead(buffer, offset, count);
        }

        /// <inheritdoc/>
        protected override int SendConnected(byte[] buffer, int offset, int count)
        {
            if (_write != null)
            {
                if (!_write.IsCompleted)
                {
                    return 0;
                }

                if (!_write.IsCompletedSuccessfully)
                {
                    Exception? e = _write.Exception?.GetBaseException();
                    Fail(StreamFailure.ConnectionLost, e?.Message ?? "write canceled");
                    return -1;
                }
            }

            int n = Math.Min(count, _writeBuffer.Length);
            Buffer.BlockCopy(buffer, offset, _writeBuffer, 0, n);
            _write = _ssl!.WriteAsync(_writeBuffer, 0, n);
            return n;
        }


        private async Task<SslStream> ConnectAsync(string host, int port)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            _socket = socket;
            await socket.ConnectAsync(host, port).ConfigureAwait(false);
            var ssl = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
            try
            {
                await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
                {
                    TargetHost = _serverName,
                    RemoteCertificateValidationCallback = Validate,
                    CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                }, CancellationToken.None).ConfigureAwait(false);
            }
            catch
            {
                ssl.Dispose();
                throw;
            }

            if (_closed)
            {
                ssl.Dispose();
                throw new ObjectDisposedException("stream", "closed while connecting");
            }

            return ssl;
        }

        private bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        {
            if (_security.Mode == TlsMode.Insecure)
            {
                return true;
            }

            if (certificate == null)
            {
                return Refuse(StreamFailure.CertificateUntrusted, "the server sent no certificate");
            }

            if (_security.Mode == TlsMode.Fingerprint)
            {
                byte[] actual = SHA256.HashData(certificate.GetRawCertData());
                return CryptographicOperations.FixedTimeEquals(actual, _security.Fingerprint)
                    || Refuse(StreamFailure.FingerprintMismatch, "the certificate's SHA-256 is " + Convert.ToHexString(actual));
            }

            return CheckPinnedCa(certificate, chain, errors);
        }

        /// <summary>The chain must end at the pinned CA (and nowhere else), and the certificate must name the host.</summary>
        private bool CheckPinnedCa(X509Certificate certificate, X509Chain? presented, SslPolicyErrors errors)
        {
            X509Certificate2 ca;
            try
            {
                ca = LoadCa(_security.CaCertificate);
            }
            catch (CryptographicException e)
            {
                return Refuse(StreamFailure.InvalidCaCertificate, e.Message);
            }

            using (ca)
            using (var chain = new X509Chain())
            {
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                if (presented != null)
                {
                    foreach (X509ChainElement element in presented.ChainElements)
                    {
                        chain.ChainPolicy.ExtraStore.Add(element.Certificate);
                    }
                }

                using var leaf = new X509Certificate2(certificate);
                if (!chain.Build(leaf))
                {
                    X509ChainStatusFlags flags = X509ChainStatusFlags.NoError;
                    var words = new StringBuilder();
                    foreach (X509ChainStatus status in chain.ChainStatus)
                    {
                        flags |= status.Status;
                        words.Append(status.Status).Append(": ").Append(status.StatusInformation.Trim()).Append("; ");
                    }

                    bool untrusted = (flags & (X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain | X509ChainStatusFlags.NotSignatureValid)) != 0;
                    bool expired = (flags & X509ChainStatusFlags.NotTimeValid) != 0;
                    return Refuse(untrusted || !expired ? StreamFailure.CertificateUntrusted : StreamFailure.CertificateExpired, words.ToString().TrimEnd(' ', ';'));
                }
            }

            if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
            {
                return Refuse(StreamFailure.CertificateNameMismatch, "the certificate does not name " + _serverName);
            }

            return true;
        }

        private static X509Certificate2 LoadCa(byte[] bytes)
        {
            string text = Encoding.ASCII.GetString(bytes);
            if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                return X509Certificate2.CreateFromPem(text);
            }

            return X509CertificateLoader.LoadCertificate(bytes);
        }

        private bool Refuse(StreamFailure failure, string detail)
        {
            _certificateFailure = failure;
            _certificateDetail = detail;
            return false;
        }

        private int TakeRead(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(count, _readLength - _readOffset);
            Buffer.BlockCopy(_readBuffer, _readOffset, buffer, offset, n);
            _readOffset += n;
            return n;
        }

        /// <inheritdoc/>
        protected override void Advance()
        {
            if (!IsConnecting || !_connect.IsCompleted)
            {
                return;
            }

            if (_connect.IsCompletedSuccessfully)
            {
                _ssl = _connect.Result;
                Connected();
                return;
            }

            Exception e = _connect.Exception?.GetBaseException() ?? new OperationCanceledException();
            if (_certificateFailure != StreamFailure.None)
            {
                Fail(_certificateFailure, _certificateDetail);
            }
            else
            {
                Fail(StreamFailures.Of(e), e.Message);
            }
        }

        /// <inheritdoc/>
        protected override void Release()
        {
            _closed = true;
            try
            {
                _ssl?.Dispose();
                _socket?.Dispose();
            }
            catch (Exception e) when (e is IOException || e is ObjectDisposedException || e is SocketException)
            {
                // Already broken: it is closed either way.
            }
        }
    }
}
