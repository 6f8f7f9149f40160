using System.Text.RegularExpressions;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Browser.Tests;

/// <summary>What a user does in the browser, in the words of the page's labels and buttons.</summary>
internal static partial class Ui
{
    public const string Game = TestWorld.Slug;

    /// <summary>Opens a view by its link in the top bar: the page routes itself, nothing reloads.</summary>
    public static Task OpenAsync(this IPage page, string link) =>
        page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();

    /// <summary>Marks the document, so that a test can tell later that the page was never reloaded.</summary>
    public static Task MarkDocumentAsync(this IPage page) => page.EvaluateAsync("() => { window.__sameDocument = true; }");

    public static Task<bool> IsSameDocumentAsync(this IPage page) => page.EvaluateAsync<bool>("() => window.__sameDocument === true");

    public static ILocator Cell(this IPage page, string from, string to) => page.GetByTestId($"cell-{from}-{to}");

    /// <summary>Starts a letter on the desk: recipient, subject and body, and one empty clause of <paramref name="kind"/>.</summary>
    public static async Task<ILocator> StartLetterAsync(this IPage page, Guid toMinistry, string subject, string body, string kind)
    {
        await page.OpenAsync("My desk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Write a communique" }).ClickAsync();
        await page.GetByLabel("To", new() { Exact = true }).SelectOptionAsync(toMinistry.ToString());
        await page.GetByLabel("Subject", new() { Exact = true }).FillAsync(subject);
        await page.GetByLabel("Letter", new() { Exact = true }).FillAsync(body);
        await page.GetByLabel("Kind of clause to add").SelectOptionAsync(kind);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add clause" }).ClickAsync();
        // By position, not .Last: a locator is resolved anew at each use, and more clauses may follow.
        var clauses = page.Locator("fieldset.clause");
        return clauses.Nth(await clauses.CountAsync() - 1);
    }

    /// <summary>Fills a basing clause: the installations by name, the caps and SIGINT.</summary>
    public static async Task FillBasingAsync(this ILocator clause, string installation, int peacetime, int emergency)
    {
        await clause.GetByLabel(installation).CheckAsync();
        await clause.GetByLabel("Peacetime personnel cap").FillAsync(peacetime.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await clause.GetByLabel("Emergency personnel cap").FillAsync(emergency.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await clause.GetByLabel("Signals intelligence (SIGINT)", new() { Exact = true }).CheckAsync();
    }

    public static ILocator CommuniqueItem(this IPage page, string subject) =>
        page.GetByTestId("communique-item").Filter(new() { HasText = subject });

    /// <summary>The score as the matrix writes it: +15, 0, -10.</summary>
    public static string Signed(int score) => score > 0 ? $"+{score}" : score.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Guid Ministry(this GameWorld world, string nation) => TestWorld.Ministry(world, nation);

    [GeneratedRegex("may be sent")]
    public static partial Regex MayBeSent();
}
