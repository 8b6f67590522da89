namespace BlynkWM.Dhcp
{
    /// <summary>The DHCP message layout (RFC 2131 figure 1) and the option and message-type codes (RFC 2132, RFC 8910) the server uses.</summary>
    public static class DhcpFormat
    {
        /// <summary>Offset of <c>op</c> (1 byte): <see cref="BootRequest"/> or <see cref="BootReply"/>.</summary>
        public const int Op = 0;
        /// <summary>Offset of <c>htype</c> (1 byte): <see cref="HardwareTypeEthernet"/> for WiFi clients.</summary>
        public const int HardwareType = 1;
        /// <summary>Offset of <c>hlen</c> (1 byte): the hardware address length, 6 for a MAC.</summary>
        public const int HardwareLength = 2;
        /// <summary>Offset of <c>hops</c> (1 byte): relay hops, 0 on the access point's own link.</summary>
        public const int Hops = 3;
        /// <summary>Offset of <c>xid</c> (4 bytes): chosen by the client, copied into the reply.</summary>
        public const int TransactionId = 4;
        /// <summary>Offset of <c>secs</c> (2 bytes): seconds since the client began.</summary>
        public const int Seconds = 8;
        /// <summary>Offset of <c>flags</c> (2 bytes); only <see cref="BroadcastFlag"/> is defined.</summary>
        public const int Flags = 10;
        /// <summary>Offset of <c>ciaddr</c> (4 bytes): the client's current address when it has one (renewing, INFORM).</summary>
        public const int ClientAddress = 12;
        /// <summary>Offset of <c>yiaddr</c> (4 bytes): in a reply, the address offered or leased.</summary>
        public const int YourAddress = 16;
        /// <summary>Offset of <c>siaddr</c> (4 bytes): a boot server's address; the server writes 0.</summary>
        public const int NextServerAddress = 20;
        /// <summary>Offset of <c>giaddr</c> (4 bytes): a relay agent's address; 0 on the access point's own link.</summary>
        public const int RelayAddress = 24;
        /// <summary>Offset of <c>chaddr</c> (16 bytes, the first 6 used): the client's MAC address.</summary>
        public const int ClientHardwareAddress = 28;
        /// <summary>Offset of <c>sname</c> (64 bytes), left zero.</summary>
        public const int ServerName = 44;
        /// <summary>Offset of <c>file</c> (128 bytes), left zero.</summary>
        public const int BootFile = 108;
        /// <summary>Offset of the 4-byte <see cref="MagicCookie"/> that marks the options as DHCP's.</summary>
        public const int Cookie = 236;

        /// <summary>Where the options begin, after the magic cookie; also the shortest message read.</summary>
        public const int OptionsStart = 240;

        /// <summary>Replies are padded to this length, the smallest BOOTP message (RFC 1542 section 2.1) some clients insist on.</summary>
        public const int MinReplyLength = 300;

        /// <summary>The value at <see cref="Cookie"/> (99.130.83.99); a message without it is not DHCP and is dropped.</summary>
        public const uint MagicCookie = 0x63825363;
        /// <summary><c>op</c> of a client's message.</summary>
        public const byte BootRequest = 1;
        /// <summary><c>op</c> of a server's reply.</summary>
        public const byte BootReply = 2;
        /// <summary><c>htype</c> of Ethernet and WiFi (6-byte MAC addresses).</summary>
        public const byte HardwareTypeEthernet = 1;

        /// <summary>The broadcast bit of <see cref="Flags"/> (its first byte).</summary>
        public const int BroadcastFlag = 0x80;

        /// <summary>Option 0: one byte of padding, without a length.</summary>
        public const int OptionPad = 0;
        /// <summary>Option 1: the subnet mask (4 bytes).</summary>
        public const int OptionSubnetMask = 1;
        /// <summary>Option 3: the default router(s), 4 bytes each.</summary>
        public const int OptionRouter = 3;
        /// <summary>Option 6: DNS server(s), 4 bytes each; the server names itself (the portal's DNS).</summary>
        public const int OptionDnsServer = 6;
        /// <summary>Option 28: the subnet's broadcast address (4 bytes).</summary>
        public const int OptionBroadcastAddress = 28;
        /// <summary>Option 50: the address the client asks for (4 bytes), in DISCOVER and REQUEST.</summary>
        public const int OptionRequestedAddress = 50;
        /// <summary>Option 51: lease time in seconds (4 bytes).</summary>
        public const int OptionLeaseTime = 51;
        /// <summary>Option 53: the DHCP message type (1 byte: <see cref="Discover"/> ... <see cref="Inform"/>).</summary>
        public const int OptionMessageType = 53;
        /// <summary>Option 54: the server's identifier, its address (4 bytes); a REQUEST naming another server is not for us.</summary>
        public const int OptionServerId = 54;
        /// <summary>Option 58: T1, seconds until the client renews (4 bytes).</summary>
        public const int OptionRenewalTime = 58;
        /// <summary>Option 59: T2, seconds until the client rebinds (4 bytes).</summary>
        public const int OptionRebindingTime = 59;
        /// <summary>Option 114 (RFC 8910): the URI of the captive-portal API, as text.</summary>
        public const int OptionCaptivePortal = 114;
        /// <summary>Option 255: the end of the options, without a length.</summary>
        public const int OptionEnd = 255;

        /// <summary>DHCPDISCOVER: a client looks for servers; answered with an OFFER.</summary>
        public const int Discover = 1;
        /// <summary>DHCPOFFER: the server offers an address.</summary>
        public const int Offer = 2;
        /// <summary>DHCPREQUEST: a client takes an offer, or renews; answered with an ACK or a NAK.</summary>
        public const int Request = 3;
        /// <summary>DHCPDECLINE: a client found the leased address in use; the address is held back.</summary>
        public const int Decline = 4;
        /// <summary>DHCPACK: the server grants the address (or, for an INFORM, just the options).</summary>
        public const int Ack = 5;
        /// <summary>DHCPNAK: the server refuses a REQUEST; the client starts over with a DISCOVER.</summary>
        public const int Nak = 6;
        /// <summary>DHCPRELEASE: a client gives its address back.</summary>
        public const int Release = 7;
        /// <summary>DHCPINFORM: a client with an address asks for the options only.</summary>
        public const int Inform = 8;

        /// <summary>The big-endian (network order) 32-bit value at <paramref name="b"/>[<paramref name="p"/>..p+3].</summary>
        public static uint ReadUInt32(byte[] b, int p)
        {
            return ((uint)b[p] << 24) | ((uint)b[p + 1] << 16) | ((uint)b[p + 2] << 8) | b[p + 3];
        }

        /// <summary>Writes <paramref name="value"/> big-endian (network order) at <paramref name="b"/>[<paramref name="p"/>..p+3].</summary>
        public static void WriteUInt32(byte[] b, int p, uint value)
        {
            b[p] = (byte)(value >> 24);
            b[p + 1] = (byte)(value >> 16);
            b[p + 2] = (byte)(value >> 8);
            b[p + 3] = (byte)value;
        }
    }
}
