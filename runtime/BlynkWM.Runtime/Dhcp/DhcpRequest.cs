namespace BlynkWM.Dhcp
{
    /// <summary>
    /// One client message read in place (RFC 2131 section 2, RFC 2132 options): the fixed header is checked and the
    /// options after the magic cookie are walked once, keeping the message type (53), requested address (50) and server
    /// identifier (54). Reused for every packet; nothing is copied or allocated. A message is refused (Read returns
    /// false) when it is not a BOOTREQUEST from an Ethernet-style client (htype 1, hlen 6), came through a relay
    /// (giaddr set: an access point has none), lacks the cookie, has an option running past the end, or has option 53,
    /// 50 or 54 with a wrong length. The first occurrence of an option counts. Options overloaded into sname/file
    /// (option 52) are not read: clients do not send them.
    /// </summary>
    internal sealed class DhcpRequest
    {
        public byte[] Packet;
        public int Offset;
        public int MessageType;
        public bool HasRequestedAddress;
        public uint RequestedAddress;
        public bool HasServerId;
        public uint ServerId;
        public uint ClientAddress;

        /// <summary>Offset of the client's 6-byte hardware address in <see cref="Packet"/>.</summary>
        public int HardwareAddressOffset
        {
            get { return Offset + DhcpFormat.ClientHardwareAddress; }
        }

        public bool Read(byte[] packet, int offset, int count)
        {
            Packet = packet;
            Offset = offset;
            MessageType = 0;
            HasRequestedAddress = false;
            HasServerId = false;
            RequestedAddress = 0;
            ServerId = 0;
            ClientAddress = 0;
            if (offset < 0 || count < DhcpFormat.OptionsStart || offset > packet.Length - count)
            {
                return false;
            }

            if (packet[offset + DhcpFormat.Op] != DhcpFormat.BootRequest
                || packet[offset + DhcpFormat.HardwareType] != DhcpFormat.HardwareTypeEthernet
                || packet[offset + DhcpFormat.HardwareLength] != DhcpLeaseTable.HardwareAddressLength
                || DhcpFormat.ReadUInt32(packet, offset + DhcpFormat.RelayAddress) != 0
                || DhcpFormat.ReadUInt32(packet, offset + DhcpFormat.Cookie) != DhcpFormat.MagicCookie)
            {
                return false;
            }

            ClientAddress = DhcpFormat.ReadUInt32(packet, offset + DhcpFormat.ClientAddress);
            int end = offset + count;
            int p = offset + DhcpFormat.OptionsStart;
            while (p < end)
            {
                int code = packet[p];
                if (code == DhcpFormat.OptionPad)
                {
                    p++;
                    continue;
                }

                if (code == DhcpFormat.OptionEnd)
                {
                    break;
                }

                if (p + 1 >= end)
                {
                    return false;
                }

                int length = packet[p + 1];
                int data = p + 2;
                if (length > end - data)
                {
                    return false;
                }

                if (!Keep(code, packet, data, length))
                {
                    return false;
                }

                p = data + length;
            }

            return MessageType != 0;
        }

        private bool Keep(int code, byte[] packet, int data, int length)
        {
            if (code == DhcpFormat.OptionMessageType)
            {
                if (length != 1)
                {
                    return false;
                }

                if (MessageType == 0)
                {
                    MessageType = packet[data] == 0 ? -1 : packet[data];
                }
            }
            else if (code == DhcpFormat.OptionRequestedAddress)
            {
                if (length != 4)
                {
                    return false;
                }

                if (!HasRequestedAddress)
                {
                    HasRequestedAddress = true;
                    RequestedAddress = DhcpFormat.ReadUInt32(packet, data);
                }
            }
            else if (code == DhcpFormat.OptionServerId)
            {
                if (length != 4)
                {
                    return false;
                }

                if (!HasServerId)
                {
                    HasServerId = true;
                    ServerId = DhcpFormat.ReadUInt32(packet, data);
                }
            }

            return true;
        }
    }
}
