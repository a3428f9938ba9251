namespace ToneCheck.Rules;

/// <summary>
/// A setting a team may change for one rule (in tonecheck.yml), declared by the rule itself so that the config
/// loader can refuse unknown names and bad values, and the docs can list it. Values are kept as text in
/// <see cref="RuleOptions"/>; a rule reads them with its declared default.
/// </summary>
/// <param name="Allowed">For a choice, the accepted words; empty for a number.</param>
/// <param name="Minimum">For a number, the smallest accepted value.</param>
public sealed record RuleOption(string Name, string Description, string Default, IReadOnlyList<string> Allowed, int Minimum = 0)
{
    public static RuleOption Number(string name, int fallback, int minimum, string description) =>
        new(name, description, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture), [], minimum);

    public static RuleOption Choice(string name, string fallback, string description, params string[] allowed) =>
        new(name, description, fallback, allowed);

    public bool IsNumber => Allowed.Count == 0;

    /// <summary>Null when the value is acceptable, otherwise why not.</summary>
    public string? Validate(string value)
    {
        if (IsNumber)
            return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= Minimum
                ? null : $"'{value}' is not a whole number of at least {Minimum}";
        return Allowed.Contains(value, StringComparer.Ordinal) ? null : $"'{value}' is not one of {string.Join(", ", Allowed)}";
    }
}
