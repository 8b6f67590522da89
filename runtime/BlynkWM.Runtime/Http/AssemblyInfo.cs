// The request parser is tested directly as well as through the server: some of its checks (a bare LF inside the head)
// sit behind the connection's own, so only a direct test can show that they hold on their own.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("BlynkWM.Http.Tests")]
// The form reader's tests build a request directly.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("BlynkWM.Portal.Tests")]
