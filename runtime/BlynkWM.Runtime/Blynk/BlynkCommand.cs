namespace BlynkWM.Blynk
{
    /// <summary>Message types of the Blynk device protocol (the first byte of every frame).</summary>
    public static class BlynkCommand
    {
        /// <summary>A reply: no body; the header's length field carries a <see cref="BlynkStatus"/> code.</summary>
        public const byte Response = 0;
        /// <summary>Keep-alive, sent by either side; answered with a <see cref="Response"/> of <see cref="BlynkStatus.Success"/>.</summary>
        public const byte Ping = 6;
        /// <summary>A pin write relayed from another device; handled as <see cref="Hardware"/>.</summary>
        public const byte Bridge = 15;
        /// <summary>Sent by the device: asks the server to send back stored pin values (<c>vr</c> fields), or all of them.</summary>
        public const byte HardwareSync = 16;
        /// <summary>Device information (<c>ver</c>, <c>buff-in</c>, ...) sent after login; received ones are ignored.</summary>
        public const byte Internal = 17;
        /// <summary>Sent by the device: sets a widget property (pin, name, value).</summary>
        public const byte Property = 19;
        /// <summary>A pin write (<c>vw</c>) or read request (<c>vr</c>), in either direction.</summary>
        public const byte Hardware = 20;
        /// <summary>The device's login: the body is the auth token.</summary>
        public const byte HardwareLogin = 29;
        /// <summary>Sent by the server: reconnect to another host (and port) given in the body.</summary>
        public const byte Redirect = 41;
        /// <summary>Text for a debug console; received ones are ignored.</summary>
        public const byte DebugPrint = 55;
        /// <summary>Sent by the device: logs an event code, with an optional description.</summary>
        public const byte EventLog = 64;

        /// <summary>Command, message id (2 bytes) and length (2 bytes), big-endian.</summary>
        public const int HeaderLength = 5;

        /// <summary>Largest body a header can announce.</summary>
        public const int MaxBodyLength = 65535;

        /// <summary>Message ids run 1..65535 and wrap to 1; 0 is never valid.</summary>
        public const int MaxMessageId = 65535;
    }
}
