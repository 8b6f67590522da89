using System;

namespace BlynkWM.Fuzz
{
    /// <summary>
    /// What a correct client must do with the bytes a server sent, worked out independently of the client's code: cuts
    /// the stream into frames and, per frame, expects handler calls, error replies, or the connection's end (message
    /// id 0, an oversized body, a redirect). Keeps the bytes of an incomplete frame for the next input.
    /// </summary>
    internal sealed class BlynkOracle
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        private readonly int _maxBody;
        private readonly int _pinCount;
        private readonly List<byte> _pending = new List<byte>();

        public BlynkOracle(int maxBody, int pinCount)
        {
            _maxBody = maxBody;
            _pinCount = pinCount;
        }

        /// <summary>"w pin hex-of-value" or "r pin", in order.</summary>
        public List<string> Calls { get; } = new List<string>();

        /// <summary>"id status" of each reply the client owes, in order.</summary>
        public List<string> Replies { get; } = new List<string>();

        /// <summary>Why the client must end the connection: "malformed", "oversized", "redirect"; null while it stays.</summary>
        public string? Close { get; private set; }

        public void Reset()
        {
            _pending.Clear();
            Calls.Clear();
            Replies.Clear();
            Close = null;
        }

        public void Feed(byte[] data, int count)
        {
            for (int i = 0; i < count; i++)
            {
                _pending.Add(data[i]);
            }

            int p = 0;
            while (Close == null && _pending.Count - p >= 5)
            {
                int command = _pending[p];
                int id = (_pending[p + 1] << 8) | _pending[p + 2];
                int length = (_pending[p + 3] << 8) | _pending[p + 4];
                if (id == 0)
                {
                    Close = "malformed";
                    break;
                }

                if (command == 0)
                {
                    p += 5;
                    continue;
                }

                if (length > _maxBody)
                {
                    Close = "oversized";
                    break;
                }

                if (_pending.Count - p < 5 + length)
                {
                    break;
                }

                byte[] body = _pending.GetRange(p + 5, length).ToArray();
                Frame(command, id, body);
                p += 5 + length;
            }

            _pending.RemoveRange(0, p);
        }

        private void Frame(int command, int id, byte[] body)
        {
            switch (command)
            {
                case 6:
                    Replies.Add(id + " 200");
                    break;
                case 15:
                case 20:
                    Hardware(id, body);
                    break;
                case 41:
                    Redirect(id, body);
                    break;
                case 17:
                case 55:
                    break;
                default:
                    Replies.Add(id + " 2");
                    break;
            }
        }

        private void Hardware(int id, byte[] body)
        {
            int commandEnd = End(body, 0);
            bool write = commandEnd == 2 && body[0] == 'v' && body[1] == 'w';
            bool read = commandEnd == 2 && body[0] == 'v' && body[1] == 'r';
            if (!write && !read)
            {
                Replies.Add(id + " 2");
                return;
            }

            if (commandEnd == body.Length)
            {
                Replies.Add(id + " 11");
                return;
            }

            int pinEnd = End(body, commandEnd + 1);
            if (!ParsePin(body, commandEnd + 1, pinEnd, out int pin))
            {
                Replies.Add(id + " 11");
                return;
            }

            if (read)
            {
                Calls.Add("r " + pin);
                return;
            }

            int valueStart = Math.Min(pinEnd + 1, body.Length);
            Calls.Add("w " + pin + " " + Convert.ToHexString(body, valueStart, body.Length - valueStart));
        }

        private void Redirect(int id, byte[] body)
        {
            int hostEnd = End(body, 0);
            if (hostEnd < body.Length)
            {
                int portEnd = End(body, hostEnd + 1);
                if (!ParseInt(body, hostEnd + 1, portEnd, out long port) || port < 1 || port > 65535)
                {
                    Replies.Add(id + " 11");
                    return;
                }
            }

            if (hostEnd == 0 || !IsUtf8(body, 0, hostEnd))
            {
                Replies.Add(id + " 11");
                return;
            }

            Close = "redirect";
        }

        private bool ParsePin(byte[] b, int start, int end, out int pin)
        {
            pin = 0;
            if (!ParseInt(b, start, end, out long value) || value < 0 || value >= _pinCount)
            {
                return false;
            }

            pin = (int)value;
            return true;
        }

        /// <summary>Optional sign, 1 to 10 digits, within the int range.</summary>
        private static bool ParseInt(byte[] b, int start, int end, out long value)
        {
            value = 0;
            int i = start;
            bool negative = i < end && b[i] == '-';
            if (i < end && (b[i] == '-' || b[i] == '+'))
            {
                i++;
            }

            if (i == end || end - i > 10)
            {
                return false;
            }

            for (; i < end; i++)
            {
                if (b[i] < '0' || b[i] > '9')
                {
                    return false;
                }

                value = value * 10 + (b[i] - '0');
            }

            value = negative ? -value : value;
            return value >= int.MinValue && value <= int.MaxValue;
        }

        private static bool IsUtf8(byte[] b, int start, int count)
        {
            try
            {
                StrictUtf8.GetString(b, start, count);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        private static int End(byte[] b, int from)
        {
            while (from < b.Length && b[from] != 0)
            {
                from++;
            }

            return from;
        }
    }
}
