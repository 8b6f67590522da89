namespace BlynkWM.Blynk
{
    /// <summary>Message types of the Blynk device protocol (the first byte of every frame).</summary>
    public static class BlynkCommand
    {
        /// <summary>A reply: no body; the header's length field carries a <see cref="BlynkStatus"/> code.</summary>
        public const byte Response = 0;
        public const byte Ping = 6;
        public const byte Bridge = 15;
        public const byte HardwareSync = 16;
        public const byte Internal = 17;
        public const byte Property = 19;
        public const byte Hardware = 20;
        public const byte HardwareLogin = 29;
        public const byte Redirect = 41;
        public const byte DebugPrint = 55;
        public const byte EventLog = 64;

        /// <summary>Command, message id (2 bytes) and length (2 bytes), big-endian.</summary>
        public const int HeaderLength = 5;

        /// <summary>Largest body a header can announce.</summary>
        public const int MaxBodyLength = 65535;

        /// <summary>Message ids run 1..65535 and wrap to 1; 0 is never valid.</summary>
        public const int MaxMessageId = 65535;
    }
}
