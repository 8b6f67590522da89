// Declaration-only surface of System.Net (nanoframework/System.Net): the socket.
// Absent in nanoFramework: Shutdown, Blocking, NoDelay, Select, the *Async members, the out SocketError overloads.
// Dispose is an explicit IDisposable implementation: socket.Dispose() does not compile, Close() or using does.
using System.Net;

namespace System.Net.Sockets
{
    public class Socket : IDisposable
    {
        public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType) { }

        public int Available => throw null;

        public bool Connected => throw null;

        public EndPoint LocalEndPoint => throw null;

        public EndPoint RemoteEndPoint => throw null;

        public int ReceiveTimeout { get => throw null; set { } }

        public int SendTimeout { get => throw null; set { } }

        public SocketType SocketType => throw null;

        public void Bind(EndPoint localEP) { }

        public void Connect(EndPoint remoteEP) { }

        public void Close() { }

        public void Listen(int backlog) { }

        public Socket Accept() => throw null;

        public int Send(byte[] buffer) => throw null;

        public int Send(byte[] buffer, SocketFlags socketFlags) => throw null;

        public int Send(byte[] buffer, int size, SocketFlags socketFlags) => throw null;

        public int Send(byte[] buffer, int offset, int size, SocketFlags socketFlags) => throw null;

        public int SendTo(byte[] buffer, int offset, int size, SocketFlags socketFlags, EndPoint remoteEP) => throw null;

        public int SendTo(byte[] buffer, int size, SocketFlags socketFlags, EndPoint remoteEP) => throw null;

        public int SendTo(byte[] buffer, SocketFlags socketFlags, EndPoint remoteEP) => throw null;

        public int SendTo(byte[] buffer, EndPoint remoteEP) => throw null;

        public int Receive(byte[] buffer) => throw null;

        public int Receive(byte[] buffer, SocketFlags socketFlags) => throw null;

        public int Receive(byte[] buffer, int size, SocketFlags socketFlags) => throw null;

        public int Receive(byte[] buffer, int offset, int size, SocketFlags socketFlags) => throw null;

        public int ReceiveFrom(byte[] buffer, int offset, int size, SocketFlags socketFlags, ref EndPoint remoteEP) => throw null;

        public int ReceiveFrom(byte[] buffer, int size, SocketFlags socketFlags, ref EndPoint remoteEP) => throw null;

        public int ReceiveFrom(byte[] buffer, SocketFlags socketFlags, ref EndPoint remoteEP) => throw null;

        public int ReceiveFrom(byte[] buffer, ref EndPoint remoteEP) => throw null;

        public void SetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, int optionValue) { }

        public void SetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, bool optionValue) { }

        public void SetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, byte[] optionValue) { }

        public object GetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName) => throw null;

        public void GetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, byte[] val) { }

        public bool Poll(int microSeconds, SelectMode mode) => throw null;

        protected virtual void Dispose(bool disposing) { }

        void IDisposable.Dispose() { }
    }

    public class SocketException : Exception
    {
        public SocketException(SocketError errorCode) { }

        public int ErrorCode => throw null;
    }

    public class NetworkStream : System.IO.Stream
    {
        public NetworkStream(Socket socket) { }

        public NetworkStream(Socket socket, bool ownsSocket) { }

        public override bool CanRead => throw null;

        public override bool CanSeek => throw null;

        public override bool CanTimeout => throw null;

        public override bool CanWrite => throw null;

        public override int ReadTimeout { get => throw null; set { } }

        public override int WriteTimeout { get => throw null; set { } }

        public override long Length => throw null;

        public override long Position { get => throw null; set { } }

        public virtual bool DataAvailable => throw null;

        public void Close(int timeout) { }

        protected override void Dispose(bool disposing) { }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count) => throw null;

        public override int Read(SpanByte buffer) => throw null;

        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw null;

        public override void SetLength(long value) { }

        public override void Write(byte[] buffer, int offset, int count) { }
    }
}
