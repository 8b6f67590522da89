namespace BlynkWM.Blynk.Tests
{
    /// <summary>One frame cut from bytes a device sent, with a reference parser independent of the client's reader.</summary>
    internal sealed record Frame(byte Command, int Id, int Length, string Body)
    {
        public static List<Frame> Parse(byte[] bytes)
        {
            var frames = new List<Frame>();
            int p = 0;
            while (bytes.Length - p >= 5)
            {
                byte command = bytes[p];
                int id = (bytes[p + 1] << 8) | bytes[p + 2];
                int length = (bytes[p + 3] << 8) | bytes[p + 4];
                int body = command == 0 ? 0 : length;
                if (bytes.Length - p < 5 + body)
                {
                    break;
                }

                frames.Add(new Frame(command, id, length, Encoding.UTF8.GetString(bytes, p + 5, body).Replace('\0', '|')));
                p += 5 + body;
            }

            return frames;
        }

        public static byte[] Build(byte command, int id, string body)
        {
            byte[] data = Encoding.UTF8.GetBytes(body.Replace('|', '\0'));
            var frame = new byte[5 + data.Length];
            frame[0] = command;
            frame[1] = (byte)(id >> 8);
            frame[2] = (byte)id;
            frame[3] = (byte)(data.Length >> 8);
            frame[4] = (byte)data.Length;
            data.CopyTo(frame, 5);
            return frame;
        }

        public static byte[] Header(byte command, int id, int length) =>
            new[] { command, (byte)(id >> 8), (byte)id, (byte)(length >> 8), (byte)length };
    }
}
