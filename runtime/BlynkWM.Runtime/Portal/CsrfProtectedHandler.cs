using BlynkWM.Http;

namespace BlynkWM.Portal
{
    /// <summary>
    /// Runs <see cref="CsrfGuard.VerifyForm"/> before a form handler for every method other than GET, HEAD and
    /// OPTIONS, answering 403 when it fails; the inner handler then only sees genuine form posts.
    /// </summary>
    public sealed class CsrfProtectedHandler : IHttpHandler
    {
        private readonly CsrfGuard _guard;
        private readonly IHttpHandler _inner;
        private readonly UrlEncodedFormReader _reader = new UrlEncodedFormReader(16, CsrfGuard.TokenLength + 8);

        /// <summary>Checks every POST against <paramref name="guard"/> before <paramref name="inner"/> sees it.</summary>
        public CsrfProtectedHandler(CsrfGuard guard, IHttpHandler inner)
        {
            _guard = guard;
            _inner = inner;
        }

        /// <summary>Answers 403 to a POST without a matching token or with a foreign origin; passes everything else to the inner handler.</summary>
        public void Handle(HttpRequest request, HttpResponseWriter response)
        {
            int m = request.Method;
            if (m != HttpMethod.Get && m != HttpMethod.Head && m != HttpMethod.Options && !_guard.VerifyForm(request, _reader))
            {
                CsrfGuard.WriteForbidden(response);
                return;
            }
            _inner.Handle(request, response);
        }
    }
}
