using System.Text.Json;
using BriefingRoom.TestSupport;
using Microsoft.Playwright;

namespace BriefingRoom.Browser.Tests;

/// <summary>
/// axe-core (npm, pinned in axe/package.json; <c>npm ci</c> there, as test.sh does) injected into a page: the page
/// must have no WCAG 2.x A or AA violation. A missing axe-core skips the test with the reason, or fails it under test.sh.
/// </summary>
public static class Axe
{
    static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "BriefingRoom.Browser.Tests", "axe", "node_modules", "axe-core", "axe.min.js");

    public static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!File.Exists(Script))
        {
            Requires.Missing($"no axe-core: {Script} is missing (run npm ci in tests/BriefingRoom.Browser.Tests/axe)");
        }
        await page.AddScriptTagAsync(new() { Path = Script });
        var found = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }))
              .violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))
            """);
        var violations = found.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, $"{where}: {violations.Count} axe violations:\n" + string.Join("\n", violations));
    }
}
