using System;
using BlynkWM.Storage;

namespace BlynkWM.Blynk
{
    /// <summary>
    /// The body of the INTERNAL message sent after login: NUL-separated key/value pairs, built at each login as bytes
    /// (a string holding NULs would be cut at the first one on nanoCLR).
    /// </summary>
    internal static class BlynkDeviceInfoBody
    {
        public static byte[] Build(BlynkClientOptions options, int receiveLimit)
        {
            BlynkDeviceInfo info = options.DeviceInfo != null ? options.DeviceInfo : new BlynkDeviceInfo();
            string firmwareType = info.FirmwareType != null && info.FirmwareType.Length > 0 ? info.FirmwareType : info.TemplateId;
            string[] pairs = new string[]
            {
                "ver", BlynkClient.LibraryVersion,
                "h-beat", options.HeartbeatSeconds.ToString(),
                "buff-in", receiveLimit.ToString(),
                "dev", info.DeviceType,
                "cpu", info.Cpu,
                "con", info.Connection,
                "tmpl", info.TemplateId,
                "fw-type", firmwareType,
                "mcu", info.FirmwareVersion,
                "build", info.Build,
            };

            byte[][] encoded = new byte[pairs.Length][];
            int length = 0;
            for (int i = 0; i < pairs.Length; i += 2)
            {
                if (pairs[i + 1] == null || pairs[i + 1].Length == 0)
                {
                    continue;
                }

                encoded[i] = Utf8.GetBytes(pairs[i]);
                encoded[i + 1] = Utf8.GetBytes(pairs[i + 1]);
                length += encoded[i].Length + encoded[i + 1].Length + 2;
            }

            byte[] body = new byte[length > 0 ? length - 1 : 0];
            int p = 0;
            for (int i = 0; i < encoded.Length; i++)
            {
                if (encoded[i] == null)
                {
                    continue;
                }

                if (p > 0)
                {
                    body[p++] = 0;
                }

                Array.Copy(encoded[i], 0, body, p, encoded[i].Length);
                p += encoded[i].Length;
            }

            return body;
        }
    }
}
