namespace BlynkWM.Dhcp
{
    /// <summary>The DHCP message layout (RFC 2131 figure 1) and the option and message-type codes (RFC 2132, RFC 8910) the server uses.</summary>
    public static class DhcpFormat
    {
        public const int Op = 0;
        public const int HardwareType = 1;
        public const int HardwareLength = 2;
        public const int Hops = 3;
        public const int TransactionId = 4;
        public const int Seconds = 8;
        public const int Flags = 10;
        public const int ClientAddress = 12;
        public const int YourAddress = 16;
        public const int NextServerAddress = 20;
        public const int RelayAddress = 24;
        public const int ClientHardwareAddress = 28;
        public const int ServerName = 44;
        public const int BootFile = 108;
        public const int Cookie = 236;

        /// <summary>Where the options begin, after the magic cookie; also the shortest message read.</summary>
        public const int OptionsStart = 240;

        /// <summary>Replies are padded to this length, the smallest BOOTP message (RFC 1542 section 2.1) some clients insist on.</summary>
        public const int MinReplyLength = 300;

        public const uint MagicCookie = 0x63825363;
        public const byte BootRequest = 1;
        public const byte BootReply = 2;
        public const byte HardwareTypeEthernet = 1;

        /// <summary>The broadcast bit of <see cref="Flags"/> (its first byte).</summary>
        public const int BroadcastFlag = 0x80;

        public const int OptionPad = 0;
        public const int OptionSubnetMask = 1;
        public const int OptionRouter = 3;
        public const int OptionDnsServer = 6;
        public const int OptionBroadcastAddress = 28;
        public const int OptionRequestedAddress = 50;
        public const int OptionLeaseTime = 51;
        public const int OptionMessageType = 53;
        public const int OptionServerId = 54;
        public const int OptionRenewalTime = 58;
        public const int OptionRebindingTime = 59;
        public const int OptionCaptivePortal = 114;
        public const int OptionEnd = 255;

        public const int Discover = 1;
        public const int Offer = 2;
        public const int Request = 3;
        public const int Decline = 4;
        public const int Ack = 5;
        public const int Nak = 6;
        public const int Release = 7;
        public const int Inform = 8;

        public static uint ReadUInt32(byte[] b, int p)
        {
            return ((uint)b[p] << 24) | ((uint)b[p + 1] << 16) | ((uint)b[p + 2] << 8) | b[p + 3];
        }

        public static void WriteUInt32(byte[] b, int p, uint value)
        {
            b[p] = (byte)(value >> 24);
            b[p + 1] = (byte)(value >> 16);
            b[p + 2] = (byte)(value >> 8);
            b[p + 3] = (byte)value;
        }
    }
}
