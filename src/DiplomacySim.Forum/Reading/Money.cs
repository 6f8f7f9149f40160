using System.Text.RegularExpressions;

namespace DiplomacySim.Forum.Reading;

/// <summary>Amounts of money with their currency: "USD 450 million", "$2.5 billion", "300 million euros".</summary>
internal static partial class Money
{
    [GeneratedRegex(@"(?:(?:USD|US\$|AUD|A\$|EUR|RUB|CNY|GBP|JPY|INR|IDR|THB|PHP|EGP|CHF|NOK|BRL|\$|€|£|¥)\s?\d[\d.,  ]{0,24}(?:\s*(?:million|billion|bn|m|thousand))?|\d[\d.,  ]{0,24}(?:\s*(?:million|billion|bn|thousand))?\s*(?:dollars|euros|roubles|rubles|yuan|pounds|yen|rupees|rupiah|baht|pesos|lira|francs|kroner|reais|USD|AUD|EUR|RUB|CNY|CHF|NOK))", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?<![\p{L}])(?:USD|US\$|AUD|A\$|EUR|RUB|CNY|GBP|JPY|INR|IDR|EGP|CHF|NOK|BRL|KZT|MNT|CLP|ARS|PHP|VND|THB|dollars?|euros?|roubles|rubles|yuan|renminbi|pounds|yen|rupees|rupiah|baht|pesos|lira|francs|kroner|kronor|reais)(?![\p{L}])|[$€£¥]", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CurrencyWord();

    public static bool In(string text) => Amount().IsMatch(text);

    /// <summary>The first amount in the text, with its currency (USD when only a number is said in dollars' sign).</summary>
    public static (decimal Amount, string Currency, int End)? First(string text)
    {
        var money = Amount().Match(text);
        if (!money.Success)
            return null;
        var number = Numbers.In(money.Value, 0, money.Value.Length).FirstOrDefault();
        return (number?.Value ?? 0, Currency(money.Value) ?? "USD", money.Index + money.Length);
    }

    public static string? Currency(string text) =>
        CurrencyWord().Match(text) is { Success: true } match
            ? match.Value.ToLowerInvariant() switch
            {
                "usd" or "us$" or "$" or "dollars" or "dollar" => "USD",
                "eur" or "€" or "euros" or "euro" => "EUR",
                "rub" or "roubles" or "rubles" => "RUB",
                "cny" or "yuan" or "renminbi" => "CNY",
                "gbp" or "£" or "pounds" => "GBP",
                "jpy" or "¥" or "yen" => "JPY",
                "inr" or "rupees" => "INR",
                "aud" or "a$" => "AUD",
                "idr" or "rupiah" => "IDR",
                "thb" or "baht" => "THB",
                "php" or "pesos" => "PHP",
                "lira" => "TRY",
                "vnd" => "VND",
                "chf" or "francs" => "CHF",
                "nok" or "kroner" => "NOK",
                "brl" or "reais" => "BRL",
                var code => code.ToUpperInvariant(),
            }
            : null;
}
