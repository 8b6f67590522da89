namespace BlynkWM.Http
{
    /// <summary>
    /// Header names for <see cref="HttpResponseWriter.Header(byte[], byte[])"/>, as static bytes. Internal because
    /// shared arrays handed out publicly could be overwritten by any handler, corrupting every later response; an
    /// application's handlers make their own with <see cref="AsciiBytes.From"/>.
    /// </summary>
    internal static class HttpHeaders
    {
        public static readonly byte[] ContentType = AsciiBytes.From("Content-Type");
        public static readonly byte[] ContentEncoding = AsciiBytes.From("Content-Encoding");
        public static readonly byte[] CacheControl = AsciiBytes.From("Cache-Control");
        public static readonly byte[] Location = AsciiBytes.From("Location");
        public static readonly byte[] Allow = AsciiBytes.From("Allow");
        public static readonly byte[] Vary = AsciiBytes.From("Vary");
        public static readonly byte[] WwwAuthenticate = AsciiBytes.From("WWW-Authenticate");
        public static readonly byte[] SetCookie = AsciiBytes.From("Set-Cookie");
        public static readonly byte[] XContentTypeOptions = AsciiBytes.From("X-Content-Type-Options");
        public static readonly byte[] XFrameOptions = AsciiBytes.From("X-Frame-Options");
        public static readonly byte[] ReferrerPolicy = AsciiBytes.From("Referrer-Policy");
        public static readonly byte[] ContentSecurityPolicy = AsciiBytes.From("Content-Security-Policy");
        public static readonly byte[] AccessControlAllowOrigin = AsciiBytes.From("Access-Control-Allow-Origin");
        public static readonly byte[] AccessControlAllowMethods = AsciiBytes.From("Access-Control-Allow-Methods");
        public static readonly byte[] AccessControlAllowHeaders = AsciiBytes.From("Access-Control-Allow-Headers");
    }

    /// <summary>Common header values as static bytes (internal for the same reason as <see cref="HttpHeaders"/>).</summary>
    internal static class HttpHeaderValues
    {
        public static readonly byte[] TextHtml = AsciiBytes.From("text/html; charset=utf-8");
        public static readonly byte[] TextPlain = AsciiBytes.From("text/plain; charset=utf-8");
        public static readonly byte[] Json = AsciiBytes.From("application/json");
        public static readonly byte[] CaptiveJson = AsciiBytes.From("application/captive+json");
        public static readonly byte[] Gzip = AsciiBytes.From("gzip");
        public static readonly byte[] AcceptEncoding = AsciiBytes.From("Accept-Encoding");
        public static readonly byte[] NoStore = AsciiBytes.From("no-store");
        public static readonly byte[] NoSniff = AsciiBytes.From("nosniff");
        public static readonly byte[] Deny = AsciiBytes.From("DENY");
        public static readonly byte[] FormUrlEncoded = AsciiBytes.From("application/x-www-form-urlencoded");
    }
}
