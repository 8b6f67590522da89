namespace BlynkWM.Http
{
    /// <summary>Request methods as bit flags, so a route's allowed set is one int.</summary>
    public static class HttpMethod
    {
        /// <summary>A syntactically valid method this server has no flag for; matches no route.</summary>
        public const int Other = 0;
        /// <summary>GET; a route allowing it also serves HEAD.</summary>
        public const int Get = 1;
        /// <summary>HEAD: answered by the GET handler, without the body.</summary>
        public const int Head = 2;
        /// <summary>POST (form saves).</summary>
        public const int Post = 4;
        /// <summary>PUT.</summary>
        public const int Put = 8;
        /// <summary>DELETE.</summary>
        public const int Delete = 16;
        /// <summary>OPTIONS: the router answers it for every known path (204 with Allow) without calling a handler.</summary>
        public const int Options = 32;
        /// <summary>PATCH.</summary>
        public const int Patch = 64;

        private static readonly byte[] GetName = AsciiBytes.From("GET");
        private static readonly byte[] HeadName = AsciiBytes.From("HEAD");
        private static readonly byte[] PostName = AsciiBytes.From("POST");
        private static readonly byte[] PutName = AsciiBytes.From("PUT");
        private static readonly byte[] DeleteName = AsciiBytes.From("DELETE");
        private static readonly byte[] OptionsName = AsciiBytes.From("OPTIONS");
        private static readonly byte[] PatchName = AsciiBytes.From("PATCH");

        /// <summary>Methods are case-sensitive (RFC 9110 9.1): "get" is a different, unknown method.</summary>
        public static int Parse(byte[] buffer, int offset, int length)
        {
            if (AsciiBytes.Equal(buffer, offset, length, GetName)) return Get;
            if (AsciiBytes.Equal(buffer, offset, length, PostName)) return Post;
            if (AsciiBytes.Equal(buffer, offset, length, HeadName)) return Head;
            if (AsciiBytes.Equal(buffer, offset, length, PutName)) return Put;
            if (AsciiBytes.Equal(buffer, offset, length, DeleteName)) return Delete;
            if (AsciiBytes.Equal(buffer, offset, length, OptionsName)) return Options;
            if (AsciiBytes.Equal(buffer, offset, length, PatchName)) return Patch;
            return Other;
        }

        /// <summary>An Allow header value such as "GET, HEAD, POST"; built once per route.</summary>
        public static byte[] AllowValue(int methods)
        {
            string s = string.Empty;
            if ((methods & Get) != 0) s = Append(s, "GET");
            if ((methods & (Get | Head)) != 0) s = Append(s, "HEAD");
            if ((methods & Post) != 0) s = Append(s, "POST");
            if ((methods & Put) != 0) s = Append(s, "PUT");
            if ((methods & Delete) != 0) s = Append(s, "DELETE");
            if ((methods & Patch) != 0) s = Append(s, "PATCH");
            s = Append(s, "OPTIONS");
            return AsciiBytes.From(s);
        }

        private static string Append(string list, string name)
        {
            return list.Length == 0 ? name : list + ", " + name;
        }
    }
}
