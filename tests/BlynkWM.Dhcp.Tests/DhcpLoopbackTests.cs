using System.Net;
using System.Net.Sockets;
using BlynkWM.Host.Net;
using BlynkWM.Host.Time;
using BlynkWM.Dhcp.Tests.Support;

namespace BlynkWM.Dhcp.Tests
{
    /// <summary>
    /// The DHCP server on a real UDP socket over loopback. The limited broadcast address does not route on loopback,
    /// so the port's broadcast target is 127.0.0.1 and the "client port" is the broadcast listener's own (OS-chosen)
    /// port; a second socket plays the renewing client that gets its answer back as the sender.
    /// </summary>
    public sealed class DhcpLoopbackTests : IDisposable
    {
        private readonly SocketUdpPort _port = new SocketUdpPort(IPAddress.Loopback, 0, IPAddress.Loopback);
        private readonly UdpClient _broadcastListener = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        private readonly UdpClient _renewingClient = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        private readonly CaptiveDhcpServer _server;
        private readonly PollLoop _loop;

        public DhcpLoopbackTests()
        {
            _broadcastListener.Client.ReceiveTimeout = 5000;
            _renewingClient.Client.ReceiveTimeout = 5000;
            var options = DhcpServerOptions.ForAccessPoint("192.168.4.1", 4);
            options.ClientPort = ((IPEndPoint)_broadcastListener.Client.LocalEndPoint!).Port;
            _server = new CaptiveDhcpServer(_port, new ManualClock(1000), options);
            _loop = new PollLoop("dhcp-test", () => _server.Poll() > 0);
        }

        public void Dispose()
        {
            _loop.Dispose();
            _port.Dispose();
            _broadcastListener.Dispose();
            _renewingClient.Dispose();
            Assert.Null(_loop.Failure);
        }

        private DhcpReply Receive(UdpClient client)
        {
            IPEndPoint? from = null;
            byte[] datagram = client.Receive(ref from);
            Assert.Equal(_port.LocalPort, from!.Port);
            return DhcpReply.Parse(datagram);
        }

        [Fact]
        public void Discover_request_and_renewal_over_a_real_socket()
        {
            var server = new IPEndPoint(IPAddress.Loopback, _port.LocalPort);
            byte[] mac = DhcpPacket.MacOf(7);

            // The phone sends from 0.0.0.0:68 on an access point; here from the renewing client's socket. The
            // replies to DISCOVER and REQUEST go to the broadcast target, not back to it.
            byte[] discover = new DhcpPacket(1, mac, 0xA1).LikeAPhone("phone").Build();
            _renewingClient.Send(discover, discover.Length, server);
            DhcpReply offer = Receive(_broadcastListener);
            Assert.Equal(2, offer.MessageType);
            Assert.Equal(0xA1u, offer.Xid);
            Assert.Equal(DhcpPacket.Ip("192.168.4.2"), offer.YourAddress);

            byte[] request = new DhcpPacket(3, mac, 0xA2).Requested(offer.YourAddress).ServerId(DhcpPacket.Ip("192.168.4.1")).Build();
            _renewingClient.Send(request, request.Length, server);
            DhcpReply ack = Receive(_broadcastListener);
            Assert.Equal(5, ack.MessageType);
            Assert.Equal(0xA2u, ack.Xid);

            // A renewal comes from the client's own address and is answered there.
            byte[] renew = new DhcpPacket(3, mac, 0xA3) { ClientAddress = ack.YourAddress }.Build();
            _renewingClient.Send(renew, renew.Length, server);
            DhcpReply renewed = Receive(_renewingClient);
            Assert.Equal(5, renewed.MessageType);
            Assert.Equal(0xA3u, renewed.Xid);
            Assert.Equal(0, _broadcastListener.Available);
            Assert.True(_loop.WaitForPasses(2, TimeSpan.FromSeconds(5))); // the counters are written after the send
            Assert.Equal(3, _server.Sent);
        }
    }
}
