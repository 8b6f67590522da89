using BlynkWM.Dns;
using BlynkWM.Portal;

namespace BlynkWM.Device.Tests
{
    /// <summary>The form reader, the DNS responder and the HTML writer on the device.</summary>
    public static class ParserSuite
    {
        public static void Run(Check check)
        {
            check.Run("form.pairs", FormPairs);
            check.Run("form.errors", FormErrors);
            check.Run("dns.answers", DnsAnswers);
            check.Run("dns.malformed", DnsMalformed);
            check.Run("html.escaping", HtmlEscaping);
        }

        private static void FormPairs(Check check)
        {
            string[] pairs = Read("ssid=Home+Net&pw=p%23ss%25w%26rd&emoji=%F0%9F%93%B6&empty=&flag", 16, 32);
            check.Equal("pairs read", 5, pairs.Length / 3);
            check.Equal("plus is a space", "Home Net", pairs[1]);
            check.Equal("percent escapes decode", "p#ss%w&rd", pairs[4]);
            check.Equal("a 4-byte character decodes", "\U0001F4F6", pairs[7]);
            check.Equal("an empty value", "", pairs[10]);
            check.Equal("a key without '='", "flag", pairs[12]);
        }

        private static void FormErrors(Check check)
        {
            string[] pairs = Read("a=%zz&b=%C0%AF&c=ok&toolongkey=1&d=0123456789abcdefXYZ", 8, 16);
            for (int i = 0; i + 2 < pairs.Length; i += 3)
            {
                check.Value("pair " + (i / 3).ToString(), pairs[i] + "=" + pairs[i + 1] + " " + pairs[i + 2]);
            }

            check.Equal("a bad escape is an error", "MalformedEscape", pairs[2]);
            check.Equal("an overlong form is not UTF-8", "InvalidUtf8", pairs[5]);
            check.Equal("a good pair after bad ones", "ok", pairs[7]);
        }

        /// <summary>key, value, error per pair.</summary>
        private static string[] Read(string body, int maxKey, int maxValue)
        {
            byte[] bytes = PortalRig.Ascii(body);
            var reader = new UrlEncodedFormReader(maxKey, maxValue);
            reader.Reset(bytes, 0, bytes.Length);
            string[] result = new string[0];
            while (reader.MoveNext())
            {
                string[] grown = new string[result.Length + 3];
                System.Array.Copy(result, grown, result.Length);
                grown[result.Length] = reader.KeyError == FormFieldError.None ? reader.KeyToString() : "?";
                grown[result.Length + 1] = reader.ValueError == FormFieldError.None ? reader.ValueToString() : "?";
                grown[result.Length + 2] = ErrorName(reader.Error);
                result = grown;
            }

            return result;
        }

        private static string ErrorName(FormFieldError error)
        {
            switch (error)
            {
                case FormFieldError.None:
                    return "None";
                case FormFieldError.MalformedEscape:
                    return "MalformedEscape";
                case FormFieldError.InvalidUtf8:
                    return "InvalidUtf8";
                case FormFieldError.KeyTooLong:
                    return "KeyTooLong";
                case FormFieldError.ValueTooLong:
                    return "ValueTooLong";
                default:
                    return "Error" + ((int)error).ToString();
            }
        }

        private static void DnsAnswers(Check check)
        {
            var udp = new MemoryUdp();
            var dns = new CaptiveDnsResponder(udp, new byte[] { 192, 168, 4, 1 });
            udp.Deliver(Query(0x1234, "connectivitycheck.gstatic.com", 1));
            dns.Poll();
            byte[] answer = udp.Sent;
            check.True("an A query is answered", answer != null && answer.Length > 12);
            check.Equal("with the query's id", 0x1234, (answer[0] << 8) | answer[1]);
            check.Equal("one answer", 1, (answer[6] << 8) | answer[7]);
            check.Bytes("the portal's address", new byte[] { 192, 168, 4, 1 }, answer, answer.Length - 4, 4);
            check.Digest("A answer", answer, 0, answer.Length);

            udp.Deliver(Query(0x2222, "example.com", 28));
            dns.Poll();
            check.Equal("an AAAA query gets no answer record", 0, (udp.Sent[6] << 8) | udp.Sent[7]);
            check.Digest("AAAA answer", udp.Sent, 0, udp.Sent.Length);
        }

        private static void DnsMalformed(Check check)
        {
            var udp = new MemoryUdp();
            var dns = new CaptiveDnsResponder(udp, new byte[] { 192, 168, 4, 1 });
            byte[] query = Query(0x4321, "a.example", 1);
            byte[] truncated = new byte[query.Length - 3];
            System.Array.Copy(query, truncated, truncated.Length);
            udp.Deliver(truncated);
            dns.Poll();
            check.True("a truncated question gets FORMERR or nothing", udp.Sent == null || (udp.Sent[3] & 0x0F) == 1);
            byte[] pointer = Query(0x4444, "b.example", 1);
            pointer[12] = 0xC0;
            pointer[13] = 0x0C;
            udp.Deliver(pointer);
            dns.Poll();
            check.True("a compression loop is refused, not followed", udp.Sent == null || (udp.Sent[3] & 0x0F) != 0);
        }

        private static byte[] Query(int id, string name, int type)
        {
            byte[] labels = PortalRig.Ascii(name);
            byte[] q = new byte[12 + labels.Length + 2 + 4];
            q[0] = (byte)(id >> 8);
            q[1] = (byte)id;
            q[2] = 0x01;
            q[5] = 1;
            int p = 12;
            int start = 0;
            for (int i = 0; i <= labels.Length; i++)
            {
                if (i == labels.Length || labels[i] == '.')
                {
                    q[p++] = (byte)(i - start);
                    System.Array.Copy(labels, start, q, p, i - start);
                    p += i - start;
                    start = i + 1;
                }
            }

            q[p++] = 0;
            q[p++] = (byte)(type >> 8);
            q[p++] = (byte)type;
            q[p++] = 0;
            q[p] = 1;
            return q;
        }

        private static void HtmlEscaping(Check check)
        {
            var writer = new HtmlWriter(16);
            // No NUL here: a nanoCLR string ends at its first NUL (the host tests cover NUL).
            writer.Text("<a href='x'>\"Caf\u00e9\" & \U0001F4F6</a>");
            check.Bytes(
                "text escapes markup and keeps the emoji whole",
                PortalRig.Ascii("&lt;a href=&#39;x&#39;&gt;&quot;Caf\u00e9&quot; &amp; \U0001F4F6&lt;/a&gt;"),
                writer.Buffer,
                0,
                writer.Length);
            writer.Length = 0;
            writer.JsonString("line\u2028\"q\"\\ <b> \U0001F4F6\n");
            check.Bytes(
                "JSON escapes quotes, markup, line separators and controls",
                PortalRig.Ascii("\"line\\u2028\\\"q\\\"\\\\ \\u003cb\\u003e \U0001F4F6\\u000a\""),
                writer.Buffer,
                0,
                writer.Length);
        }
    }
}
