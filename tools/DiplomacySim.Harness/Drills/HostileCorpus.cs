using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DiplomacySim.Harness.Drills;

/// <summary>One generated bad request: what it is, which family of abuse it belongs to, and who sends it.</summary>
public sealed record HostileRequest(string Family, string Endpoint, HttpMethod Method, string Path, byte[]? Body, string? ContentType, string? Token);

/// <summary>The ids the corpus aims at: the demo game's, and another game's, which must never be reachable through the demo's paths.</summary>
public sealed record HostileTargets(string Game, string Token, string SpectatorToken, Guid FromMinistry, Guid ToMinistry, Guid Communique, Guid Agreement,
    string OtherGame, Guid OtherMinistry, Guid OtherCommunique);

/// <summary>
/// Generates bad requests across every endpoint, deterministically (a fixed seed), so that a 5xx
/// found once is found again. Families: malformed JSON, wrong types, huge numbers and strings, deep
/// nesting, invalid Unicode, unknown ids, another game's ids, injection, bad paths and queries,
/// bad credentials and content types.
/// </summary>
public sealed class HostileCorpus(HostileTargets t, int seed = 7)
{
    private const string Hole = "@@HOSTILE@@";
    private readonly Random random = new(seed);

    private static readonly string[] HostileValues =
    [
        "12345678901234567890123456789", "-1", "0", "1.5", "-2147483649", "2147483648", "9223372036854775808", "1e308", "-1e308", "1e400",
        "true", "null", "[]", "{}", "\"\"", "\" \"", "\"x\"", "[1,2,3]", "[null]", "{\"kind\":null}", "\"00000000-0000-0000-0000-000000000000\"",
        "\"not-a-guid\"", "\"2018-13-45\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"a\\u0000b\"", "\"𝔘𝔫𝔦𝔠𝔬𝔡𝔢\"",
    ];

    private static readonly string[] Injections =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "[url=javascript:alert(1)]click[/url]", "[img]javascript:alert(1)[/img]",
        "[quote][quote][quote][b][i][u]unclosed", "'; DROP TABLE \"Communiques\"; --", "' OR '1'='1", "{{7*7}}", "${jndi:ldap://127.0.0.1/x}",
        "%s%s%s%n", "\u202Eevil\u202C", "[size=999999]huge[/size]", "[color=#000000;background:url(javascript:alert(1))]x[/color]",
    ];

    public IEnumerable<HostileRequest> Generate(int count)
    {
        var families = new Func<HostileRequest>[] { Malformed, WrongType, HugeNumber, HugeString, DeepNesting, InvalidUnicode, UnknownIds, OtherGameIds, Injection, BadPathOrQuery, BadCredentialsOrType };
        for (var i = 0; i < count; i++)
            yield return families[i % families.Length]();
    }

    // --- the endpoints with a body, as valid templates the families then spoil ---

    private (string Endpoint, HttpMethod Method, string Path, JsonObject Body) Template()
    {
        var g = $"api/games/{t.Game}";
        return random.Next(8) switch
        {
            // Not a real account: ten failed logins lock a real one for minutes, which would end the drill.
            0 => ("login", HttpMethod.Post, "api/auth/login", new JsonObject { ["userName"] = "intruder", ["password"] = "wrong" }),
            1 => ("check", HttpMethod.Post, $"{g}/communiques/check", Communique()),
            2 => ("send", HttpMethod.Post, $"{g}/communiques", Communique()),
            3 => ("respond", HttpMethod.Post, $"{g}/communiques/{t.Communique}/responses", new JsonObject
            {
                ["fromMinistry"] = t.ToMinistry.ToString(),
                ["body"] = "Noted.",
                ["responses"] = new JsonArray(new JsonObject { ["clauseIndex"] = 0, ["decision"] = "counter", ["counter"] = Clause() }),
            }),
            4 => ("ratify", HttpMethod.Post, $"{g}/agreements/{t.Agreement}/ratify", new JsonObject { ["ruling"] = "Ratified." }),
            5 => ("veto", HttpMethod.Post, $"{g}/agreements/{t.Agreement}/veto", new JsonObject { ["ruling"] = "Vetoed." }),
            6 => ("clock", HttpMethod.Post, $"{g}/clock", new JsonObject { ["days"] = 1 }),
            _ => ("import", HttpMethod.Post, $"{g}/communiques/import", new JsonObject { ["text"] = "Dear Minister, we request access to Yên Bái Air Base.", ["format"] = "auto" }),
        };
    }

    private JsonObject Communique() => new()
    {
        ["fromMinistry"] = t.FromMinistry.ToString(),
        ["toMinistry"] = t.ToMinistry.ToString(),
        ["subject"] = "harness hostile",
        ["classification"] = "public",
        ["body"] = "A note.",
        ["clauses"] = new JsonArray(Clause()),
        ["inReplyTo"] = null,
    };

    private JsonObject Clause() => random.Next(7) switch
    {
        0 => new JsonObject { ["kind"] = "basingRights", ["installations"] = new JsonArray(Guid.NewGuid().ToString()), ["peacetimePersonnelCap"] = 100, ["emergencyPersonnelCap"] = 200, ["capabilities"] = new JsonArray("sigint"), ["termYears"] = 5 },
        1 => new JsonObject { ["kind"] = "protectingPower", ["protectedState"] = "RUS", ["hostState"] = "THA", ["scope"] = "both" },
        2 => new JsonObject { ["kind"] = "tradeAgreement", ["sectors"] = new JsonArray("energy"), ["tariffChangePercent"] = -5, ["settlementCurrency"] = "RUB" },
        3 => new JsonObject { ["kind"] = "refuelingRights", ["assets"] = new JsonArray("air"), ["area"] = "Pacific", ["installations"] = new JsonArray() },
        4 => new JsonObject { ["kind"] = "delegationVisit", ["headOfDelegation"] = "A Deputy Prime Minister", ["size"] = 20, ["city"] = "Hanoi", ["proposedDate"] = "2018-11-01" },
        5 => new JsonObject { ["kind"] = "investment", ["sector"] = "energy", ["amount"] = 1000000, ["currency"] = "USD" },
        _ => new JsonObject { ["kind"] = "cooperation", ["sector"] = "cultural", ["statement"] = "Orchestras." },
    };

    private HostileRequest Json(string family, (string Endpoint, HttpMethod Method, string Path, JsonObject Body) template, string body, string? token = null) =>
        new(family, template.Endpoint, template.Method, template.Path, Encoding.UTF8.GetBytes(body), "application/json", token ?? TokenFor(template.Endpoint));

    private string? TokenFor(string endpoint) => endpoint == "login" ? null : t.Token;

    /// <summary>A property anywhere in the body (clauses included) set to a raw JSON text.</summary>
    private string Spoil(JsonObject body, string raw)
    {
        var objects = new List<JsonObject>();
        void Collect(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                objects.Add(o);
                foreach (var p in o)
                    Collect(p.Value);
            }
            else if (node is JsonArray a)
            {
                foreach (var item in a)
                    Collect(item);
            }
        }
        Collect(body);
        var target = objects[random.Next(objects.Count)];
        var names = target.Select(p => p.Key).ToList();
        target[names[random.Next(names.Count)]] = Hole;
        return body.ToJsonString().Replace($"\"{Hole}\"", raw, StringComparison.Ordinal);
    }

    // --- the families ---

    private HostileRequest Malformed()
    {
        var template = Template();
        var valid = template.Body.ToJsonString();
        string[] bodies = ["", "{", "}", "null", "[]", "\"text\"", "42", valid[..(valid.Length / 2)], valid + "}", valid.Replace(":", "", StringComparison.Ordinal),
            "{\"a\":}", "{'single':'quotes'}", "{\"x\":1,}", valid.Replace("\"", "'", StringComparison.Ordinal), "\u0000\u0001\u0002", "{\"__proto__\":{}}",
            valid.Insert(1, "\"kind\":\"basingRights\","), "{\"clauses\":[{\"kind\":\"cooperation\",\"kind\":\"investment\"}]}"];
        return Json("malformed JSON", template, bodies[random.Next(bodies.Length)]);
    }

    private HostileRequest WrongType()
    {
        var template = Template();
        return Json("wrong types", template, Spoil(template.Body, HostileValues[random.Next(HostileValues.Length)]));
    }

    private HostileRequest HugeNumber()
    {
        var template = Template();
        string[] numbers = ["1" + new string('0', 400), "-" + new string('9', 5000), "1e999999", "0." + new string('0', 10000) + "1", "79228162514264337593543950336", "-79228162514264337593543950336", "2147483647", "-2147483648"];
        return Json("huge numbers", template, Spoil(template.Body, numbers[random.Next(numbers.Length)]));
    }

    private HostileRequest HugeString()
    {
        var template = Template();
        var size = new[] { 20_001, 100_000, 1_000_000, 5_000_000 }[random.Next(4)];
        var text = JsonSerializer.Serialize(new string('Ж', size));
        if (random.Next(4) == 0)
        {
            // Many clauses, or a clause with a very long list.
            var body = template.Endpoint is "send" or "check" ? Communique() : template.Body;
            if (body["clauses"] is JsonArray clauses)
                for (var i = 0; i < 2_000; i++)
                    clauses.Add(Clause());
            return Json("huge strings", template, body.ToJsonString());
        }
        return Json("huge strings", template, Spoil(template.Body, text));
    }

    private HostileRequest DeepNesting()
    {
        var template = Template();
        var depth = new[] { 65, 200, 5_000, 100_000 }[random.Next(4)];
        var deep = random.Next(2) == 0 ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        return Json("deep nesting", template, random.Next(3) == 0 ? deep : Spoil(template.Body, deep));
    }

    private HostileRequest InvalidUnicode()
    {
        var template = Template();
        var body = Encoding.UTF8.GetBytes(Spoil(template.Body, $"\"{Hole}\""));
        byte[][] bad = [[0xFF, 0xFE], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80], [0xE2, 0x82]];
        var at = Encoding.UTF8.GetBytes($"\"{Hole}\"");
        var index = body.AsSpan().IndexOf(at);
        var spoiled = body[..(index + 1)].Concat(bad[random.Next(bad.Length)]).Concat(body[(index + at.Length - 1)..]).ToArray();
        return new HostileRequest("invalid Unicode", template.Endpoint, template.Method, template.Path, spoiled, "application/json", TokenFor(template.Endpoint));
    }

    private HostileRequest UnknownIds()
    {
        var unknown = Guid.NewGuid();
        var g = $"api/games/{t.Game}";
        (string, HttpMethod, string, string?)[] choices =
        [
            ("game", HttpMethod.Get, $"api/games/{unknown}", null),
            ("communique", HttpMethod.Get, $"{g}/communiques/{unknown}", null),
            ("export", HttpMethod.Get, $"{g}/communiques/{unknown}/export?format=bbcode", null),
            ("agreement export", HttpMethod.Get, $"{g}/agreements/{unknown}/export", null),
            ("respond", HttpMethod.Post, $"{g}/communiques/{unknown}/responses", $"{{\"fromMinistry\":\"{unknown}\",\"body\":\"x\",\"responses\":[{{\"clauseIndex\":0,\"decision\":\"accept\"}}]}}"),
            ("ratify", HttpMethod.Post, $"{g}/agreements/{unknown}/ratify", "{\"ruling\":\"x\"}"),
            ("send", HttpMethod.Post, $"{g}/communiques", Communique().ToJsonString().Replace(t.ToMinistry.ToString(), unknown.ToString(), StringComparison.Ordinal)),
            ("send", HttpMethod.Post, $"{g}/communiques", Communique().ToJsonString().Replace("null", $"\"{unknown}\"", StringComparison.Ordinal)),
            ("relation", HttpMethod.Get, $"{g}/relations/ZZZ/QQQ", null),
            ("send", HttpMethod.Post, $"api/games/no-such-game/communiques", Communique().ToJsonString()),
        ];
        var (endpoint, method, path, body) = choices[random.Next(choices.Length)];
        return new HostileRequest("unknown ids", endpoint, method, path, body is null ? null : Encoding.UTF8.GetBytes(body), body is null ? null : "application/json", t.Token);
    }

    private HostileRequest OtherGameIds()
    {
        var g = $"api/games/{t.Game}";
        var communique = Communique().ToJsonString();
        (string, HttpMethod, string, string?)[] choices =
        [
            ("communique", HttpMethod.Get, $"{g}/communiques/{t.OtherCommunique}", null),
            ("export", HttpMethod.Get, $"{g}/communiques/{t.OtherCommunique}/export?format=markdown", null),
            ("respond", HttpMethod.Post, $"{g}/communiques/{t.OtherCommunique}/responses", $"{{\"fromMinistry\":\"{t.ToMinistry}\",\"body\":\"x\",\"responses\":[{{\"clauseIndex\":0,\"decision\":\"accept\"}}]}}"),
            ("send", HttpMethod.Post, $"{g}/communiques", communique.Replace(t.ToMinistry.ToString(), t.OtherMinistry.ToString(), StringComparison.Ordinal)),
            ("send", HttpMethod.Post, $"{g}/communiques", communique.Replace(t.FromMinistry.ToString(), t.OtherMinistry.ToString(), StringComparison.Ordinal)),
            ("send", HttpMethod.Post, $"{g}/communiques", communique.Replace("null", $"\"{t.OtherCommunique}\"", StringComparison.Ordinal)),
            ("game", HttpMethod.Get, $"api/games/{t.OtherGame}", null),
            ("events", HttpMethod.Get, $"api/games/{t.OtherGame}/events?after=0", null),
            ("send", HttpMethod.Post, $"api/games/{t.OtherGame}/communiques", communique),
        ];
        var (endpoint, method, path, body) = choices[random.Next(choices.Length)];
        return new HostileRequest("another game's ids", endpoint, method, path, body is null ? null : Encoding.UTF8.GetBytes(body), body is null ? null : "application/json", t.Token);
    }

    private HostileRequest Injection()
    {
        var template = Template();
        var text = Injections[random.Next(Injections.Length)];
        if (random.Next(3) == 0)
        {
            var g = $"api/games/{Uri.EscapeDataString(text)}";
            return new HostileRequest("injection", "game", HttpMethod.Get, random.Next(2) == 0 ? g : $"{g}/events?after=0", null, null, t.Token);
        }
        return Json("injection", template, Spoil(template.Body, JsonSerializer.Serialize(text)));
    }

    private HostileRequest BadPathOrQuery()
    {
        var g = $"api/games/{t.Game}";
        string[] paths =
        [
            $"{g}/events?after=-1", $"{g}/events?after=abc", $"{g}/events?after=99999999999999999999", $"{g}/events?limit=0", $"{g}/events?limit=-5",
            $"{g}/events?limit=2147483648", $"{g}/events?limit=1000000", $"{g}/events?after=1&after=2", $"{g}/communiques?box=nope", $"{g}/communiques?limit=-1",
            $"{g}/communiques?limit=99999999999", $"{g}/communiques?box=", $"{g}/communiques/{t.Communique}/export?format=docx", $"{g}/communiques/{t.Communique}/export?format=",
            $"{g}/agreements/{t.Agreement}/export?format=%00", "api/games/%00", "api/games/%ff%fe", "api/games/..%2f..%2fetc%2fpasswd", $"api/games/{new string('x', 5000)}",
            $"{g}/relations/{new string('A', 3000)}/VNM", $"{g}/relations/%F0%9F%92%A9/VNM", $"{g}/relations/RUS", $"{g}/communiques/not-a-guid",
            $"api/games/{t.Game}%00/relations", $"{g}/events?after=0&limit=1%00",
        ];
        return new HostileRequest("bad paths and queries", "query", HttpMethod.Get, paths[random.Next(paths.Length)], null, null, t.Token);
    }

    private HostileRequest BadCredentialsOrType()
    {
        var template = Template();
        var body = Encoding.UTF8.GetBytes(template.Body.ToJsonString());
        return random.Next(7) switch
        {
            0 => template.Endpoint == "login" ? WithType(template, body, "application/json", null) : WithType(template, body, "application/json", null),
            1 => WithType(template, body, "application/json", "not-a-token." + Guid.NewGuid()),
            2 => WithType(template, body, "text/plain", TokenFor(template.Endpoint)),
            3 => WithType(template, body, "application/xml", TokenFor(template.Endpoint)),
            4 => WithType(template, body, null, TokenFor(template.Endpoint)),
            5 => WithType(template, Encoding.Unicode.GetBytes(template.Body.ToJsonString()), "application/json; charset=utf-16", TokenFor(template.Endpoint)),
            _ => template.Endpoint is "send" or "respond" or "ratify" or "clock"
                ? WithType(template, body, "application/json", t.SpectatorToken)
                : new HostileRequest("bad credentials and content types", template.Endpoint, HttpMethod.Put, template.Path, body, "application/json", TokenFor(template.Endpoint)),
        };
    }

    private static HostileRequest WithType((string Endpoint, HttpMethod Method, string Path, JsonObject Body) template, byte[] body, string? type, string? token) =>
        new("bad credentials and content types", template.Endpoint, template.Method, template.Path, body, type, token);
}
