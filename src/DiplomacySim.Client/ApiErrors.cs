namespace DiplomacySim.Client;

/// <summary>Turns an error response into a <see cref="DiplomacySimApiException"/>.</summary>
internal static class ApiErrors
{
    public static async Task<DiplomacySimApiException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var problem = ProblemBody.TryParse(text);
        return new DiplomacySimApiException(response.StatusCode, problem, problem is null ? Trim(text) : null);
    }

    // Keeps at most MaxResponseTextLength characters, the last one an ellipsis when cut.
    private static string Trim(string text)
    {
        text = text.Trim();
        if (text.Length <= DiplomacySimApiException.MaxResponseTextLength)
            return text;
        var keep = DiplomacySimApiException.MaxResponseTextLength - 1;
        if (char.IsHighSurrogate(text[keep - 1]))
            keep--;
        return string.Concat(text.AsSpan(0, keep), "…");
    }
}
