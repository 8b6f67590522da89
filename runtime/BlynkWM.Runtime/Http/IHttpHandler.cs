namespace BlynkWM.Http
{
    /// <summary>
    /// Answers one request. Called on the thread that runs <see cref="HttpServer.Poll"/>; must not block.
    /// Write the answer with <see cref="HttpResponseWriter.Start"/>, headers, then body; a handler that writes
    /// nothing, or throws, produces a 500.
    /// </summary>
    public interface IHttpHandler
    {
        /// <summary>Writes the answer to <paramref name="request"/> into <paramref name="response"/>; the request's ranges are valid only during this call.</summary>
        void Handle(HttpRequest request, HttpResponseWriter response);
    }
}
