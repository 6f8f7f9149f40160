using System.Net;
using System.Text;
using DiplomacySim.Client;

namespace DiplomacySim.Client.Tests;

/// <summary>
/// What the client does when something between it and the server (a proxy, a load balancer) answers
/// instead of the server. The handler below plays that proxy; the real server never sends these.
/// </summary>
public sealed class NonProblemAnswersTests
{
    [Fact]
    public async Task APlainTextGatewayError_IsKeptAsResponseText()
    {
        var client = ClientAnswering(HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>", "text/html");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => client.ListGamesAsync());

        error.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        error.Code.ShouldBeNull();
        error.Title.ShouldBeNull();
        error.ResponseText.ShouldBe("<html><body>502 Bad Gateway</body></html>");
        error.Message.ShouldContain("502 Bad Gateway");
    }

    [Fact]
    public async Task ALongBody_IsCutWithAnEllipsis()
    {
        var client = ClientAnswering(HttpStatusCode.ServiceUnavailable, new string('x', 5_000), "text/plain");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => client.ListGamesAsync());

        error.ResponseText!.Length.ShouldBe(DiplomacySimApiException.MaxResponseTextLength);
        error.ResponseText.ShouldEndWith("…");
    }

    [Fact]
    public async Task AnEmptyBody_StillGivesAReadableMessage()
    {
        var client = ClientAnswering(HttpStatusCode.TooManyRequests, "", "text/plain");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => client.ListGamesAsync());

        error.Message.ShouldBe("The server answered 429 (TooManyRequests) with no problem details.");
    }

    private static DiplomacySimClient ClientAnswering(HttpStatusCode status, string body, string mediaType) =>
        new(new HttpClient(new FixedAnswer(status, body, mediaType)) { BaseAddress = new Uri("http://proxy.invalid/") }, "token");

    private sealed class FixedAnswer(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType), RequestMessage = request });
    }
}
