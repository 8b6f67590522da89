// Usage: BlynkWM.Benchmarks.Kestrel <port> <body-file> <content-encoding or "-">
// Serves the file's bytes for GET / with the same headers the portal sends, and nothing else.
using System;
using System.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

int port = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
byte[] body = File.ReadAllBytes(args[1]);
string encoding = args.Length > 2 ? args[2] : "-";

WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls("http://127.0.0.1:" + port);
WebApplication app = builder.Build();
app.MapGet("/", async (HttpContext context) =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.Headers.CacheControl = "no-store";
    if (encoding != "-")
    {
        context.Response.Headers.ContentEncoding = encoding;
        context.Response.Headers.Vary = "Accept-Encoding";
    }

    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body);
});
// Announce only once the socket is bound, so the load generator never races the startup.
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine("listening"));
app.Run();
