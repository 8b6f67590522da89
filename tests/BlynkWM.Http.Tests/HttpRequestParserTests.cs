namespace BlynkWM.Http.Tests
{
    /// <summary>
    /// The request parser on its own, on complete heads: which header it takes for which field, how it trims and splits
    /// values, and the rules that sit behind the connection's own checks (so a test through the server cannot show that
    /// the parser holds them by itself).
    /// </summary>
    public sealed class HttpRequestParserTests
    {
        private static int Parse(string head, out HttpRequest request, int maxHeaderCount = 48)
        {
            byte[] bytes = Encoding.Latin1.GetBytes(head);
            request = new HttpRequest(bytes);
            return HttpRequestParser.Parse(bytes, bytes.Length, request, maxHeaderCount);
        }

        private static HttpRequest Parsed(string fields, string requestLine = "GET / HTTP/1.1")
        {
            Assert.Equal(0, Parse(requestLine + "\r\nHost: h\r\n" + fields + "\r\n", out HttpRequest request));
            return request;
        }

        private static string Text(HttpRequest r, ByteRange range) => range.IsPresent ? "[" + r.GetString(range) + "]" : "absent";

        [Theory]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\nX: a\nTransfer-Encoding: chunked\r\n\r\n", "bare LF inside a field hiding a second one")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\nX: y\r\n\r\n", "bare LF ending the Host field")]
        [InlineData("GET / HTTP/1.1\nHost: h\r\n\r\n", "bare LF ending the request line")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\nX: a\rb\r\n\r\n", "bare CR inside a value")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\nX: y\r\r\n\r\n", "CR CR LF")]
        [InlineData("GET /\n HTTP/1.1\r\nHost: h\r\n\r\n", "bare LF inside the target")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\nX\nY: z\r\n\r\n", "bare LF as a field's second byte")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\n\rX: y\r\n\r\n", "a field starting with a bare CR")]
        [InlineData("GET / HTTP/1.1\r\nHost: h\r\n\n\r\n", "a bare LF line before the end")]
        public void A_bare_LF_or_CR_anywhere_in_the_head_is_400_even_past_the_connection(string head, string why)
        {
            Assert.True(Parse(head, out _) == HttpStatus.BadRequest, why);
        }

        [Theory]
        [InlineData("X: a\nb")]
        [InlineData("X: a\rb")]
        public void A_bare_line_break_is_400_even_in_a_field_past_the_header_count_limit(string field)
        {
            // Malformed framing is reported as such, not as "too many fields".
            Assert.Equal(HttpStatus.BadRequest, Parse("GET / HTTP/1.1\r\nHost: h\r\n" + field + "\r\n\r\n", out _, maxHeaderCount: 1));
            Assert.Equal(HttpStatus.HeaderFieldsTooLarge, Parse("GET / HTTP/1.1\r\nHost: h\r\nX: ab\r\n\r\n", out _, maxHeaderCount: 1));
        }

        [Fact]
        public void The_same_head_with_CRLF_is_accepted()
        {
            Assert.Equal(0, Parse("GET / HTTP/1.1\r\nHost: h\r\nX: a\r\nTransfer-Encoding2: chunked\r\n\r\n", out _));
        }

        [Theory]
        // Each decoy has the length of a header the parser reads and a value that would show if it were taken for it.
        [InlineData("Date: a/b", "Host", "[h]")]
        [InlineData("Accept: x", "Origin", "absent")]
        [InlineData("Server: x", "Cookie", "absent")]
        [InlineData("Pragma: 100-continue", "Expect", "absent")]
        [InlineData("Warning: http://evil/", "Referer", "absent")]
        [InlineData("Referrr: http://evil/", "Referer", "absent")]
        [InlineData("Max-Forwards: text/html", "ContentType", "absent")]
        [InlineData("Cache-Control: Basic x", "Authorization", "absent")]
        [InlineData("Accept-Language: gzip", "AcceptEncoding", "absent")]
        [InlineData("Accept-Encodinf: gzip", "AcceptEncoding", "absent")]
        public void Only_the_exact_header_name_sets_a_field(string decoy, string field, string expected)
        {
            HttpRequest r = Parsed(decoy + "\r\n");
            ByteRange range = field switch
            {
                "Host" => r.Host,
                "Origin" => r.Origin,
                "Cookie" => r.Cookie,
                "Referer" => r.Referer,
                "ContentType" => r.ContentType,
                "Authorization" => r.Authorization,
                "AcceptEncoding" => r.AcceptEncoding,
                _ => ByteRange.None,
            };
            Assert.Equal(expected, Text(r, range));
            Assert.False(r.ExpectContinue);
            Assert.False(r.AcceptsGzip);
        }

        [Fact]
        public void Decoys_of_the_framing_headers_change_no_framing()
        {
            HttpRequest r = Parsed("Keep-Alive: close\r\nAccept-Charset: 5\r\nIf-Modified-Since: chunked\r\n");
            Assert.True(r.KeepAlive);
            Assert.Equal(0, r.ContentLength);
            Assert.False(r.HasContentLength);
            Assert.False(r.HasTransferEncoding);
        }

        [Fact]
        public void Every_field_is_read_whatever_the_case_of_its_name()
        {
            HttpRequest r = Parsed("oRIGIN: http://o\r\ncOOKIE: c=1\r\nrEFERER: http://r/\r\ncONTENT-tYPE: text/plain\r\n"
                + "aUTHORIZATION: Basic x\r\naCCEPT-eNCODING: gzip\r\ncONTENT-lENGTH: 7\r\ncONNECTION: close\r\neXPECT: 100-Continue\r\n");
            Assert.Equal("[http://o]|[c=1]|[http://r/]|[text/plain]|[Basic x]|[gzip]",
                string.Join("|", Text(r, r.Origin), Text(r, r.Cookie), Text(r, r.Referer), Text(r, r.ContentType), Text(r, r.Authorization), Text(r, r.AcceptEncoding)));
            Assert.Equal(7, r.ContentLength);
            Assert.False(r.KeepAlive);
            Assert.True(r.ExpectContinue);
            Assert.True(r.AcceptsGzip);
        }

        [Fact]
        public void Values_lose_leading_and_trailing_spaces_and_tabs_but_keep_inner_ones()
        {
            HttpRequest r = Parsed("Origin: \t http://o \t \r\nCookie:a b  \r\nReferer:\t\r\nContent-Type:  text/plain ; charset=x\t\r\n");
            Assert.Equal("[http://o]", Text(r, r.Origin));
            Assert.Equal("[a b]", Text(r, r.Cookie));
            Assert.Equal("[]", Text(r, r.Referer));
            Assert.Equal("[text/plain ; charset=x]", Text(r, r.ContentType));
        }

        [Theory]
        [InlineData("Content-Length: 12 ", 12)]
        [InlineData("Content-Length:\t12\t", 12)]
        [InlineData("Content-Length: 0012", 12)]
        public void Content_length_may_be_padded_with_spaces_around_it(string field, long expected)
        {
            Assert.Equal(expected, Parsed(field + "\r\n").ContentLength);
        }

        [Theory]
        [InlineData("Host: a b", "space inside")]
        [InlineData("Content-Length: 1 2", "space inside a number")]
        [InlineData("Content-Length: 1,1", "list")]
        public void Spaces_and_lists_inside_single_values_are_400(string field, string why)
        {
            Assert.True(Parse("GET / HTTP/1.1\r\n" + (field.StartsWith("Host") ? "" : "Host: h\r\n") + field + "\r\n\r\n", out _) == HttpStatus.BadRequest, why);
        }

        [Theory]
        [InlineData("close", false)]
        [InlineData(" close ", false)]
        [InlineData("keep-alive, close", false)]
        [InlineData("keep-alive ,\tclose\t", false)]
        [InlineData("Upgrade,close", false)]
        [InlineData("close , Upgrade", false)]
        [InlineData("close\t,Upgrade", false)]
        [InlineData("closed", true)]
        [InlineData("close-ish", true)]
        [InlineData("cl ose", true)]
        [InlineData(",,", true)]
        [InlineData("", true)]
        public void Connection_is_a_list_of_tokens_with_optional_spaces(string value, bool keepAlive)
        {
            Assert.Equal(keepAlive, Parsed("Connection: " + value + "\r\n").KeepAlive);
        }

        [Theory]
        [InlineData("keep-alive", true)]
        [InlineData(" Keep-Alive ", true)]
        [InlineData("foo , keep-alive", true)]
        [InlineData("keep-alive, close", false)]
        [InlineData("keep-alivex", false)]
        [InlineData("", false)]
        public void Http10_keeps_the_connection_only_when_asked(string value, bool keepAlive)
        {
            Assert.Equal(0, Parse("GET / HTTP/1.0\r\nConnection: " + value + "\r\n\r\n", out HttpRequest r));
            Assert.Equal(keepAlive, r.KeepAlive);
            Assert.True(r.IsHttp10);
        }

        [Theory]
        [InlineData(" gzip ", true)]
        [InlineData("br , gzip", true)]
        [InlineData("gzip ;q=0", false)]
        [InlineData("gzip;\tq=0", false)]
        [InlineData("gzip; q=0.0", false)]
        [InlineData("gzip; q=0.5", true)]
        [InlineData("gzip; Q=0", false)]
        [InlineData("gzip; q=00", false)]
        [InlineData("gzip; q=0.01", true)]
        [InlineData("gzip; q=1", true)]
        [InlineData("gzip; q=", true)]
        [InlineData("gzip; qq=0", true)]
        [InlineData("gzip; level=0", true)]
        [InlineData("gzip;q=0;x=1", false)]
        [InlineData("gzip; q=0 ", false)]
        [InlineData("* ;q=0 , gzip", true)]
        [InlineData("gzip;q=0, *", false)]
        [InlineData(" * ", true)]
        [InlineData("x-gzip ; q=1", true)]
        [InlineData("gzip , br", true)]
        [InlineData("gzip\t, br", true)]
        [InlineData("gzip;q=01", true)]
        [InlineData("gzip;q=0.0.", true)]
        [InlineData("gzip;q=0.000", false)]
        [InlineData("gzip;q=.0", true)]
        [InlineData("gzip;x=0", true)]
        [InlineData("gzip;qx=0", true)]
        public void Accept_encoding_lists_may_carry_spaces_and_parameters(string value, bool gzip)
        {
            Assert.Equal(gzip, Parsed("Accept-Encoding: " + value + "\r\n").AcceptsGzip);
        }

        [Fact]
        public void Exactly_the_header_count_limit_is_accepted_and_one_more_is_431()
        {
            var fields = new StringBuilder("GET / HTTP/1.1\r\nHost: h\r\n");
            for (int i = 1; i < 8; i++)
            {
                fields.Append("X-").Append(i).Append(": y\r\n");
            }
            Assert.Equal(0, Parse(fields + "\r\n", out _, maxHeaderCount: 8));
            Assert.Equal(HttpStatus.HeaderFieldsTooLarge, Parse(fields + "X-8: y\r\n\r\n", out _, maxHeaderCount: 8));
        }

        [Fact]
        public void Asterisk_form_is_only_for_options()
        {
            Assert.Equal(0, Parse("OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n", out HttpRequest r));
            Assert.Equal("*", r.GetString(r.Path));
            Assert.False(r.Query.IsPresent);
            foreach (string method in new[] { "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONX" })
            {
                Assert.True(Parse(method + " * HTTP/1.1\r\nHost: h\r\n\r\n", out _) == HttpStatus.BadRequest, method);
            }
            Assert.Equal(HttpStatus.BadRequest, Parse("OPTIONS ** HTTP/1.1\r\nHost: h\r\n\r\n", out _));
            Assert.Equal(HttpStatus.BadRequest, Parse("OPTIONS *x HTTP/1.1\r\nHost: h\r\n\r\n", out _));
        }

        [Theory]
        [InlineData("GET http:///x HTTP/1.1", "empty host")]
        [InlineData("GET http://:80/x HTTP/1.1", "port without host")]
        [InlineData("GET http:// HTTP/1.1", "nothing after the scheme")]
        [InlineData("GET http://h HTTP/1.1", "no path")]
        [InlineData("GET http://h?q HTTP/1.1", "query without path")]
        [InlineData("GET http://u@h/ HTTP/1.1", "userinfo")]
        [InlineData("GET https://h/ HTTP/1.1", "another scheme")]
        [InlineData("GET http:/h/ HTTP/1.1", "one slash")]
        public void Absolute_form_needs_a_host_and_a_path(string requestLine, string why)
        {
            Assert.True(Parse(requestLine + "\r\nHost: h\r\n\r\n", out _) == HttpStatus.BadRequest, why);
        }

        [Fact]
        public void Absolute_form_replaces_the_host_header()
        {
            Assert.Equal(0, Parse("GET HTTP://Portal:80/p?q=1 HTTP/1.1\r\nHost: other\r\n\r\n", out HttpRequest r));
            Assert.Equal("Portal:80", r.GetString(r.Host));
            Assert.Equal("/p", r.GetString(r.Path));
            Assert.Equal("q=1", r.GetString(r.Query));
        }

        [Theory]
        [InlineData("GET / HTTP/1.1\r\nHost:\r\n\r\n", "empty")]
        [InlineData("GET / HTTP/1.1\r\nHost:   \r\n\r\n", "only spaces")]
        public void An_empty_host_header_is_400(string head, string why)
        {
            Assert.True(Parse(head, out _) == HttpStatus.BadRequest, why);
        }

        [Fact]
        public void Http10_needs_no_host_but_a_given_one_is_read()
        {
            Assert.Equal(0, Parse("GET / HTTP/1.0\r\n\r\n", out HttpRequest r));
            Assert.False(r.Host.IsPresent);
            Assert.Equal(0, Parse("GET / HTTP/1.0\r\nHost: h10\r\n\r\n", out r));
            Assert.Equal("h10", r.GetString(r.Host));
        }

        [Fact]
        public void Repeated_optional_headers_keep_their_first_value_and_repeated_unique_ones_are_400()
        {
            HttpRequest r = Parsed("Cookie: a=1\r\nCookie: b=2\r\nReferer: http://one/\r\nReferer: http://two/\r\nAccept-Encoding: identity\r\nAccept-Encoding: gzip\r\n");
            Assert.Equal("a=1", r.GetString(r.Cookie));
            Assert.Equal("http://one/", r.GetString(r.Referer));
            Assert.False(r.AcceptsGzip);
            foreach (string unique in new[] { "Content-Type: a", "Authorization: a" })
            {
                Assert.True(Parse("GET / HTTP/1.1\r\nHost: h\r\n" + unique + "\r\n" + unique + "\r\n\r\n", out _) == HttpStatus.BadRequest, unique);
            }
            Assert.Equal(0, Parse("GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n", out r));
            Assert.Equal(3, r.ContentLength);
        }

        [Theory]
        [InlineData("GET / HTTP/1.1", 0)]
        [InlineData("GET / HTTP/1.0", 0)]
        [InlineData("GET / HTTP/1.9", 0)]
        [InlineData("GET / HTTP/2.0", HttpStatus.VersionNotSupported)]
        [InlineData("GET / HTTP/0.9", HttpStatus.VersionNotSupported)]
        [InlineData("GET / HTTP/1.1x", HttpStatus.BadRequest)]
        [InlineData("GET / HTTP/1", HttpStatus.BadRequest)]
        [InlineData("GET / HTTP/1,1", HttpStatus.BadRequest)]
        [InlineData("GET / HTTP/a.1", HttpStatus.BadRequest)]
        [InlineData("GET / HTTP/1.a", HttpStatus.BadRequest)]
        [InlineData("GET / HTTPS/1.1", HttpStatus.BadRequest)]
        [InlineData("GET /", HttpStatus.BadRequest)]
        [InlineData("GET", HttpStatus.BadRequest)]
        [InlineData("GET /x\tHTTP/1.1", HttpStatus.BadRequest)]
        [InlineData("GET /x#HTTP/1.1", HttpStatus.BadRequest)]
        [InlineData("GET /x\u007fHTTP/1.1", HttpStatus.BadRequest)]
        [InlineData("GET /a\u007f HTTP/1.1", HttpStatus.BadRequest)]
        [InlineData("GET /~!$&'()*+,;=:@%-._ HTTP/1.1", 0)]
        [InlineData("M9 / HTTP/1.1", 0)]
        [InlineData(" GET / HTTP/1.1", HttpStatus.BadRequest)]
        [InlineData("ABCDEFGHIJKLMNOP / HTTP/1.1", 0)]
        [InlineData("ABCDEFGHIJKLMNOPQ / HTTP/1.1", HttpStatus.BadRequest)]
        public void The_request_line_is_method_SP_target_SP_version(string requestLine, int status)
        {
            Assert.Equal(status, Parse(requestLine + "\r\nHost: h\r\n\r\n", out _));
        }

        [Fact]
        public void Request_helpers_answer_false_or_empty_for_an_absent_field()
        {
            HttpRequest r = Parsed("");
            Assert.False(r.RangeEquals(r.Origin, new byte[0]));
            Assert.False(r.RangeEqualsIgnoreCase(r.Origin, new byte[0]));
            Assert.False(r.ContentTypeIs(new byte[0]));
            Assert.False(r.IsFormUrlEncoded);
            Assert.Equal("", r.GetString(r.Origin));
            Assert.True(r.RangeEquals(r.Host, AsciiBytes.From("h")));
            Assert.True(r.RangeEqualsIgnoreCase(r.Host, AsciiBytes.From("h")));
            Assert.False(r.RangeEquals(r.Host, AsciiBytes.From("H")));
        }

        [Theory]
        [InlineData("text/plain", "text/plain", true)]
        [InlineData("Text/Plain ; charset=utf-8", "text/plain", true)]
        [InlineData("text/plain\t;x", "text/plain", true)]
        [InlineData("text/plain ;x", "text/plain", true)]
        [InlineData("text/plainer", "text/plain", false)]
        [InlineData("text/plai", "text/plain", false)]
        [InlineData(";text/plain", "text/plain", false)]
        [InlineData("", "", true)]
        public void Content_type_compares_the_media_type_before_its_parameters(string value, string media, bool expected)
        {
            Assert.Equal(expected, Parsed("Content-Type: " + value + "\r\n").ContentTypeIs(AsciiBytes.From(media)));
        }

        [Fact]
        public void Header_names_and_hosts_may_use_every_letter_and_digit()
        {
            HttpRequest r = Parsed("X-09AZaz: y\r\n", "GET http://AZaz09.example/ HTTP/1.1");
            Assert.Equal("AZaz09.example", r.GetString(r.Host));
            Assert.Equal(0, Parse("GET / HTTP/1.1\r\nHost: ZA-az.09:80\r\n\r\n", out r));
            Assert.Equal("ZA-az.09:80", r.GetString(r.Host));
        }

        [Fact]
        public void A_new_request_object_is_empty()
        {
            var r = new HttpRequest(new byte[8]);
            Assert.False(r.Host.IsPresent || r.Path.IsPresent || r.Origin.IsPresent || r.Body.IsPresent);
            Assert.False(r.IsHttp10 || r.KeepAlive || r.AcceptsGzip);
            Assert.Equal(HttpMethod.Other, r.Method);
        }

        [Fact]
        public void A_failed_parse_leaves_nothing_of_the_previous_request()
        {
            byte[] good = Encoding.ASCII.GetBytes("GET / HTTP/1.0\r\nConnection: keep-alive\r\nAccept-Encoding: gzip\r\n\r\n");
            var r = new HttpRequest(good);
            Assert.Equal(0, HttpRequestParser.Parse(good, good.Length, r, 48));
            Assert.True(r.IsHttp10 && r.KeepAlive && r.AcceptsGzip);

            byte[] bad = Encoding.ASCII.GetBytes("GET /\t HTTP/1.0\r\n\r\n");
            r.SetBuffer(bad);
            Assert.Equal(HttpStatus.BadRequest, HttpRequestParser.Parse(bad, bad.Length, r, 48));
            Assert.False(r.IsHttp10 || r.KeepAlive || r.AcceptsGzip);
        }

        [Theory]
        [InlineData("portal", "portal", true)]
        [InlineData("Portal:80", "pORTAL", true)]
        [InlineData("portal", "portal:80", true)]
        [InlineData("portal", "portax", false)]
        [InlineData("portal", "xortal", false)]
        [InlineData("portal:8080", "portal", false)]
        [InlineData(":80", "", false)]
        [InlineData("", ":80", false)]
        [InlineData("a:80", "a", true)]
        public void Hosts_compare_without_case_and_without_an_explicit_port_80(string a, string b, bool equal)
        {
            byte[] left = Encoding.ASCII.GetBytes("<" + a + ">");
            byte[] right = Encoding.ASCII.GetBytes(b);
            Assert.Equal(equal, HttpSyntax.HostEquals(left, 1, a.Length, right, 0, right.Length));
        }

        [Fact]
        public void Response_header_names_and_values_are_spelled_as_on_the_wire()
        {
            string[] expected =
            {
                "Content-Type", "Content-Encoding", "Cache-Control", "Location", "Allow", "Vary", "WWW-Authenticate", "Set-Cookie",
                "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Content-Security-Policy", "Access-Control-Allow-Origin",
                "Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
                "text/html; charset=utf-8", "text/plain; charset=utf-8", "application/json", "application/captive+json", "gzip",
                "Accept-Encoding", "no-store", "nosniff", "DENY", "application/x-www-form-urlencoded",
            };
            byte[][] actual =
            {
                HttpHeaders.ContentType, HttpHeaders.ContentEncoding, HttpHeaders.CacheControl, HttpHeaders.Location, HttpHeaders.Allow,
                HttpHeaders.Vary, HttpHeaders.WwwAuthenticate, HttpHeaders.SetCookie, HttpHeaders.XContentTypeOptions, HttpHeaders.XFrameOptions,
                HttpHeaders.ReferrerPolicy, HttpHeaders.ContentSecurityPolicy, HttpHeaders.AccessControlAllowOrigin,
                HttpHeaders.AccessControlAllowMethods, HttpHeaders.AccessControlAllowHeaders,
                HttpHeaderValues.TextHtml, HttpHeaderValues.TextPlain, HttpHeaderValues.Json, HttpHeaderValues.CaptiveJson, HttpHeaderValues.Gzip,
                HttpHeaderValues.AcceptEncoding, HttpHeaderValues.NoStore, HttpHeaderValues.NoSniff, HttpHeaderValues.Deny,
                HttpHeaderValues.FormUrlEncoded,
            };
            Assert.Equal(expected, System.Array.ConvertAll(actual, a => Encoding.ASCII.GetString(a)));
        }

        [Fact]
        public void The_parser_resets_the_request_it_fills()
        {
            Assert.Equal(0, Parse("POST /a?b HTTP/1.0\r\nConnection: keep-alive\r\nOrigin: o\r\nContent-Length: 3\r\nExpect: 100-continue\r\nAccept-Encoding: gzip\r\n\r\n", out HttpRequest r));
            byte[] second = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
            r.SetBuffer(second);
            Assert.Equal(0, HttpRequestParser.Parse(second, second.Length, r, 48));
            Assert.False(r.Origin.IsPresent || r.Query.IsPresent || r.ExpectContinue || r.AcceptsGzip || r.HasContentLength || r.IsHttp10 || r.KeepAlive);
            Assert.Equal(0, r.ContentLength);
            Assert.Equal(HttpMethod.Get, r.Method);
        }
    }
}
